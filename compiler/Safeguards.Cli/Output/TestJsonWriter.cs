using System.Text.Json;
using Safeguards.Evaluation.Fixtures;
using Safeguards.Runtime;

namespace Safeguards.Cli.Output;

/// <summary>The test report as JSON, for CI and the editor's Test Explorer.</summary>
public static class TestJsonWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<FixtureResult> results, IReadOnlyList<FixtureError> errors, CoverageReport coverage)
    {
        var report = new
        {
            fixtures = results.Select(r => new
            {
                file = r.Fixture.File,
                line = r.Fixture.Line,
                name = r.Fixture.Name,
                passed = r.Passed,
                failures = r.Failures.Select(f => new { safeguard = f.SafeguardId, asOf = f.AsOf, expected = f.Expected, actual = f.Actual, evidence = f.Evidence }),
            }),
            errors = errors.Select(e => new { file = e.File, line = e.Line, column = e.Column, code = e.Code, fixture = e.FixtureName, message = e.Message }),
            passed = FixtureTally.Passed(results),
            failed = FixtureTally.Failed(results, errors),
            coverage = new
            {
                safeguards = coverage.Safeguards.Select(s => new
                {
                    id = s.Safeguard.Id,
                    seen = s.Seen.OrderBy(o => o).Select(OutcomeNames.ToJson),
                    unseen = s.Unseen.Select(OutcomeNames.ToJson),
                }),
                provisions = coverage.Provisions.Select(p => new { provision = p.Provision, safeguards = p.Safeguards, exercised = p.Exercised }),
            },
        };
        writer.WriteLine(JsonSerializer.Serialize(report, JsonOutput.Indented));
    }
}
