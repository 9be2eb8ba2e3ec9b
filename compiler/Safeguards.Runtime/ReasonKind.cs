namespace Safeguards.Runtime;

/// <summary>Why an outcome came out as it did; with <see cref="EvaluationTrace"/> it is enough to
/// write the finding's explanation without evaluating again.</summary>
public enum ReasonKind : byte
{
    None,
    OtherCaseSchema,
    ConditionFalse,
    MissingFact,
    RequiredEventMissing,
    TriggerNotRecorded,
    TriggerTimeUnknown,
    CompletionTimeUnknown,
    LawNotInForce,
    LawInForceUncertain,
    CompletedInTime,
    CompletedLate,
    CompletionUncertain,
    NotYetDue,
    Overdue,
    DueUncertain,
    CountWithinLimit,
    CountOverLimit,
    CountUncertain,

    /// <summary>A minimum waiting time: the act happened before the waiting time had passed.</summary>
    ActTooEarly,

    /// <summary>A minimum waiting time: the act happened once the waiting time had passed.</summary>
    ActAfterWaiting,

    /// <summary>A minimum waiting time: imprecise times leave it open whether the act came too early.</summary>
    ActTimingUncertain,

    /// <summary>A minimum waiting time: no act yet; once the waiting time has passed, none can come too early.</summary>
    NoActYet,

    /// <summary>A recurring deadline: the measure ended before anything was due.</summary>
    MeasureEnded,

    /// <summary>The outcome depends on whether an event not known to have happened did (<see cref="EvaluationTrace.MissingEvent"/>).</summary>
    HappenedNotKnown,
}
