using Safeguards.Runtime.CompilerServices;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Fixtures;

/// <summary>Runs fixtures against a rule pack: reads each fixture's case with the pack's schema and
/// compares the finding of each expected safeguard, as of each expected time: its outcome and any
/// evidence the fixture asserts (deadline, overrun or slack, the events).</summary>
public sealed class FixtureRunner(IRulePack pack)
{
    private readonly CaseReader reader = new(pack.Schema);

    public FixtureResult Run(Fixture fixture)
    {
        var failures = new List<FixtureFailure>();
        var checkedFindings = new List<(Expectation, Finding)>();
        var record = reader.ReadOne(fixture.CaseJson, fixture.File, out var caseErrors);
        if (record is null)
        {
            var problems = string.Join("; ", caseErrors.Select(e => e.Problem));
            failures.Add(new FixtureFailure("-", "-", "a readable case", "case data error", problems));
            return new FixtureResult(fixture, failures, checkedFindings);
        }
        foreach (var expectation in fixture.Expectations)
        {
            var finding = pack.Explain(record, expectation.AsOfUtcTicks).FirstOrDefault(f => f.SafeguardId == expectation.SafeguardId);
            if (finding is null)
            {
                var known = pack.Safeguards.Any(s => s.Id == expectation.SafeguardId);
                failures.Add(new FixtureFailure(expectation.SafeguardId, expectation.AsOfText, expectation.ExpectedOutcomeText,
                    known ? "not-applicable" : "unknown safeguard",
                    known ? $"the safeguard applies to another case schema than '{record.Schema}'" : "no safeguard with this id in the pack (or it has errors)"));
                continue;
            }
            checkedFindings.Add((expectation, finding));
            var actual = OutcomeNames.ToJson(finding.Outcome);
            if (finding.Outcome != expectation.ExpectedOutcome)
            {
                failures.Add(new FixtureFailure(expectation.SafeguardId, expectation.AsOfText, expectation.ExpectedOutcomeText, actual, finding.Evidence.Reason));
                continue;
            }
            foreach (var (part, expected, got) in EvidenceMismatches(expectation.Evidence, finding.Evidence))
                failures.Add(new FixtureFailure(expectation.SafeguardId, expectation.AsOfText, $"{part} {expected}", $"{part} {got}", finding.Evidence.Reason));
        }
        return new FixtureResult(fixture, failures, checkedFindings);
    }

    /// <summary>Each asserted part of the evidence that differs: (what, expected, actual) as people read them.</summary>
    private IEnumerable<(string Part, string Expected, string Actual)> EvidenceMismatches(ExpectedEvidence expected, Evidence actual)
    {
        var calendar = pack.Schema.Calendar;
        string Time(TimeRange? range) => range is { } r ? TimeText.Range(calendar, r) : "none";
        string Span(long? ticks) => ticks is { } t ? Judge.FormatDuration(t) : "none";

        if (Differs(expected.Deadline, actual.Deadline)) yield return ("deadline", expected.Deadline!.Text, Time(actual.Deadline));
        if (Differs(expected.Trigger, actual.Trigger)) yield return ("trigger", expected.Trigger!.Text, Time(actual.Trigger));
        if (Differs(expected.CompletedAt, actual.CompletedAt)) yield return ("completedAt", expected.CompletedAt!.Text, Time(actual.CompletedAt));
        if (Differs(expected.OverrunTicks, actual.OverrunTicks)) yield return ("overrun", expected.OverrunTicks!.Text, Span(actual.OverrunTicks));
        if (Differs(expected.SlackTicks, actual.SlackTicks)) yield return ("slack", expected.SlackTicks!.Text, Span(actual.SlackTicks));
        if (Differs(expected.CompletedBy, actual.CompletingEvent)) yield return ("completedBy", expected.CompletedBy!.Text, actual.CompletingEvent ?? "none");
        if (Differs(expected.Missing, actual.Missing)) yield return ("missing", expected.Missing!.Text, actual.Missing ?? "none");
    }

    private static bool Differs<T>(Expected<T>? expected, T? actual) where T : struct =>
        expected is not null && (expected.HasValue ? actual is not { } a || !EqualityComparer<T>.Default.Equals(a, expected.Value) : actual is not null);

    private static bool Differs(Expected<string>? expected, string? actual) =>
        expected is not null && (expected.HasValue ? actual != expected.Value : actual is not null);
}
