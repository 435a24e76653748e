using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>The expression of one antigen on blasts: positive, dim or negative, with the percentage of positive blasts when known.</summary>
    public sealed record AntigenExpression
    {
        [JsonConstructor]
        private AntigenExpression(SurfaceAntigen antigen, ExpressionLevel level, PercentPositive? percentPositive)
        {
            Antigen = antigen;
            Level = level;
            PercentPositive = percentPositive;
        }

        /// <summary>The antigen.</summary>
        [JsonRequired]
        [JsonInclude]
        public SurfaceAntigen Antigen { get; private init; }

        /// <summary>Positive, dim or negative.</summary>
        [JsonRequired]
        [JsonInclude]
        public ExpressionLevel Level { get; private init; }

        /// <summary>The percentage of positive blasts, when reported.</summary>
        public PercentPositive? PercentPositive { get; }

        /// <summary>The expression of an antigen.</summary>
        /// <param name="antigen">The antigen.</param>
        /// <param name="level">Positive, dim or negative.</param>
        /// <param name="percentPositive">The percentage of positive blasts, or null when not reported.</param>
        /// <returns>The expression.</returns>
        public static AntigenExpression Of(SurfaceAntigen antigen, ExpressionLevel level, PercentPositive? percentPositive = null) =>
            new(DomainEnum.Require(antigen, nameof(antigen)), DomainEnum.Require(level, nameof(level)), percentPositive);

        /// <summary>"Cd19 Dim (40 %)".</summary>
        /// <returns>The expression in words.</returns>
        public override string ToString() => $"{Antigen} {Level}" + (PercentPositive is null ? string.Empty : $" ({PercentPositive})");
    }
}
