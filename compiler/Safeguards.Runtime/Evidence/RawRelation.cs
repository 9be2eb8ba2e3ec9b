namespace Safeguards.Runtime;

/// <summary>A relative time as read, before the id it names is resolved (it may come later in the case).</summary>
/// <param name="MinTicks">Least <c>time(event) − time(anchor)</c>; long.MinValue for none. Set by the network builder for the day kinds.</param>
/// <param name="MaxTicks">Greatest difference; long.MaxValue for none.</param>
internal sealed record RawRelation(TimeRelationKind Kind, string AnchorId, long MinTicks, long MaxTicks, bool DurationGiven, string JsonPath, int Line);
