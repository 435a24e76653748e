namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every test class that needs the packed SDK joins this collection (<c>[Collection(PackedSdkCollection.Name)]</c> and a
/// constructor taking <see cref="PackedSdk"/>), so the package is packed once for all of them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackedSdkCollection : ICollectionFixture<PackedSdk>
{
    public const string Name = "Packed AllTx.Sdk";
}
