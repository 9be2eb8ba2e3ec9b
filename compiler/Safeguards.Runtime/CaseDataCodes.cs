namespace Safeguards.Runtime;

/// <summary>
/// The stable codes of <see cref="CaseDataError"/>: one per kind of mistake in case data, so a
/// case-management system can act on a kind (re-ask the encoder for a time, flag a schema mismatch)
/// without reading messages, which may be reworded. A code is never reused for another kind.
/// Documented in docs/case-data.md ("Error codes"); a test fails on a code without a section there.
/// </summary>
public static class CaseDataCodes
{
    // CD1xx: the file or the JSON itself.
    public const string FileUnreadable = "CD101";
    public const string InvalidJson = "CD102";
    public const string InvalidUtf8 = "CD103";
    public const string LineTooLong = "CD104";
    public const string TooManyErrors = "CD105";
    public const string RecordUnreadable = "CD199";

    // CD2xx: the shape of the record.
    public const string MissingProperty = "CD201";
    public const string UnknownProperty = "CD202";
    public const string DuplicateProperty = "CD203";
    public const string WrongValueType = "CD204";
    public const string UnknownSchema = "CD205";

    // CD3xx: facts.
    public const string UnknownFact = "CD301";
    public const string FactWrongType = "CD302";
    public const string FactValueNotAllowed = "CD303";
    public const string NumberOutOfRange = "CD304";

    // CD4xx: events.
    public const string UnknownEventType = "CD401";
    public const string DuplicateEventId = "CD402";
    public const string BadReference = "CD403";
    public const string UnknownAttribute = "CD404";
    public const string AttributeValueNotAllowed = "CD405";

    // CD5xx: times and the relations between them.
    public const string TimeUnreadable = "CD501";
    public const string IntervalInverted = "CD502";
    public const string DurationUnreadable = "CD503";
    public const string RelationShape = "CD504";
    public const string BoundsInverted = "CD505";
    public const string HappenedValue = "CD506";
    public const string UnknownRelatedEvent = "CD507";
    public const string InconsistentTimes = "CD508";

    /// <summary>Every code with its title, in code order (for docs, tools and the test that keeps them documented).</summary>
    public static IReadOnlyList<(string Code, string Title)> All { get; } =
    [
        (FileUnreadable, "the file cannot be read"),
        (InvalidJson, "not valid JSON"),
        (InvalidUtf8, "not valid UTF-8"),
        (LineTooLong, "a JSON Lines record over the size limit"),
        (TooManyErrors, "too many errors in one record"),
        (RecordUnreadable, "the record could not be read"),
        (MissingProperty, "a required property is missing"),
        (UnknownProperty, "an unknown property"),
        (DuplicateProperty, "a property given twice"),
        (WrongValueType, "a value of the wrong JSON type"),
        (UnknownSchema, "an unknown case schema"),
        (UnknownFact, "an unknown fact"),
        (FactWrongType, "a fact value of the wrong type"),
        (FactValueNotAllowed, "a value the fact's enumeration does not have"),
        (NumberOutOfRange, "a number beyond the exact range"),
        (UnknownEventType, "an unknown event type"),
        (DuplicateEventId, "two events with one id"),
        (BadReference, "a \"refers\" that does not fit"),
        (UnknownAttribute, "an unknown attribute"),
        (AttributeValueNotAllowed, "an attribute value that is not allowed"),
        (TimeUnreadable, "a time that cannot be read"),
        (IntervalInverted, "an interval whose latest precedes its earliest"),
        (DurationUnreadable, "a duration that cannot be read"),
        (RelationShape, "a relative time of the wrong shape"),
        (BoundsInverted, "duration bounds whose atMost is shorter than atLeast"),
        (HappenedValue, "a \"happened\" other than \"not known\" or true"),
        (UnknownRelatedEvent, "a relative time naming no other event of the case"),
        (InconsistentTimes, "times that cannot all hold"),
    ];
}
