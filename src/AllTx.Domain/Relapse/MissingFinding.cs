using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Relapse
{
    /// <summary>The findings an indeterminate relapse phenotype lacks.</summary>
    [Flags]
    [JsonConverter(typeof(StrictEnumConverter<MissingFinding>))]
    public enum MissingFinding
    {
        /// <summary>Nothing is missing (the findings conflict instead).</summary>
        None = 0,

        /// <summary>CD19 expression was not assessed.</summary>
        Cd19Expression = 1,

        /// <summary>Myeloid markers were not assessed.</summary>
        MyeloidMarkers = 2,
    }
}
