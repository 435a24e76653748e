using System;

namespace AllTx.Domain.Units
{
    /// <summary>
    /// A quantity was converted to, or compared with, a unit that measures something else (UCUM: only commensurable units
    /// convert). The SDK never turns such a request into a number.
    /// </summary>
    public sealed class IncommensurableUnitsException : InvalidOperationException
    {
        /// <summary>Creates the exception for a refused conversion.</summary>
        /// <param name="quantity">The quantity that was to be converted.</param>
        /// <param name="target">The unit asked for.</param>
        public IncommensurableUnitsException(Quantity quantity, Unit target)
            : base(Describe(quantity, target))
        {
            Quantity = quantity;
            Target = target;
        }

        /// <summary>The quantity that was to be converted.</summary>
        public Quantity Quantity { get; }

        /// <summary>The unit asked for.</summary>
        public Unit Target { get; }

        private static string Describe(Quantity quantity, Unit target)
        {
            string message = $"Cannot convert {quantity} ({quantity.Unit.Dimension}) to {target.Code} ({target.Dimension}): the units are not commensurable.";
            bool massToSubstance = quantity.Unit.Dimension.PerVolume && target.Dimension.PerVolume
                && quantity.Unit.Dimension.Kind is QuantityKind.Mass or QuantityKind.AmountOfSubstance
                && target.Dimension.Kind is QuantityKind.Mass or QuantityKind.AmountOfSubstance;
            return massToSubstance
                ? message + " A mass concentration becomes a substance concentration only through the analyte's molar mass; for creatinine use CreatinineConversion."
                : message;
        }
    }
}
