using System;
using AllTx.Domain.Dosing;

namespace AllTx.Domain.Drugs
{
    /// <summary>A dose was given to a drug in a unit of a kind that makes no sense for it (e.g. blinatumomab in <c>mg/m2</c>).</summary>
    public sealed class DoseUnitNotAllowedException : InvalidOperationException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="drug">The drug.</param>
        /// <param name="dose">The refused dose.</param>
        public DoseUnitNotAllowedException(Drug drug, Dose dose)
            : base($"{drug.Name} cannot be dosed in {dose.Unit} ({dose.Unit.Kind}): its dose units are of kind {drug.DoseUnitKinds} (source: {drug.Source}).")
        {
            Drug = drug;
            Dose = dose;
        }

        /// <summary>The drug.</summary>
        public Drug Drug { get; }

        /// <summary>The refused dose.</summary>
        public Dose Dose { get; }
    }
}
