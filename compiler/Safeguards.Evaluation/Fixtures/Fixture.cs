namespace Safeguards.Evaluation.Fixtures;

/// <summary>One expected outcome: this safeguard, on this fixture's case, as of this time.</summary>
public sealed record Expectation(string SafeguardId, string AsOfText, long? AsOfUtcTicks, string ExpectedOutcome);

/// <summary>A fixture: a case (as its raw JSON) and what the pack should say about it.</summary>
public sealed record Fixture(string File, string Name, int Line, string CaseJson, IReadOnlyList<Expectation> Expectations);

/// <summary>A fixture file that could not be read, or a fixture within it that is malformed.</summary>
public sealed record FixtureError(string File, int Line, string Message);
