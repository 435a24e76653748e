using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using AllTx.Domain;
using AllTx.Domain.CellularTherapy;
using AllTx.Domain.Mrd;
using AllTx.Domain.Transplant;

namespace AllTx.Samples.Surveillance.Cohort
{
    /// <summary>
    /// Builds the SDK's <see cref="StemCellTransplant"/> or <see cref="CarTInfusion"/> of a patient's course from the
    /// <c>transplant</c> / <c>carTInfusion</c> records of its entry. Both are optional (a team's file may hold only the
    /// monitoring anchor); a refused one is reported with its field and rule and leaves the rest of the patient intact.
    /// </summary>
    internal static class CourseReader
    {
        private const string TransplantField = "transplant";
        private const string InfusionField = "carTInfusion";

        public static (StemCellTransplant? Transplant, CarTInfusion? Infusion) Read(RecordReader reader, JsonElement entry, TherapyCourse? course, IReadOnlyList<MrdResult> mrdResults)
        {
            TransplantRecord? transplant = reader.ReadOptional<TransplantRecord>(entry, TransplantField);
            CarTInfusionRecord? infusion = reader.ReadOptional<CarTInfusionRecord>(entry, InfusionField);
            if (course is null)
            {
                return (null, null);
            }

            return (
                transplant is null || !Matches(reader, TransplantField, course, MrdMonitoringAnchor.AllogeneicHsct) ? null : Transplant(reader, transplant, course.Day0, AtTransplant(mrdResults, course.Day0)),
                infusion is null || !Matches(reader, InfusionField, course, MrdMonitoringAnchor.CarTCellTherapy) ? null : Infusion(reader, infusion, course.Day0));
        }

        /// <summary>The MRD result closest before transplant: the latest sampled on or before day 0.</summary>
        private static MrdResult? AtTransplant(IReadOnlyList<MrdResult> results, DateOnly day0) =>
            results.Where(result => result.SampleDate <= day0).OrderBy(result => result.SampleDate).LastOrDefault();

        private static bool Matches(RecordReader reader, string field, TherapyCourse course, MrdMonitoringAnchor therapy)
        {
            if (course.Therapy == therapy)
            {
                return true;
            }

            reader.Reject(field, $"(a {field} record)", $"goes only with a course whose therapy is {therapy}; this course's therapy is {course.Therapy}");
            return false;
        }

        private static StemCellTransplant? Transplant(RecordReader reader, TransplantRecord record, DateOnly day0, MrdResult? mrdAtTransplant)
        {
            const string ConditioningField = TransplantField + ".conditioning";
            if (Agents(reader, ConditioningField + ".agents", record.Conditioning.Agents) is not { } agents)
            {
                return null;
            }

            ConditioningRegimen conditioning;
            try
            {
                conditioning = ConditioningRegimen.Of(record.Conditioning.Intensity, record.Conditioning.TotalBodyIrradiation, [.. agents]);
            }
            catch (DomainValidationException refused)
            {
                return Reject<StemCellTransplant>(reader, ConditioningField, refused);
            }

            try
            {
                return StemCellTransplant.Allogeneic(
                    record.Donor, record.HlaMatch, record.GraftSource, conditioning, record.GvhdProphylaxis, record.TransplantNumber,
                    TransplantTimeline.StartingOn(day0), record.DiseaseStatus, record.Remission, mrdAtTransplant);
            }
            catch (DomainValidationException refused)
            {
                return Reject<StemCellTransplant>(reader, TransplantField, refused);
            }
        }

        private static CarTInfusion? Infusion(RecordReader reader, CarTInfusionRecord record, DateOnly day0)
        {
            CarTProduct? product = CarTProducts.All.FirstOrDefault(candidate => string.Equals(candidate.Name, record.Product.Trim(), StringComparison.OrdinalIgnoreCase));
            if (product is null)
            {
                reader.Reject($"{InfusionField}.product", $"\"{record.Product}\"", $"is not in the CAR-T product catalogue ({string.Join(", ", CarTProducts.All.Select(known => known.Name))})");
                return null;
            }

            if (Agents(reader, InfusionField + ".lymphodepletion", record.Lymphodepletion) is not { } lymphodepletion)
            {
                return null;
            }

            try
            {
                return CarTInfusion.Of(day0, product, record.Source, record.Dose, lymphodepletion, record.InfusionNumber);
            }
            catch (DomainValidationException refused)
            {
                return Reject<CarTInfusion>(reader, InfusionField, refused);
            }
        }

        // Every agent is checked (each refusal is reported); the regimen is built only when all are valid.
        private static List<DosedDrug>? Agents(RecordReader reader, string field, IReadOnlyList<AgentRecord> agents)
        {
            List<DosedDrug?> resolved = agents
                .Select((agent, index) => CatalogueDrugs.Resolve(reader, $"{field}[{index.ToString(CultureInfo.InvariantCulture)}]", agent.Drug, agent.Dose) is { } drug ? DosedDrug.Of(drug, agent.Dose) : null)
                .ToList();
            return resolved.Contains(null) ? null : resolved.OfType<DosedDrug>().ToList();
        }

        // The SDK names the property it refused (ParamName); the field is that property, camel-cased as in the file.
        private static T? Reject<T>(RecordReader reader, string field, DomainValidationException refused)
            where T : class
        {
            string property = refused.ParamName is { Length: > 0 } name ? "." + JsonNamingPolicy.CamelCase.ConvertName(name) : string.Empty;
            reader.Reject(field + property, refused.Value, $"{refused.Concept} {refused.Rule}");
            return null;
        }
    }
}
