using Safeguards.Runtime;

namespace Safeguards.Evaluation.Fixtures;

public sealed record FixtureFailure(string SafeguardId, string AsOf, string Expected, string Actual, string Evidence);

public sealed record FixtureResult(Fixture Fixture, IReadOnlyList<FixtureFailure> Failures, IReadOnlyList<(Expectation Expectation, Finding Finding)> Checked)
{
    public bool Passed => Failures.Count == 0;
}
