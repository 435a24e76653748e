using System.Text.Json.Serialization;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// The age band used in ALL treatment and registry reporting (infant, paediatric, AYA, adult,
    /// older adult). The cut-offs differ between protocols, so the band is recorded as the team assigned it.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<AgeBand>))]
    public enum AgeBand
    {
        /// <summary>Infant ALL.</summary>
        Infant = 1,

        /// <summary>Paediatric (childhood) ALL.</summary>
        Paediatric,

        /// <summary>Adolescent and young adult (AYA).</summary>
        AdolescentYoungAdult,

        /// <summary>Adult.</summary>
        Adult,

        /// <summary>Older adult.</summary>
        OlderAdult,
    }
}
