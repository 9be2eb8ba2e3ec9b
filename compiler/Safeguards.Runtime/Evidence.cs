namespace Safeguards.Runtime;

/// <summary>
/// Why a finding came out as it did: the times compared and the margin. Times are ranges because
/// case data may be imprecise; a reader of the report can see the bounds that made it indeterminate.
/// </summary>
/// <param name="Trigger">When the anchor event happened.</param>
/// <param name="Deadline">The latest permitted time (a range when the trigger is imprecise).</param>
/// <param name="CompletingEvent">The event that met (or failed) the requirement, by id or position.</param>
/// <param name="CompletedAt">When that event happened.</param>
/// <param name="SlackTicks">How much time was left when satisfied (deadline minus completion, worst case).</param>
/// <param name="OverrunTicks">How late it was when violated (completion or reference time minus deadline, least case).</param>
/// <param name="Missing">The name of the event or fact whose absence decided the outcome.</param>
/// <param name="Reason">A sentence saying why, without case contents.</param>
public sealed record Evidence(
    TimeRange? Trigger,
    TimeRange? Deadline,
    string? CompletingEvent,
    TimeRange? CompletedAt,
    long? SlackTicks,
    long? OverrunTicks,
    string? Missing,
    string Reason)
{
    /// <summary>Evidence that is only a reason (not applicable, a condition was false, ...).</summary>
    public static Evidence Because(string reason) => new(null, null, null, null, null, null, null, reason);
}
