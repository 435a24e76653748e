namespace AllTx.Domain.Units
{
    /// <summary>
    /// Converts an analyte's concentration between mass (<c>mg/dL</c>, <c>g/L</c>, …) and amount of substance (<c>umol/L</c>,
    /// <c>mmol/L</c>) with the analyte's factor, stated as micromoles per litre in one milligram per decilitre (10 mg/L ÷
    /// molar mass). Commensurable units convert directly; anything else is an <see cref="IncommensurableUnitsException"/>.
    /// </summary>
    internal static class MolarConversion
    {
        public static Quantity ConvertTo(Quantity concentration, Unit target, decimal? micromolesPerLitrePerMilligramPerDecilitre)
        {
            System.ArgumentNullException.ThrowIfNull(concentration);
            System.ArgumentNullException.ThrowIfNull(target);
            if (concentration.TryConvertTo(target, out Quantity? direct))
            {
                return direct;
            }

            if (micromolesPerLitrePerMilligramPerDecilitre is { } factor)
            {
                if (IsConcentrationOf(concentration.Unit, QuantityKind.Mass) && IsConcentrationOf(target, QuantityKind.AmountOfSubstance))
                {
                    decimal milligramsPerDecilitre = concentration.ConvertTo(Unit.MilligramPerDecilitre).Amount;
                    return Quantity.Of(milligramsPerDecilitre * factor, Unit.MicromolePerLitre).ConvertTo(target);
                }

                if (IsConcentrationOf(concentration.Unit, QuantityKind.AmountOfSubstance) && IsConcentrationOf(target, QuantityKind.Mass))
                {
                    decimal micromolesPerLitre = concentration.ConvertTo(Unit.MicromolePerLitre).Amount;
                    return Quantity.Of(micromolesPerLitre / factor, Unit.MilligramPerDecilitre).ConvertTo(target);
                }
            }

            throw new IncommensurableUnitsException(concentration, target);
        }

        public static bool IsConcentrationOf(Unit unit, QuantityKind kind) =>
            unit.Dimension is { Basis: NormalizationBasis.Fixed, PerVolume: true, PerDay: false } dimension && dimension.Kind == kind;
    }
}
