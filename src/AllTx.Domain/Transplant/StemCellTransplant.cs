using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using AllTx.Domain.Mrd;
using AllTx.Domain.Response;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// A haematopoietic stem cell transplant as registries exchange it (CIBMTR forms
    /// 2400/2450): allogeneic with its donor, HLA match and GvHD prophylaxis, or autologous without them; graft source,
    /// conditioning, transplant number, day 0, disease status (with remission number when in remission) and MRD at
    /// transplant. A cord blood donor goes with a cord blood graft and vice versa. JSON: the properties by name.
    /// </summary>
    public sealed record StemCellTransplant : IJsonOnDeserialized
    {
        [JsonConstructor]
        private StemCellTransplant()
        {
        }

        /// <summary>Allogeneic or autologous.</summary>
        [JsonInclude]
        [JsonRequired]
        public TransplantType Type { get; private init; }

        /// <summary>The donor type; null for an autologous transplant.</summary>
        [JsonInclude]
        public DonorType? Donor { get; private init; }

        /// <summary>The donor–recipient HLA match when typed; null for an autologous transplant.</summary>
        [JsonInclude]
        public HlaMatch? HlaMatch { get; private init; }

        /// <summary>The graft source.</summary>
        [JsonInclude]
        [JsonRequired]
        public GraftSource GraftSource { get; private init; }

        /// <summary>The conditioning regimen.</summary>
        [JsonInclude]
        [JsonRequired]
        public ConditioningRegimen Conditioning { get; private init; } = null!;

        /// <summary>The GvHD prophylaxis platforms; empty for an autologous transplant.</summary>
        [JsonInclude]
        public IReadOnlyList<GvhdProphylaxis> GvhdProphylaxis { get; private init; } = [];

        /// <summary>Which transplant of the patient this is: 1 for the first.</summary>
        [JsonInclude]
        [JsonRequired]
        public int TransplantNumber { get; private init; }

        /// <summary>The timeline, anchored at day 0 (infusion).</summary>
        [JsonInclude]
        [JsonRequired]
        public TransplantTimeline Timeline { get; private init; } = null!;

        /// <summary>The disease status at transplant.</summary>
        [JsonInclude]
        [JsonRequired]
        public DiseaseStatus DiseaseStatus { get; private init; }

        /// <summary>The remission number (CR1, CR2, CR≥3) when in remission at transplant; null otherwise.</summary>
        [JsonInclude]
        public RemissionNumber? Remission { get; private init; }

        /// <summary>The MRD result closest before transplant, when assessed (<see cref="SourceReference.RelapsePreventionAfterHsct"/>: pre-transplant MRD raises relapse risk).</summary>
        [JsonInclude]
        public MrdResult? MrdAtTransplant { get; private init; }

        /// <summary>An allogeneic transplant.</summary>
        /// <param name="donor">The donor type.</param>
        /// <param name="hlaMatch">The HLA match, or null when not typed.</param>
        /// <param name="graftSource">The graft source.</param>
        /// <param name="conditioning">The conditioning regimen.</param>
        /// <param name="gvhdProphylaxis">The GvHD prophylaxis platforms.</param>
        /// <param name="transplantNumber">1 for the first transplant.</param>
        /// <param name="timeline">The timeline (day 0).</param>
        /// <param name="diseaseStatus">The disease status at transplant.</param>
        /// <param name="remission">The remission number when in remission, otherwise null.</param>
        /// <param name="mrdAtTransplant">The MRD result at transplant, or null.</param>
        /// <returns>The transplant.</returns>
        /// <exception cref="DomainValidationException">An inconsistent combination (see the type's rules).</exception>
        public static StemCellTransplant Allogeneic(
            DonorType donor,
            HlaMatch? hlaMatch,
            GraftSource graftSource,
            ConditioningRegimen conditioning,
            IEnumerable<GvhdProphylaxis> gvhdProphylaxis,
            int transplantNumber,
            TransplantTimeline timeline,
            DiseaseStatus diseaseStatus,
            RemissionNumber? remission,
            MrdResult? mrdAtTransplant = null) =>
            Create(new StemCellTransplant
            {
                Type = TransplantType.Allogeneic, Donor = donor, HlaMatch = hlaMatch, GraftSource = graftSource, Conditioning = conditioning,
                GvhdProphylaxis = gvhdProphylaxis?.ToList() ?? [], TransplantNumber = transplantNumber, Timeline = timeline,
                DiseaseStatus = diseaseStatus, Remission = remission, MrdAtTransplant = mrdAtTransplant,
            });

        /// <summary>An autologous transplant (no donor, no HLA match, no GvHD prophylaxis).</summary>
        /// <param name="graftSource">The graft source.</param>
        /// <param name="conditioning">The conditioning regimen.</param>
        /// <param name="transplantNumber">1 for the first transplant.</param>
        /// <param name="timeline">The timeline (day 0).</param>
        /// <param name="diseaseStatus">The disease status at transplant.</param>
        /// <param name="remission">The remission number when in remission, otherwise null.</param>
        /// <param name="mrdAtTransplant">The MRD result at transplant, or null.</param>
        /// <returns>The transplant.</returns>
        /// <exception cref="DomainValidationException">An inconsistent combination (see the type's rules).</exception>
        public static StemCellTransplant Autologous(
            GraftSource graftSource,
            ConditioningRegimen conditioning,
            int transplantNumber,
            TransplantTimeline timeline,
            DiseaseStatus diseaseStatus,
            RemissionNumber? remission,
            MrdResult? mrdAtTransplant = null) =>
            Create(new StemCellTransplant
            {
                Type = TransplantType.Autologous, GraftSource = graftSource, Conditioning = conditioning, TransplantNumber = transplantNumber,
                Timeline = timeline, DiseaseStatus = diseaseStatus, Remission = remission, MrdAtTransplant = mrdAtTransplant,
            });

        /// <summary>"allogeneic HSCT #1 (MatchedUnrelated, 8/8, PeripheralBloodStemCells), day 0 2025-03-01".</summary>
        /// <returns>The transplant in words.</returns>
        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Type.ToString().ToLowerInvariant()} HSCT #{TransplantNumber} ({string.Join(", ", new object?[] { Donor, HlaMatch, GraftSource }.Where(part => part is not null))}), day 0 {Timeline.DayZero:yyyy-MM-dd}");

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(Check);

        private static StemCellTransplant Create(StemCellTransplant transplant)
        {
            transplant.Check();
            return transplant;
        }

        private void Check()
        {
            const string Concept = nameof(StemCellTransplant);
            DomainEnum.Require(Type, nameof(Type));
            DomainEnum.Require(GraftSource, nameof(GraftSource));
            DomainEnum.Require(DiseaseStatus, nameof(DiseaseStatus));
            if (Conditioning is null || Timeline is null || GvhdProphylaxis is null)
            {
                throw new DomainValidationException(Concept, "requires Conditioning, Timeline and GvhdProphylaxis", "null", Conditioning is null ? nameof(Conditioning) : Timeline is null ? nameof(Timeline) : nameof(GvhdProphylaxis));
            }

            if (TransplantNumber < 1)
            {
                throw new DomainValidationException(Concept, "TransplantNumber must be at least 1", TransplantNumber.ToString(CultureInfo.InvariantCulture), nameof(TransplantNumber));
            }

            if (Type == TransplantType.Allogeneic && Donor is null)
            {
                throw new DomainValidationException(Concept, "an allogeneic transplant needs its Donor type", "null", nameof(Donor));
            }

            if (Type == TransplantType.Autologous && (Donor is not null || HlaMatch is not null || GvhdProphylaxis.Count > 0))
            {
                throw new DomainValidationException(Concept, "an autologous transplant has no Donor, HlaMatch or GvhdProphylaxis", $"{Donor} {HlaMatch} {GvhdProphylaxis.Count}", nameof(Donor));
            }

            if (Donor is { } donor && (donor == DonorType.CordBlood) != (GraftSource == GraftSource.CordBlood))
            {
                throw new DomainValidationException(Concept, "a cord blood donor goes with a cord blood graft and vice versa", $"{donor} with {GraftSource}", nameof(GraftSource));
            }

            if ((DiseaseStatus == DiseaseStatus.InRemission) != Remission.HasValue)
            {
                throw new DomainValidationException(Concept, "Remission (CR1, CR2, CR≥3) is given exactly when the DiseaseStatus is InRemission", $"{DiseaseStatus} with {(Remission.HasValue ? Remission.Value.ToString() : "no remission number")}", nameof(Remission));
            }

            foreach (GvhdProphylaxis platform in GvhdProphylaxis)
            {
                DomainEnum.Require(platform, nameof(GvhdProphylaxis));
            }
        }
    }
}
