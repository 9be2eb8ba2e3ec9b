namespace Safeguards.Runtime;

/// <summary>What a compiled pack says about one of its safeguards, for manifests, reports and
/// findings: everything but the logic.</summary>
/// <param name="TimeZoneId">The legal time zone of the safeguard's own pack, in which it counts days; null in
/// packs built before packs of several zones could be evaluated together (then the pack's zone).</param>
public sealed record SafeguardInfo(
    string Id,
    string Title,
    string CaseSchema,
    Severity Severity,
    LegalStatus Status,
    string? Category,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<RequirementInfo> Requirements,
    DateOnly? InForceFrom,
    DateOnly? InForceUntil,
    string? Because,
    string? MessageTemplate,
    string? Seed,
    string? SourceFile,
    int SourceLine,
    string? TimeZoneId = null)
{
    /// <summary>All requirements read aloud, joined.</summary>
    public string RequirementText => string.Join("; ", Requirements.Select(r => r.Description));
}

/// <summary>One <c>requires</c> clause in words: "registered within 3 hours after apprehended".</summary>
/// <param name="Scale">The units its durations are written in: hours for a limit in hours or minutes, so an elapsed
/// 26 hours reads "26 hours" beside "the limit is 24 hours".</param>
/// <param name="IsMinimumWait">A minimum waiting time ("not before D after"): the evidence's deadline is the earliest instant
/// the act was allowed, its overrun how much too early the act came, its slack how long after that instant.</param>
public sealed record RequirementInfo(string Description, string? Limit, string Anchor, string Target, DurationScale Scale = DurationScale.Days,
    bool IsMinimumWait = false);
