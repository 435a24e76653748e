using AllTx.Sdk.EndToEnd.Tests.Infrastructure;

namespace AllTx.Sdk.EndToEnd.Tests;

/// <summary>
/// The SDK's own value objects, used from a team's project through the package: a constant that breaks their declared
/// rules (ATX3003), or an instance made without validation (Vogen's VOG009, which comes with the package), fails the build.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class SdkValueObjectConsumerTests(PackedSdk sdk)
{
    [Theory]
    [InlineData("ATX3003", "public static BlastPercentage TooMany() => BlastPercentage.From(150m);")]
    [InlineData("VOG009", "public static MrdLevel Nothing() => default(MrdLevel);")]
    public async Task Unsafe_use_of_an_sdk_value_object_fails_the_build_with_the_rule_id(string id, string member)
    {
        ConsumerBuildResult result = await sdk.NewConsumer().WithFile("Unsafe.cs", $$"""
            using AllTx.Domain.Disease;
            using AllTx.Domain.Mrd;

            namespace TransplantTeam;

            public static class Unsafe
            {
                {{member}}
            }
            """).BuildAsync();

        result.ShouldFailWith(id);
    }
}
