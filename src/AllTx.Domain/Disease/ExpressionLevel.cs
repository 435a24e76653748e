using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>Antigen expression on blasts: positive, dim (antigen-low) or negative.</summary>
    [JsonConverter(typeof(StrictEnumConverter<ExpressionLevel>))]
    public enum ExpressionLevel
    {
        /// <summary>Expressed.</summary>
        Positive = 1,

        /// <summary>Dim (antigen-low) expression.</summary>
        Dim,

        /// <summary>Not expressed.</summary>
        Negative,
    }
}
