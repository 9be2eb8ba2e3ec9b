using Safeguards.Language.Diagnostics;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Fixtures;

/// <summary>One expected outcome: this safeguard, on this fixture's case, as of this time; and,
/// optionally, what a lawyer checks in the evidence (<see cref="ExpectedEvidence"/>).</summary>
public sealed record Expectation(string SafeguardId, string AsOfText, long AsOfUtcTicks, Outcome ExpectedOutcome, ExpectedEvidence Evidence)
{
    public string ExpectedOutcomeText => OutcomeNames.ToJson(ExpectedOutcome);
}

/// <summary>The evidence a fixture asserts besides the outcome; each part is checked only when given.
/// A present key with a null value asserts that the finding has no such part.</summary>
public sealed record ExpectedEvidence
{
    public static ExpectedEvidence None { get; } = new();

    public Expected<TimeRange>? Deadline { get; init; }
    public Expected<TimeRange>? Trigger { get; init; }
    public Expected<string>? CompletedBy { get; init; }
    public Expected<TimeRange>? CompletedAt { get; init; }
    public Expected<long>? OverrunTicks { get; init; }
    public Expected<long>? SlackTicks { get; init; }
    public Expected<string>? Missing { get; init; }
}

/// <summary>An asserted value as written (for messages) and as read; no value asserts absence.</summary>
public sealed record Expected<T>(string Text, T? Value, bool HasValue);

/// <summary>A fixture: a case (as its raw JSON) and what the pack should say about it.</summary>
public sealed record Fixture(string File, string Name, int Line, string CaseJson, IReadOnlyList<Expectation> Expectations);

/// <summary>A fixture file that could not be read, or a fixture within it that is malformed: a coded
/// error (SG6xxx, docs/diagnostics.md) at a line and column. <paramref name="FixtureIndex"/> names
/// the fixture (its position in the file) when the error is inside one; a malformed fixture is not run
/// and counts as failed once, however many errors it has.</summary>
public sealed record FixtureError(string File, int Line, int Column, DiagnosticDescriptor Descriptor, string Message, int? FixtureIndex = null, string? FixtureName = null)
{
    public string Code => Descriptor.Code;

    /// <summary><c>file(line,col): error SG6002: message</c>, the form editors and CI annotate.</summary>
    public string ToCanonicalString(string displayPath) => $"{displayPath}({Line},{Column}): error {Code}: {Message}";
}
