using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>A target antigen on leukaemic blasts whose expression is recorded (CD19, CD22, CD20, BAFF-R).</summary>
    [JsonConverter(typeof(StrictEnumConverter<SurfaceAntigen>))]
    public enum SurfaceAntigen
    {
        /// <summary>CD19.</summary>
        Cd19 = 1,

        /// <summary>CD22.</summary>
        Cd22,

        /// <summary>CD20.</summary>
        Cd20,

        /// <summary>BAFF-R.</summary>
        BaffR,
    }
}
