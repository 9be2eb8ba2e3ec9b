namespace Safeguards.Evaluation.Fixtures;

/// <summary>The counts every test report prints: a fixture that ran passes or fails; a malformed
/// fixture (not run) fails once however many errors it has, and so does a fixture file that is
/// malformed as a whole (bad JSON, an unknown pack).</summary>
public static class FixtureTally
{
    public static int Passed(IEnumerable<FixtureResult> results) => results.Count(r => r.Passed);

    public static int Failed(IEnumerable<FixtureResult> results, IEnumerable<FixtureError> errors) =>
        results.Count(r => !r.Passed) + Malformed(errors);

    public static int Malformed(IEnumerable<FixtureError> errors) => errors.Select(e => (e.File, e.FixtureIndex ?? -1)).Distinct().Count();
}
