using Safeguards.Evaluation;
using Safeguards.Evaluation.Fixtures;
using Safeguards.Runtime;

namespace Safeguards.Cli.Output;

/// <summary>The readable test report: each failure with expected versus actual and the evidence.</summary>
public static class TestTextWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<FixtureResult> results, IReadOnlyList<FixtureError> errors, CoverageReport coverage,
        bool showCoverage, bool verbose, int fileCount)
    {
        foreach (var error in errors)
            writer.WriteLine(TerminalText.Clean(error.ToCanonicalString(CliConsole.Display(error.File))));
        foreach (var result in results)
        {
            var where = $"{CliConsole.Display(result.Fixture.File)}({result.Fixture.Line})";
            if (result.Passed)
            {
                if (verbose) writer.WriteLine(TerminalText.Clean($"PASS {where}: {result.Fixture.Name}"));
                continue;
            }
            writer.WriteLine(TerminalText.Clean($"FAIL {where}: {result.Fixture.Name}"));
            foreach (var failure in result.Failures)
            {
                writer.WriteLine(TerminalText.Clean($"     {failure.SafeguardId} as of {failure.AsOf}: expected {failure.Expected}, got {failure.Actual}"));
                writer.WriteLine(TerminalText.Clean($"     evidence: {failure.Evidence}"));
            }
        }

        if (showCoverage) WriteCoverage(writer, coverage);
        var uncovered = coverage.Safeguards.Count(s => s.Seen.Count == 0);
        var unexercised = coverage.Provisions.Count(p => !p.Exercised);
        writer.WriteLine($"Coverage: {coverage.Safeguards.Count - uncovered} of {coverage.Safeguards.Count} safeguards and "
            + $"{coverage.Provisions.Count - unexercised} of {coverage.Provisions.Count} cited provisions exercised.");
        writer.WriteLine($"{fileCount} fixture file(s), {results.Sum(r => r.Checked.Count)} expectation(s) checked.");
        var malformed = FixtureTally.Malformed(errors);
        writer.WriteLine($"fixtures: {FixtureTally.Passed(results)} passed, {FixtureTally.Failed(results, errors)} failed"
            + (malformed > 0 ? $" ({malformed} malformed, not run)" : ""));
    }

    private static void WriteCoverage(TextWriter writer, CoverageReport coverage)
    {
        writer.WriteLine("Coverage by legal provision:");
        foreach (var provision in coverage.Provisions)
            writer.WriteLine($"  {(provision.Exercised ? "exercised    " : "NOT EXERCISED")}  {provision.Provision}  ({string.Join(", ", provision.Safeguards)})");
        writer.WriteLine("Outcomes never seen, by safeguard:");
        var any = false;
        foreach (var safeguard in coverage.Safeguards.Where(s => s.Unseen.Any()))
        {
            any = true;
            writer.WriteLine($"  {safeguard.Safeguard.Id}: {string.Join(", ", safeguard.Unseen.Select(OutcomeNames.ToJson))}");
        }
        if (!any) writer.WriteLine("  none: every safeguard shows every outcome it can produce");
    }
}
