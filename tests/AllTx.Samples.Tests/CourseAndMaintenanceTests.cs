using System.Text.Json;
using AllTx.Samples.Surveillance;

namespace AllTx.Samples.Tests;

/// <summary>
/// The shipped cohort's courses are read as the SDK's transplants and CAR-T infusions: the report lists their facts, checks
/// each CAR-T dose against its product's dose rule, and lists the maintenance considerations present after allo-HSCT
/// (evidence and factors, never a recommendation).
/// </summary>
public sealed class CourseAndMaintenanceTests
{
    private static readonly JsonElement s_report = SurveillanceRun.Of("--format", "json").Report();

    [Fact]
    public void Every_valid_transplant_is_reported_and_the_two_refused_ones_are_not()
    {
        string[] patients = Lines("transplants").Select(line => line.GetProperty("patient").GetString()!).ToArray();

        Assert.Equal(23, patients.Length);
        Assert.DoesNotContain("SYN-028", patients);   // cord blood donor with a PBSC graft
        Assert.DoesNotContain("SYN-041", patients);   // HLA 11/10
        Assert.Equal(
            new Dictionary<string, int> { ["MatchedSibling"] = 5, ["MatchedUnrelated"] = 8, ["Haploidentical"] = 7, ["MismatchedUnrelated"] = 2, ["CordBlood"] = 1 },
            CountBy("transplants", "donor"));
        Assert.Equal(
            new Dictionary<string, int> { ["Myeloablative"] = 18, ["ReducedIntensity"] = 4, ["NonMyeloablative"] = 1 },
            CountBy("transplants", "conditioningIntensity"));
    }

