namespace Safeguards.Cli.Tests;

/// <summary>examples/cases has each case of batch.jsonl also as its own file: evaluating the folder
/// evaluates those eight cases twice. The run says so, with both places, instead of silently
/// counting them twice.</summary>
public sealed class RepeatedCaseIdTests
{
    [Fact]
    public void Eval_warns_about_each_repeated_id_with_both_places_and_the_totals_say_so()
    {
        var result = Cli.Run("eval", Samples.Rules, Samples.Cases, "--as-of", Samples.AsOf);
        result.ExitCode.ShouldBe(ExitCodes.Findings);
        var warnings = result.ErrorLines.Where(l => l.StartsWith("safeguards eval: warning: case '", StringComparison.Ordinal)).ToList();
        warnings.Count.ShouldBe(8);
        var batch = Path.Combine(Samples.Cases, "batch.jsonl");
        warnings.ShouldContain($"safeguards eval: warning: case 'ro-2011-detention' appears 2 times "
            + $"({batch}:2, {Samples.OneCase}:1); it is evaluated and counted each time");
        result.Out.ShouldContain("27 case(s) evaluated");
        result.Out.TrimEnd().ShouldEndWith("8 case id(s) appear more than once, and the totals count each appearance (8 repeat(s)); see the warnings.");
    }

    [Fact]
    public void Json_output_stays_clean_and_the_stderr_summary_mentions_the_repeats()
    {
        var result = Cli.Run("eval", Samples.Rules, Samples.Cases, "--as-of", Samples.AsOf, "--format", "jsonl");
        result.Out.ShouldNotContain("appear more than once");
        result.ErrorLines[^1].ShouldEndWith("8 case id(s) appear more than once, and the totals count each appearance (8 repeat(s)); see the warnings.");
    }

    [Fact]
    public void Unique_ids_give_no_warning()
    {
        var result = Cli.Run("eval", Samples.Rules, Samples.OneCase, "--as-of", Samples.AsOf);
        result.Error.ShouldBeEmpty();
        result.Out.ShouldNotContain("more than once");
    }
}
