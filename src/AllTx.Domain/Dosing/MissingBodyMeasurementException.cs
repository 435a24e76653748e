using System;

namespace AllTx.Domain.Dosing
{
    /// <summary>An absolute dose could not be computed because the measurement its basis needs was not given (e.g. no height for a per-m² dose).</summary>
    public sealed class MissingBodyMeasurementException : InvalidOperationException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="dose">The prescribed dose.</param>
        /// <param name="missing">The missing measurement in words.</param>
        public MissingBodyMeasurementException(Dose dose, string missing)
            : base($"Cannot compute the absolute dose of {dose}: {missing} is needed.")
        {
            Dose = dose;
        }

        /// <summary>The prescribed dose.</summary>
        public Dose Dose { get; }
    }
}
