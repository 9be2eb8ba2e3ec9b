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

    /// <summary>The outcome depends on whether an event not known to have happened did (<see cref="EvaluationTrace.MissingEvent"/>).</summary>
    HappenedNotKnown,
}
