using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;

namespace AllTx.Domain.Laboratory
{
    /// <summary>
    /// A laboratory value: which analyte, and its amount with its UCUM unit — never a bare number, because "creatinine 1.6"
    /// means one thing in mg/dL and another in µmol/L (a lab value compared without its unit is
    /// the same class of error as a dose without its unit).
    /// <para>
    /// Compare it with a threshold quantity in an explicit unit — <c>creatinine &lt;= Quantity.Of(1.6m,
    /// Unit.MilligramPerDecilitre)</c> — not through <see cref="Amount"/>. The comparison converts with the analyte's own
    /// factor where mass and substance concentrations meet (creatinine 1 mg/dL = 88.4 µmol/L; total bilirubin 1 mg/dL =
    /// 17.1 µmol/L, from its molar mass 584.66 g/mol) and throws <see cref="IncommensurableUnitsException"/> for a
    /// threshold that measures something else; a null threshold throws too, so a missing limit never passes.
    /// </para>
    /// </summary>
    public sealed record LabValue : IJsonOnDeserialized
    {
        /// <summary>Micromoles per litre of total bilirubin in one milligram per decilitre: 17.1 (10 mg/L ÷ 584.66 g/mol).</summary>
        public const decimal BilirubinMicromolesPerLitrePerMilligramPerDecilitre = 17.1m;

        [JsonConstructor]
        private LabValue()
        {
        }

        /// <summary>What was measured.</summary>
        [JsonInclude]
        [JsonRequired]
        public LabAnalyte Analyte { get; private init; }

        /// <summary>The measured amount with its unit.</summary>
        [JsonInclude]
        [JsonRequired]
        public Quantity Quantity { get; private init; } = null!;

        /// <summary>The amount in <see cref="Unit"/>. Meaningless alone: compare the lab value with a quantity instead.</summary>
        [JsonIgnore]
        public decimal Amount => Quantity.Amount;

        /// <summary>The UCUM unit of <see cref="Amount"/>.</summary>
        [JsonIgnore]
        public Unit Unit => Quantity.Unit;

        /// <summary>A lab value; the unit must fit the analyte (a concentration for creatinine, a cell concentration for counts).</summary>
        /// <param name="analyte">What was measured.</param>
        /// <param name="quantity">The amount with its unit, e.g. 1.2 <c>mg/dL</c> or 0.8 <c>10*9/L</c>.</param>
        /// <returns>The lab value.</returns>
        /// <exception cref="DomainValidationException">An undefined analyte, or a unit that does not fit it (e.g. creatinine in <c>10*9/L</c>).</exception>
        public static LabValue Of(LabAnalyte analyte, Quantity quantity)
        {
            LabValue value = new()
            {
                Analyte = DomainEnum.Require(analyte, nameof(analyte)),
                Quantity = DomainJson.RequireNotNull(quantity, nameof(LabValue), nameof(quantity)),
            };
            value.Check();
            return value;
        }

        /// <summary>A lab value from its amount and unit, e.g. <c>LabValue.Of(LabAnalyte.SerumCreatinine, 1.2m, Unit.MilligramPerDecilitre)</c>.</summary>
        /// <param name="analyte">What was measured.</param>
        /// <param name="amount">The amount.</param>
        /// <param name="unit">Its unit.</param>
        /// <returns>The lab value.</returns>
        /// <exception cref="DomainValidationException">An undefined analyte, or a unit that does not fit it.</exception>
        public static LabValue Of(LabAnalyte analyte, decimal amount, Unit unit) => Of(analyte, Quantity.Of(amount, unit));

        /// <summary>This value in <paramref name="target"/>, converting mass and substance concentrations with the analyte's factor.</summary>
        /// <param name="target">The unit wanted.</param>
        /// <returns>The converted value.</returns>
        /// <exception cref="IncommensurableUnitsException">The unit does not measure this analyte.</exception>
        public LabValue ConvertTo(Unit target) => Of(Analyte, QuantityIn(target));

