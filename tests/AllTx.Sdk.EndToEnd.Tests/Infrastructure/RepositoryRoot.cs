namespace AllTx.Sdk.EndToEnd.Tests.Infrastructure;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries that holds DomainSdk.sln.</summary>
public static class RepositoryRoot
{
    private const string SolutionFileName = "DomainSdk.sln";

    public static string Locate()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
                return folder.FullName;
        }

        throw new InvalidOperationException(
            $"No {SolutionFileName} in '{AppContext.BaseDirectory}' or any folder above it: the end-to-end tests pack the " +
            "AllTx.Sdk project of the checkout they run from, so they must run from inside a clone of the repository.");
    }
}
