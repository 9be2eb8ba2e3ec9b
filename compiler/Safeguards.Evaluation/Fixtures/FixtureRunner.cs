using Safeguards.Runtime;

namespace Safeguards.Evaluation.Fixtures;

/// <summary>Runs fixtures against a rule pack: reads each fixture's case with the pack's schema and
/// compares the finding of each expected safeguard, as of each expected time.</summary>
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
            var problems = string.Join("; ", caseErrors.Select(e => $"{e.JsonPath}: {e.Message}"));
            failures.Add(new FixtureFailure("-", "-", "a readable case", "case data error", problems));
            return new FixtureResult(fixture, failures, checkedFindings);
        }
        foreach (var expectation in fixture.Expectations)
        {
            if (expectation.AsOfUtcTicks is not { } asOf)
            {
                failures.Add(new FixtureFailure(expectation.SafeguardId, expectation.AsOfText, expectation.ExpectedOutcome, "invalid asOf",
                    "asOf must be an ISO time with an offset, like 2015-03-01T00:00:00+06:00"));
                continue;
            }
            if (!OutcomeNames.TryParse(expectation.ExpectedOutcome, out _))
            {
                failures.Add(new FixtureFailure(expectation.SafeguardId, expectation.AsOfText, expectation.ExpectedOutcome, "invalid outcome",
                    "outcome must be one of satisfied, violated, pending, not-applicable, insufficient-data, indeterminate"));
                continue;
            }
            var finding = pack.Explain(record, asOf).FirstOrDefault(f => f.SafeguardId == expectation.SafeguardId);
            if (finding is null)
            {
                var known = pack.Safeguards.Any(s => s.Id == expectation.SafeguardId);
                failures.Add(new FixtureFailure(expectation.SafeguardId, expectation.AsOfText, expectation.ExpectedOutcome,
                    known ? "not-applicable" : "unknown safeguard",
                    known ? $"the safeguard applies to another case schema than '{record.Schema}'" : "no safeguard with this id in the pack (or it has errors)"));
                continue;
            }
            checkedFindings.Add((expectation, finding));
            var actual = OutcomeNames.ToJson(finding.Outcome);
            if (actual != expectation.ExpectedOutcome)
                failures.Add(new FixtureFailure(expectation.SafeguardId, expectation.AsOfText, expectation.ExpectedOutcome, actual, finding.Evidence.Reason));
        }
        return new FixtureResult(fixture, failures, checkedFindings);
    }
}
