using System.Collections.Generic;

namespace AllTx.Samples.Surveillance.Report
{
    /// <content>The SOS/VOD section of the report.</content>
    public sealed partial record SurveillanceReport
    {
        /// <summary>SOS/VOD after inotuzumab ozogamicin: each exposed patient's assessments under named criteria.</summary>
        public IReadOnlyList<SosVodLine> SosVodAfterInotuzumab { get; init; } = [];
    }
}
