using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>Where one planned MRD assessment stands on a given day. A closed union ([Union]).</summary>
    [Union]
    public abstract partial record MrdAssessmentStatus
    {
        /// <summary>Done: a result was sampled within (or before) the window.</summary>
        /// <param name="SampleDate">The date of the result that fulfilled it.</param>
        public sealed partial record Completed([property: JsonRequired] DateOnly SampleDate) : MrdAssessmentStatus;

        /// <summary>The window is open today and no result fulfils it yet.</summary>
        public sealed partial record Due : MrdAssessmentStatus;

        /// <summary>The window opens later.</summary>
        public sealed partial record Upcoming : MrdAssessmentStatus;

        /// <summary>The window closed without a result.</summary>
        public sealed partial record Overdue : MrdAssessmentStatus;
    }
}
