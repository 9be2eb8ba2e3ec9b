namespace Safeguards.Runtime.CompilerServices;

/// <summary>The evidence behind one outcome, kept as plain values so the fast path allocates nothing.
/// Both the generated code and the interpreter fill it the same way; <see cref="FindingBuilder"/>
/// turns it into words.</summary>
public struct EvaluationTrace
{
    public ReasonKind Reason;

    /// <summary>Index of the requirement that decided the outcome (-1 before any).</summary>
    public int Requirement;

    /// <summary>The fact (by index) that was missing, or -1.</summary>
    public int MissingFact;

    /// <summary>The event type (by index) that was missing or had no time, or -1.</summary>
    public int MissingEvent;

    public bool HasTrigger;
    public TimeRange Trigger;
    public int TriggerOccurrence;

    public bool HasDeadline;
    public TimeRange Deadline;

    /// <summary>The completing event type and occurrence, or -1.</summary>
    public int CompletingEvent;
    public int CompletingOccurrence;
    public TimeRange CompletedAt;

    public int Count;

    /// <summary>The event type of <see cref="TriggerOccurrence"/>, or -1.</summary>
    public int TriggerEvent;

    /// <summary>The deadline was decided on the bounds of completion − trigger (<see cref="CaseRecord.Network"/>), not on
    /// the two ranges (the bounds are the network's).</summary>
    public bool ByDifference;

    /// <summary>With <see cref="ByDifference"/> and a limit in hours or minutes: how far within it (satisfied) or beyond it
    /// (violated) every difference is; <see cref="long.MinValue"/> otherwise.</summary>
    public long DifferenceMargin;

    /// <summary>With <see cref="ReasonKind.HappenedNotKnown"/>: the outcome if that event happened, and if it did not.</summary>
    public Outcome IfHappened;
    public Outcome IfNotHappened;

    public static EvaluationTrace Empty => new()
    {
        Requirement = -1,
        MissingFact = -1,
        MissingEvent = -1,
        TriggerOccurrence = -1,
        TriggerEvent = -1,
        CompletingEvent = -1,
        CompletingOccurrence = -1,
    };
}
