using System;
using System.Collections.Generic;

namespace AllTx.Samples.Surveillance.Report
{
    /// <summary>One patient's allogeneic transplant as the SDK's <c>StemCellTransplant</c> holds it.</summary>
    /// <param name="Patient">The patient.</param>
    /// <param name="Day0">The infusion date.</param>
    /// <param name="TransplantNumber">1 for the first transplant.</param>
    /// <param name="Donor">The donor type.</param>
    /// <param name="HlaMatch">The HLA match, e.g. "10/10"; null when not typed.</param>
    /// <param name="GraftSource">The graft source.</param>
    /// <param name="ConditioningIntensity">MAC, RIC or NMA.</param>
    /// <param name="Conditioning">The regimen: drugs with doses, and TBI when TBI-based.</param>
    /// <param name="GvhdProphylaxis">The GvHD prophylaxis platforms.</param>
    /// <param name="DiseaseStatus">The disease status at transplant, with the remission number when in remission.</param>
    /// <param name="MrdAtTransplant">The MRD status of the latest result on or before day 0, or "not assessed".</param>
    public sealed record TransplantLine(
        string Patient,
        DateOnly Day0,
        int TransplantNumber,
        string Donor,
        string? HlaMatch,
        string GraftSource,
        string ConditioningIntensity,
        string Conditioning,
        IReadOnlyList<string> GvhdProphylaxis,
        string DiseaseStatus,
        string MrdAtTransplant);

    /// <summary>One patient's CAR-T infusion as the SDK's <c>CarTInfusion</c> holds it, with its dose checked against the product's dose rule.</summary>
    /// <param name="Patient">The patient.</param>
    /// <param name="Date">The infusion date.</param>
    /// <param name="InfusionNumber">1 for the first infusion.</param>
    /// <param name="Product">The product or construct.</param>
    /// <param name="ProductStatus">Approved or investigational.</param>
    /// <param name="Source">Whose T cells were used.</param>
    /// <param name="Dose">The cell dose given.</param>
    /// <param name="Lymphodepletion">The lymphodepletion drugs with their doses.</param>
    /// <param name="DoseCheck">within, above, below or not comparable.</param>
    /// <param name="DoseCheckDetail">The label range, excess or shortfall, or the reason.</param>
    public sealed record CarTInfusionLine(
        string Patient,
        DateOnly Date,
        int InfusionNumber,
        string Product,
        string ProductStatus,
        string Source,
        string Dose,
        IReadOnlyList<string> Lymphodepletion,
        string DoseCheck,
        string DoseCheckDetail);

    /// <summary>
    /// The maintenance considerations of <see cref="AllTx.Domain.SourceReference.RelapsePreventionAfterHsct"/> after allo-HSCT: the evidence per strategy once, and per patient which
    /// considerations are present, which cannot be told, and each agent's fit. Evidence and factors, never a recommendation.
    /// </summary>
    /// <param name="Evidence">Each strategy's evidence as <see cref="AllTx.Domain.SourceReference.RelapsePreventionAfterHsct"/> quotes it.</param>
    /// <param name="Patients">Each allo-HSCT patient's assessment.</param>
    public sealed record MaintenanceSection(IReadOnlyList<MaintenanceEvidenceLine> Evidence, IReadOnlyList<MaintenanceLine> Patients);

    /// <summary>One strategy's evidence.</summary>
    /// <param name="Strategy">The strategy.</param>
    /// <param name="Finding">What the source reports.</param>
    /// <param name="Trials">Registry ids the source names.</param>
    /// <param name="Patients">Patients in the study, when stated.</param>
    /// <param name="Outcomes">Effect sizes as quoted.</param>
    /// <param name="Source">The source.</param>
    public sealed record MaintenanceEvidenceLine(string Strategy, string Finding, IReadOnlyList<string> Trials, int? Patients, IReadOnlyList<string> Outcomes, string Source);

    /// <summary>One patient's maintenance assessment.</summary>
    /// <param name="Patient">The patient.</param>
    /// <param name="Present">The considerations present, each with the fact that makes it present.</param>
    /// <param name="Unknown">The considerations the recorded facts cannot tell.</param>
    /// <param name="AgentFit">Each strategy's agent fit to the disease biology.</param>
    public sealed record MaintenanceLine(string Patient, IReadOnlyList<ConsiderationLine> Present, IReadOnlyList<string> Unknown, IReadOnlyList<AgentFitLine> AgentFit);

    /// <summary>A consideration present, with its fact.</summary>
    /// <param name="Consideration">The consideration, e.g. "MrdAtTransplant".</param>
    /// <param name="Detail">The fact, as the SDK states it.</param>
    public sealed record ConsiderationLine(string Consideration, string Detail);

    /// <summary>Whether a strategy's agent fits the disease biology, as far as the recorded facts tell.</summary>
    /// <param name="Strategy">The strategy.</param>
    /// <param name="Fit">fits, does not fit, or unknown.</param>
    /// <param name="Basis">What the fit is judged on.</param>
    public sealed record AgentFitLine(string Strategy, string Fit, string Basis);
}
