namespace Safeguards.Runtime;

/// <summary>What a compiled pack says about one of its safeguards, for manifests, reports and tools
/// that list safeguards without evaluating them.</summary>
public sealed record SafeguardInfo(
    string Id,
    string Title,
    string CaseSchema,
    Severity Severity,
    LegalStatus Status,
    string? Category,
    IReadOnlyList<Citation> Citations,
    string Requirement,
    string? Because,
    string? Seed,
    string? SourceFile,
    int SourceLine);
