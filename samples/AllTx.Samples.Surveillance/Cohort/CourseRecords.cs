using System.Collections.Generic;
using AllTx.Domain.CellularTherapy;
using AllTx.Domain.Disease;
using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Response;
using AllTx.Domain.Transplant;

namespace AllTx.Samples.Surveillance.Cohort
{
    /// <summary>
    /// An allogeneic transplant as the cohort file writes it: the SDK's value types for each fact, drugs by catalogue id.
    /// Day 0 is the course's; the MRD result at transplant is the patient's latest result on or before day 0. The loader
    /// builds the SDK's <see cref="StemCellTransplant"/> from it, which checks the combination (e.g. cord blood donor and graft).
    /// </summary>
    /// <param name="Donor">The donor type.</param>
    /// <param name="GraftSource">The graft source.</param>
    /// <param name="Conditioning">The conditioning regimen.</param>
    /// <param name="GvhdProphylaxis">The GvHD prophylaxis platforms.</param>
    /// <param name="TransplantNumber">1 for the first transplant.</param>
    /// <param name="DiseaseStatus">The disease status at transplant.</param>
    /// <param name="HlaMatch">The HLA match, e.g. "10/10"; null when not typed.</param>
    /// <param name="Remission">The remission number when in remission.</param>
    public sealed record TransplantRecord(
        DonorType Donor,
        GraftSource GraftSource,
        ConditioningRecord Conditioning,
        IReadOnlyList<GvhdProphylaxis> GvhdProphylaxis,
        int TransplantNumber,
        DiseaseStatus DiseaseStatus,
        HlaMatch? HlaMatch = null,
        RemissionNumber? Remission = null);

    /// <summary>A conditioning regimen as the cohort file writes it.</summary>
    /// <param name="Intensity">MAC, RIC or NMA.</param>
    /// <param name="Agents">The drugs with their doses.</param>
    /// <param name="TotalBodyIrradiation">TBI, or null for chemotherapy-only conditioning.</param>
    public sealed record ConditioningRecord(ConditioningIntensity Intensity, IReadOnlyList<AgentRecord> Agents, TotalBodyIrradiation? TotalBodyIrradiation = null);

    /// <summary>A drug of a conditioning or lymphodepletion regimen, by catalogue id, with its dose.</summary>
    /// <param name="Drug">The drug catalogue identifier.</param>
    /// <param name="Dose">The dose.</param>
    public sealed record AgentRecord(DrugId Drug, Dose Dose);

    /// <summary>A CAR-T infusion as the cohort file writes it: the product by its catalogue name; the date is the course's day 0.</summary>
    /// <param name="Product">The product or construct name, e.g. "tisagenlecleucel" or "CD22 CAR-T".</param>
    /// <param name="Source">Whose T cells were used.</param>
    /// <param name="Dose">The cell dose (CAR-positive viable T cells).</param>
    /// <param name="Lymphodepletion">The lymphodepletion drugs with their doses.</param>
    /// <param name="InfusionNumber">1 for the first infusion.</param>
    public sealed record CarTInfusionRecord(string Product, CellSource Source, Dose Dose, IReadOnlyList<AgentRecord> Lymphodepletion, int InfusionNumber);

    /// <summary>The disease facts the maintenance considerations look at; each null when not recorded.</summary>
    /// <param name="RiskGroup">Standard or high risk.</param>
    /// <param name="Philadelphia">The Philadelphia status.</param>
    /// <param name="Cd19">CD19 expression on the blasts.</param>
    /// <param name="Cd22">CD22 expression on the blasts.</param>
    public sealed record DiseaseFacts(RiskGroup? RiskGroup = null, PhiladelphiaStatus? Philadelphia = null, ExpressionLevel? Cd19 = null, ExpressionLevel? Cd22 = null);

    /// <summary>Post-transplant complications at the report date; each null when not recorded.</summary>
    /// <param name="ActiveGvhd">True when the patient has active GvHD.</param>
    /// <param name="ActiveInfection">True when the patient has an active infection.</param>
    public sealed record ComplicationFacts(bool? ActiveGvhd = null, bool? ActiveInfection = null);
}