    [Fact]
    public void A_transplant_is_reported_with_donor_hla_graft_conditioning_prophylaxis_and_status_at_transplant()
    {
        JsonElement cord = LineOf("transplants", "SYN-006");
        Assert.Equal("CordBlood", cord.GetProperty("donor").GetString());
        Assert.Equal("4/6", cord.GetProperty("hlaMatch").GetString());
        Assert.Equal("CordBlood", cord.GetProperty("graftSource").GetString());
        Assert.Equal("cyclophosphamide 60 mg/kg + TBI 12 Gy in 6 fractions", cord.GetProperty("conditioning").GetString());
        Assert.Equal("InRemission (First)", cord.GetProperty("diseaseStatus").GetString());

        JsonElement haplo = LineOf("transplants", "SYN-003");
        Assert.Equal(["PostTransplantCyclophosphamide"], haplo.GetProperty("gvhdProphylaxis").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("MRD-positive (RqPcrIgTr, 2024-11-20)", haplo.GetProperty("mrdAtTransplant").GetString());

        JsonElement refractory = LineOf("transplants", "SYN-029");
        Assert.Equal("Refractory", refractory.GetProperty("diseaseStatus").GetString());
        Assert.Equal("not assessed", refractory.GetProperty("mrdAtTransplant").GetString());
    }

    [Theory]
    [InlineData("SYN-017", "tisagenlecleucel", "within")]                   // 3.0 x 10^6/kg at 24 kg: 0.2-5.0 x 10^6/kg
    [InlineData("SYN-018", "tisagenlecleucel", "above")]                    // 6.0 x 10^6/kg at 28 kg
    [InlineData("SYN-019", "tisagenlecleucel", "below")]                    // 0.1 x 10^6/kg at 32 kg
    [InlineData("SYN-024", "tisagenlecleucel", "within")]                   // 2.0 x 10^8 total at 52 kg: 0.1-2.5 x 10^8
    [InlineData("SYN-026", "tisagenlecleucel", "above")]                    // 3.0 x 10^8 total at 60 kg
    [InlineData("SYN-021", "brexucabtagene autoleucel", "within")]          // 1 x 10^6/kg
    [InlineData("SYN-022", "CD22 CAR-T", "not comparable")]                 // investigational: no label dose
    public void Car_t_doses_are_checked_against_the_products_dose_rule(string patient, string product, string check)
    {
        JsonElement line = LineOf("carTInfusions", patient);
        Assert.Equal(product, line.GetProperty("product").GetString());
        Assert.Equal(check, line.GetProperty("doseCheck").GetString());
    }

    [Fact]
    public void Every_valid_car_t_infusion_is_reported_with_its_lymphodepletion()
    {
        Assert.Equal(17, Lines("carTInfusions").Count());
        Assert.Equal(new Dictionary<string, int> { ["within"] = 11, ["above"] = 2, ["below"] = 1, ["not comparable"] = 3 }, CountBy("carTInfusions", "doseCheck"));
        Assert.DoesNotContain(Lines("carTInfusions"), line => line.GetProperty("patient").GetString() == "SYN-031");   // fludarabine in mg/kg
        Assert.Equal(
            ["fludarabine 30 mg/m2", "cyclophosphamide 500 mg/m2"],
            LineOf("carTInfusions", "SYN-040").GetProperty("lymphodepletion").EnumerateArray().Select(agent => agent.GetString()));
    }

    [Fact]
    public void Maintenance_considerations_are_assessed_for_every_allo_hsct_patient_and_no_car_t_patient()
    {
        string[] patients = Maintenance("patients").Select(line => line.GetProperty("patient").GetString()!).ToArray();

        Assert.Equal(25, patients.Length);
        Assert.Contains("SYN-041", patients);          // its transplant was refused; what is known is still assessed
        Assert.DoesNotContain("SYN-017", patients);    // CAR-T
        Assert.Equal(5, Maintenance("evidence").Count());
        JsonElement tki = Assert.Single(Maintenance("evidence"), evidence => evidence.GetProperty("strategy").GetString() == "TKI maintenance");
        Assert.Equal(473, tki.GetProperty("patients").GetInt32());
        Assert.Contains("OverallSurvival HR 0.42 (p = 0.004)", tki.GetProperty("outcomes").EnumerateArray().Select(outcome => outcome.GetString()));
    }

    [Fact]
    public void A_high_risk_patient_mrd_positive_at_transplant_with_active_gvhd_has_those_considerations_present()
    {
        JsonElement line = MaintenanceOf("SYN-003");

        Assert.Equal(
            ["HighRiskDisease", "MrdAtTransplant", "ConditioningIntensity", "PostTransplantComplications", "AgentFit"],
            line.GetProperty("present").EnumerateArray().Select(present => present.GetProperty("consideration").GetString()));
        Assert.Contains(line.GetProperty("present").EnumerateArray(), present => present.GetProperty("detail").GetString() == "MRD at transplant: MRD-positive, level 5e-4 (threshold 1e-4)");
        Assert.Empty(line.GetProperty("unknown").EnumerateArray());
        Assert.Equal("does not fit", FitOf(line, "low-dose inotuzumab maintenance"));   // CD22-negative
        Assert.Equal("does not fit", FitOf(line, "TKI maintenance"));                   // Ph-negative
    }

    [Fact]
    public void Agent_fit_follows_the_recorded_antigens_and_philadelphia_status()
    {
        Assert.Equal("fits", FitOf(MaintenanceOf("SYN-002"), "TKI maintenance"));                      // Ph+
        Assert.Equal("does not fit", FitOf(MaintenanceOf("SYN-016"), "blinatumomab maintenance"));     // CD19-negative
        Assert.Equal("does not fit", FitOf(MaintenanceOf("SYN-016"), "prophylactic donor-derived CAR-T"));
    }

    [Fact]
    public void What_is_not_recorded_or_was_refused_is_unknown_not_assumed_absent()
    {
        Assert.Equal(["HighRiskDisease", "PostTransplantComplications", "AgentFit"], Unknown(MaintenanceOf("SYN-013")));   // no disease facts
        Assert.Equal("unknown", FitOf(MaintenanceOf("SYN-013"), "blinatumomab maintenance"));
        Assert.Equal(["MrdAtTransplant", "ConditioningIntensity"], Unknown(MaintenanceOf("SYN-041")));                  // transplant refused
        Assert.Equal(["MrdAtTransplant"], Unknown(MaintenanceOf("SYN-029")));                                           // not in remission, no MRD before
    }

    [Fact]
    public void Text_report_prints_the_course_and_maintenance_sections()
    {
        string output = SurveillanceRun.Of().Output;

        Assert.Contains("Allogeneic transplants (23): MatchedSibling 5, MatchedUnrelated 8, Haploidentical 7, MismatchedUnrelated 2, CordBlood 1", output);
        Assert.Contains("CAR-T infusions (17), doses checked against the product's dose rule: within 11, above 2, below 1, not comparable 3", output);
        Assert.Contains("SYN-018  2025-01-22  tisagenlecleucel (Approved, Autologous) infusion 1: 6.0 10*6/kg CarPositiveViableTCells: ABOVE", output);
        Assert.Contains("Maintenance considerations present after allo-HSCT (ALL Hub, 22 Dec 2025): evidence and factors, never a recommendation", output);
        Assert.Contains("SYN-003  present: high-risk disease; MRD at transplant: MRD-positive, level 5e-4 (threshold 1e-4); conditioning: Myeloablative; active GvHD", output);
    }

    [Fact]
    public void Text_report_marks_the_salvage_options_whose_phenotype_assignment_is_the_teams_choice()
    {
        string output = SurveillanceRun.Of().Output;

        Assert.Contains("* = the AllTx.Sdk team's choice, no published source", output, StringComparison.Ordinal);
        Assert.Contains("options: chemotherapy; inotuzumab ozogamicin (CD22-targeted); CD22 CAR T cells *; BAFF-R CAR T cells (experimental); CD19/CD22 dual-targeting CAR T cells *", output, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> Lines(string section) => s_report.GetProperty(section).EnumerateArray();

    private static JsonElement LineOf(string section, string patient) =>
        Assert.Single(Lines(section), line => line.GetProperty("patient").GetString() == patient);

    private static Dictionary<string, int> CountBy(string section, string property) =>
        Lines(section).GroupBy(line => line.GetProperty(property).GetString()!).ToDictionary(group => group.Key, group => group.Count());

    private static IEnumerable<JsonElement> Maintenance(string part) => s_report.GetProperty("maintenance").GetProperty(part).EnumerateArray();

    private static JsonElement MaintenanceOf(string patient) =>
        Assert.Single(Maintenance("patients"), line => line.GetProperty("patient").GetString() == patient);

    private static string[] Unknown(JsonElement line) => line.GetProperty("unknown").EnumerateArray().Select(item => item.GetString()!).ToArray();

    private static string FitOf(JsonElement line, string strategy) =>
        Assert.Single(line.GetProperty("agentFit").EnumerateArray(), fit => fit.GetProperty("strategy").GetString() == strategy).GetProperty("fit").GetString()!;
}
