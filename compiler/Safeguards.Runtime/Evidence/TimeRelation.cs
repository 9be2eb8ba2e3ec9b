namespace Safeguards.Runtime;

/// <summary>
/// One relative time of case data, resolved: the event at <see cref="Event"/> is placed relative to the
/// event at <see cref="Anchor"/> (both positions in the case's <c>events</c> array). The bounds are on
/// <c>time(Event) − time(Anchor)</c> in ticks, whatever the kind ("before" is a negative difference), with
/// <see cref="long.MinValue"/> / <see cref="long.MaxValue"/> for a side without a bound. For the day kinds they
/// are only what the day alone allows; the network also holds the event to the anchor's local day.
/// </summary>
/// <param name="Event">The event whose <c>time</c> states the relation.</param>
/// <param name="Anchor">The event it is relative to.</param>
/// <param name="Kind">Which form the case data used.</param>
/// <param name="MinTicks">The least difference (inclusive).</param>
/// <param name="MaxTicks">The greatest difference (inclusive).</param>
/// <param name="DurationGiven">The case gives the duration ("by"): an exact offset or bounds on it.</param>
/// <param name="JsonPath">Where the relation is written, for messages: <c>$.events[1].time.after</c>.</param>
/// <param name="Line">The line of that property.</param>
public sealed record TimeRelation(
    int Event,
    int Anchor,
    TimeRelationKind Kind,
    long MinTicks,
    long MaxTicks,
    bool DurationGiven,
    string JsonPath,
    int Line)
{
    /// <summary>The bound of a side that has none.</summary>
    public const long Unbounded = long.MaxValue;

    /// <summary>The difference is given exactly ("17 hours after", "at the same moment as").</summary>
    public bool IsExact => MinTicks == MaxTicks;
}