        /// <summary>Compares with a threshold after converting it to this value's unit (with the analyte's factor).</summary>
        /// <param name="threshold">The threshold, in an explicit unit.</param>
        /// <returns>Negative, zero or positive as this value is below, at or above the threshold.</returns>
        /// <exception cref="IncommensurableUnitsException">The threshold measures something else.</exception>
        /// <exception cref="ArgumentNullException">No threshold.</exception>
        public int CompareTo(Quantity threshold)
        {
            ArgumentNullException.ThrowIfNull(threshold);
            return Quantity.CompareTo(MolarConversion.ConvertTo(threshold, Unit, MolarFactor(Analyte)));
        }

        /// <summary>"SerumCreatinine 1.2 mg/dL".</summary>
        /// <returns>The analyte and the quantity.</returns>
        public override string ToString() => $"{Analyte} {Quantity}";

        /// <summary>True when <paramref name="value"/> is below <paramref name="threshold"/>.</summary>
        /// <param name="value">The lab value.</param>
        /// <param name="threshold">The threshold with its unit.</param>
        /// <returns>The comparison.</returns>
        public static bool operator <(LabValue value, Quantity threshold) => Compare(value, threshold) < 0;

        /// <summary>True when <paramref name="value"/> is at most <paramref name="threshold"/>, e.g. creatinine ≤ 1.6 mg/dL.</summary>
        /// <param name="value">The lab value.</param>
        /// <param name="threshold">The threshold with its unit.</param>
        /// <returns>The comparison.</returns>
        public static bool operator <=(LabValue value, Quantity threshold) => Compare(value, threshold) <= 0;

        /// <summary>True when <paramref name="value"/> is above <paramref name="threshold"/>.</summary>
        /// <param name="value">The lab value.</param>
        /// <param name="threshold">The threshold with its unit.</param>
        /// <returns>The comparison.</returns>
        public static bool operator >(LabValue value, Quantity threshold) => Compare(value, threshold) > 0;

        /// <summary>True when <paramref name="value"/> is at least <paramref name="threshold"/>, e.g. ANC ≥ 1.0 × 10⁹/L.</summary>
        /// <param name="value">The lab value.</param>
        /// <param name="threshold">The threshold with its unit.</param>
        /// <returns>The comparison.</returns>
        public static bool operator >=(LabValue value, Quantity threshold) => Compare(value, threshold) >= 0;

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() =>
        {
            DomainJson.RequirePresent(Quantity, nameof(LabValue), nameof(Quantity));
            DomainEnum.Require(Analyte, nameof(Analyte));
            Check();
        });

        private static int Compare(LabValue value, Quantity threshold)
        {
            ArgumentNullException.ThrowIfNull(value);
            return value.CompareTo(threshold);
        }

        private static decimal? MolarFactor(LabAnalyte analyte) => analyte switch
        {
            LabAnalyte.SerumCreatinine => CreatinineConversion.MicromolesPerLitrePerMilligramPerDecilitre,
            LabAnalyte.TotalBilirubin => BilirubinMicromolesPerLitrePerMilligramPerDecilitre,
            _ => null,
        };

        private Quantity QuantityIn(Unit target) => MolarConversion.ConvertTo(Quantity, target, MolarFactor(Analyte));

        private void Check()
        {
            bool fits = Analyte switch
            {
                LabAnalyte.SerumCreatinine or LabAnalyte.TotalBilirubin or LabAnalyte.Haemoglobin =>
                    MolarConversion.IsConcentrationOf(Unit, QuantityKind.Mass) || MolarConversion.IsConcentrationOf(Unit, QuantityKind.AmountOfSubstance),
                _ => MolarConversion.IsConcentrationOf(Unit, QuantityKind.CellCount),
            };
            if (!fits)
            {
                throw new DomainValidationException(
                    nameof(LabValue),
                    $"Quantity of {Analyte} must be in a unit that measures it (e.g. {ExampleUnit(Analyte)})",
                    Quantity.ToString(),
                    nameof(Quantity));
            }
        }

        private static string ExampleUnit(LabAnalyte analyte) => analyte switch
        {
            LabAnalyte.SerumCreatinine or LabAnalyte.TotalBilirubin => "mg/dL or umol/L",
            LabAnalyte.Haemoglobin => "g/dL or mmol/L",
            _ => "10*9/L",
        };
    }
}
