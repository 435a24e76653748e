using AllTx.Testing.Tests.Fixtures;
using Verify = AllTx.Testing.CodeFixVerifier<AllTx.Testing.Tests.Fixtures.BadLocalNameAnalyzer, AllTx.Testing.Tests.Fixtures.BadLocalNameCodeFix>;

namespace AllTx.Testing.Tests;

public class CodeFixTestTests
{
    private const string Source = """
        class C
        {
            void M()
            {
                int [|bad|] = 1;
                System.Action a = () => { int [|bad|] = 2; };
            }
        }
        """;

    private static string Renamed(string name) => Source.Replace("[|bad|]", name, StringComparison.Ordinal);

    [Fact]
    public async Task Applies_the_first_action_to_each_diagnostic_and_with_fix_all()
    {
        await Verify.VerifyCodeFixAsync(Source, Renamed("good"));
    }

    [Fact]
    public async Task Selects_the_action_by_equivalence_key()
    {
        var test = new CodeFixTest<BadLocalNameAnalyzer, BadLocalNameCodeFix>
        {
            TestCode = Source,
            FixedCode = Renamed("fine"),
            CodeActionEquivalenceKey = "RenameTofine",
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task Fails_for_an_equivalence_key_no_action_has()
    {
        var test = new CodeFixTest<BadLocalNameAnalyzer, BadLocalNameCodeFix>
        {
            TestCode = Source,
            FixedCode = Renamed("good"),
            CodeActionEquivalenceKey = "RenameToExcellent",
        };

        var error = await Assert.ThrowsAsync<VerificationException>(test.RunAsync);

        Assert.Contains("'RenameTogood'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_the_fixed_code_differs_and_shows_the_first_difference()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyCodeFixAsync(Source, Renamed("fine")));

        Assert.Contains("First difference at line 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_fix_all_gives_another_result_than_expected()
    {
        var test = new CodeFixTest<BadLocalNameAnalyzer, BadLocalNameCodeFix>
        {
            TestCode = Source,
            FixedCode = Renamed("good"),
            BatchFixedCode = Renamed("fine"),
        };

        var error = await Assert.ThrowsAsync<VerificationException>(test.RunAsync);

        Assert.Contains("Fix All in Document scope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_a_fix_leaves_its_diagnostic_in_place()
    {
        var test = new CodeFixTest<BadLocalNameAnalyzer, NoOpCodeFix> { TestCode = Source, FixedCode = Source };

        var error = await Assert.ThrowsAsync<VerificationException>(test.RunAsync);

        Assert.Contains("changed nothing", error.Message, StringComparison.Ordinal);
    }
}
