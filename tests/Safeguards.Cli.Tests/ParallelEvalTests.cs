using System.Text;

namespace Safeguards.Cli.Tests;

/// <summary><c>eval --jobs N</c>: several threads give the same output, byte for byte and in input order, as one
/// thread, with unreadable records in their places and the same exit code and stderr.</summary>
public sealed class ParallelEvalTests
{
    [Theory]
    [InlineData("jsonl")]
    [InlineData("outcomes")]
    [InlineData("json")]
    [InlineData("text")]
    [InlineData("sarif")]
    public void Several_jobs_write_what_one_job_writes(string format)
    {
        using var folder = new TempFolder();
        var batch = MixedBatch(folder);
        var cases = new[] { batch, Samples.OneCase, Path.Combine(folder.Path, "missing.jsonl"), Path.Combine(Samples.Cases, "batch.jsonl") };
        var one = Cli.Run(["eval", Samples.Rules, .. cases, "--as-of", Samples.AsOf, "--format", format, "--jobs", "1"]);
        one.ExitCode.ShouldBe(ExitCodes.InputError); // the bad lines and the missing file
        foreach (var jobs in new[] { "2", "4" })
        {
            var many = Cli.Run(["eval", Samples.Rules, .. cases, "--as-of", Samples.AsOf, "--format", format, "--jobs", jobs]);
            many.ExitCode.ShouldBe(one.ExitCode);
            many.Out.ShouldBe(one.Out);
            many.Error.ShouldBe(one.Error);
        }
    }

    [Fact]
    public void Error_records_keep_their_place_among_the_cases()
    {
        using var folder = new TempFolder();
        var batch = MixedBatch(folder);
        var result = Cli.Run("eval", Samples.Rules, batch, "--as-of", Samples.AsOf, "--format", "outcomes", "--jobs", "2");
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Every input line but the blank ones becomes one output line, at the line's position; then the totals.
        lines.Length.ShouldBe(Lines + 1);
        for (var i = 0; i < Lines; i++)
        {
            var line = i + 1;
            lines[i].ShouldContain($"\"line\":{line}");
            lines[i].ShouldContain(IsBad(i) ? "\"kind\":\"error\"" : "\"kind\":\"case\"");
        }
        result.ErrorLines.ShouldContain(l => l.StartsWith($"{Lines - (Lines / 7)} case(s) evaluated, {Lines / 7} record(s) with data errors", StringComparison.Ordinal));
    }

    [Fact]
    public void Jobs_below_one_are_refused()
    {
        var result = Cli.Run("eval", Samples.Rules, Samples.OneCase, "--as-of", Samples.AsOf, "--jobs", "0");
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.Error.ShouldContain("--jobs must be 1 or more");
    }

    // Enough lines for several chunks of ParallelBatch, so the threads really do take turns.
    private const int Lines = 700;

    private static bool IsBad(int i) => i % 7 == 3;

    /// <summary>Cases with a bad record every seven lines (not JSON, an unknown schema, a missing id in turn)
    /// and two blank lines at the end.</summary>
    private static string MixedBatch(TempFolder folder)
    {
        var text = new StringBuilder();
        var bad = new[] { "not json at all", "{\"id\": \"x\", \"schema\": \"nope\", \"events\": []}", "{\"schema\": \"detention\", \"events\": []}" };
        for (var i = 0; i < Lines; i++)
        {
            text.Append(IsBad(i) ? bad[i % bad.Length] : Samples.LateRegistration($"case-{i}").ReplaceLineEndings(" ")).Append('\n');
        }
        // Blank lines carry no case but count as lines: put them at the end, where they shift no line number.
        text.Append("\n  \n");
        return folder.Write("mixed.jsonl", text.ToString());
    }
}
