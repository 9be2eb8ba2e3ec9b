namespace Safeguards.Runtime;

/// <summary>
/// One case, validated against its schema and laid out for evaluation: facts by fact index,
/// occurrences by event-type index. Evaluating rules over it reads arrays and allocates nothing.
/// </summary>
public sealed class CaseRecord
{
    public CaseRecord(string id, string schema, int caseSchemaIndex, FactValue[] facts, EventOccurrence[][] eventsByType, string? sourceFile = null, int sourceLine = 0)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        CaseSchemaIndex = caseSchemaIndex;
        Facts = facts ?? throw new ArgumentNullException(nameof(facts));
        EventsByType = eventsByType ?? throw new ArgumentNullException(nameof(eventsByType));
        SourceFile = sourceFile;
        SourceLine = sourceLine;
    }

    public string Id { get; }

    /// <summary>The case schema's name (<c>"schema"</c> in the JSON).</summary>
    public string Schema { get; }

    /// <summary>Position of the schema in <see cref="PackSchema.Cases"/>.</summary>
    public int CaseSchemaIndex { get; }

    /// <summary>One value per fact of the schema, by <see cref="FactDefinition.Index"/>.</summary>
    public FactValue[] Facts { get; }

    /// <summary>
    /// One array per event type of the schema, by <see cref="EventType.Index"/>, sorted by
    /// <see cref="TimeRange.EarliestUtcTicks"/> (ties keep the order of the case data).
    /// Occurrences with time <c>unknown</c> have an unbounded range and so come first.
    /// </summary>
    public EventOccurrence[][] EventsByType { get; }

    public string? SourceFile { get; init; }

    /// <summary>1-based line where the case starts in <see cref="SourceFile"/>; 0 when not read from a file.</summary>
    public int SourceLine { get; init; }

    /// <summary>Names the case by id and place only; never its contents.</summary>
    public override string ToString() => SourceFile is null ? Id : $"{Id} ({SourceFile}:{SourceLine})";
}
