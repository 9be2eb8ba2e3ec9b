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

    /// <summary>A count requirement: the occurrences that certainly count, and of those that may, how many only because
    /// their recorded time runs past the reference time (they may not have happened yet).</summary>
    public int Count;
    public int CountMaybeLater;

    /// <summary>With a clock (<c>earliest of (...)</c>): the event type whose instant started it; -1 without a clock,
    /// <see cref="UncertainInstant"/> when imprecise times leave it open which instant came first.</summary>
    public int ClockEvent;

    /// <summary>Extensions that certainly counted, and the first authorisation that did not (or may not) count, with why.</summary>
    public int ExtensionsCounted;
    public ExtensionNote ExtensionNote;
    public int ExtensionEvent;
    public int ExtensionOccurrence;

    /// <summary>A recurring deadline: which interval the finding is about (1 is the first limit), and how many were late.</summary>
    public int Interval;
    public int LateIntervals;

    /// <summary>A recurring deadline whose measure ended (<c>until sentenced or released</c>): when, and the event type that
    /// ended it (<see cref="UncertainInstant"/> when imprecise times leave it open which of the end events came first).</summary>
    public bool HasEnd;
    public int EndEvent;
    public TimeRange End;

    public const int UncertainInstant = -2;

    /// <summary>The event type of <see cref="TriggerOccurrence"/>, or -1 (a world's occurrences are renumbered by it).</summary>
    public int TriggerOccurrenceType;

    /// <summary>The deadline was decided on the bounds of completion − trigger (<see cref="CaseRecord.Network"/>), not on
    /// the two ranges (the bounds are the network's).</summary>
    public bool ByDifference;

    /// <summary>With <see cref="ByDifference"/> and a limit in hours or minutes: how far within it (satisfied) or beyond it
    /// (violated) every difference is; <see cref="long.MinValue"/> otherwise.</summary>
    public long DifferenceMargin;

    /// <summary>With <see cref="ReasonKind.HappenedNotKnown"/>: the outcome if that event happened, and if it did not.</summary>
    public Outcome IfHappened;
    public Outcome IfNotHappened;

    /// <summary>The working-day rule the deadline was counted with (the plan's), or null; with
    /// <see cref="WorkingDayCounting.MoveToNextWorkingDay"/>, <see cref="UnmovedDeadline"/> is where the period would have
    /// ended in calendar units alone. The finding names the calendar and the days it did not count.</summary>
    internal WorkingDayRule? WorkingDays;
    internal TimeRange UnmovedDeadline;

    public static EvaluationTrace Empty => new()
    {
        Requirement = -1,
        MissingFact = -1,
        MissingEvent = -1,
        TriggerOccurrence = -1,
        TriggerOccurrenceType = -1,
        CompletingEvent = -1,
        CompletingOccurrence = -1,
        ClockEvent = -1,
        ExtensionEvent = -1,
        ExtensionOccurrence = -1,
    };
}

/// <summary>Why an authorisation did not (or may not) extend a limit.</summary>
public enum ExtensionNote : byte
{
    None,

    /// <summary>Granted after the limit it would extend had run out.</summary>
    Late,

    /// <summary>Its condition does not hold (the offence is not serious enough, ...).</summary>
    ConditionNotMet,

    /// <summary>Its condition depends on a fact the record lacks.</summary>
    ConditionUnknown,

    /// <summary>Imprecise times leave it open whether it was granted in time.</summary>
    TimingUncertain,

    /// <summary>It counted, but the ceiling cut it short.</summary>
    Capped,

    /// <summary>Recorded without a time: whether it was granted in time is unknown.</summary>
    TimeUnknown,

    /// <summary>An extension counted from its decision (<c>extended to D after E</c>) was already granted: the law allows it
    /// once, so a later decision does not extend the limit again.</summary>
    AlreadyExtended,
}
