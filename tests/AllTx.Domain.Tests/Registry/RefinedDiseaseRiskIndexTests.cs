using AllTx.Domain.Registry;
using AllTx.Domain.Response;

namespace AllTx.Domain.Tests.Registry;

public sealed class RefinedDiseaseRiskIndexTests
{
    [Theory]
    [InlineData(DiseaseRiskGroup.Low, StageRiskGroup.Low, RefinedDiseaseRiskIndex.Low)]
    [InlineData(DiseaseRiskGroup.Low, StageRiskGroup.High, RefinedDiseaseRiskIndex.Intermediate)]
    [InlineData(DiseaseRiskGroup.Intermediate, StageRiskGroup.Low, RefinedDiseaseRiskIndex.Intermediate)]
    [InlineData(DiseaseRiskGroup.Intermediate, StageRiskGroup.High, RefinedDiseaseRiskIndex.High)]
    [InlineData(DiseaseRiskGroup.High, StageRiskGroup.Low, RefinedDiseaseRiskIndex.High)]
    [InlineData(DiseaseRiskGroup.High, StageRiskGroup.High, RefinedDiseaseRiskIndex.VeryHigh)]
    public void Disease_risk_and_stage_risk_combine_as_the_published_table(DiseaseRiskGroup disease, StageRiskGroup stage, RefinedDiseaseRiskIndex expected) =>
        Assert.Equal(expected, RefinedDiseaseRiskIndexTable.Combine(disease, stage));

    [Fact]
    public void ALL_is_an_intermediate_risk_disease() =>
        Assert.Equal(DiseaseRiskGroup.Intermediate, RefinedDiseaseRiskIndexTable.AcuteLymphoblasticLeukaemiaDiseaseRisk);

    [Theory]
    [InlineData(DiseaseStatus.InRemission, StageRiskGroup.Low, RefinedDiseaseRiskIndex.Intermediate)]
    [InlineData(DiseaseStatus.PrimaryInductionFailure, StageRiskGroup.High, RefinedDiseaseRiskIndex.High)]
    [InlineData(DiseaseStatus.Refractory, StageRiskGroup.High, RefinedDiseaseRiskIndex.High)]
    [InlineData(DiseaseStatus.Relapse, StageRiskGroup.High, RefinedDiseaseRiskIndex.High)]
    public void ALL_in_remission_is_intermediate_and_ALL_not_in_remission_is_high(DiseaseStatus status, StageRiskGroup stage, RefinedDiseaseRiskIndex expected)
    {
        Assert.Equal(stage, RefinedDiseaseRiskIndexTable.StageOf(status));
        Assert.Equal(expected, RefinedDiseaseRiskIndexTable.ForAcuteLymphoblasticLeukaemia(status));
    }

    [Fact]
    public void Undeclared_values_are_refused_naming_the_parameter()
    {
        Assert.Equal("disease", Assert.Throws<DomainValidationException>(() => RefinedDiseaseRiskIndexTable.Combine((DiseaseRiskGroup)0, StageRiskGroup.Low)).ParamName);
        Assert.Equal("stage", Assert.Throws<DomainValidationException>(() => RefinedDiseaseRiskIndexTable.Combine(DiseaseRiskGroup.Low, (StageRiskGroup)7)).ParamName);
        Assert.Throws<DomainValidationException>(() => RefinedDiseaseRiskIndexTable.ForAcuteLymphoblasticLeukaemia((DiseaseStatus)9));
    }
}
