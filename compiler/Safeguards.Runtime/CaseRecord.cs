using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime;

/// <summary>
/// One case, validated against its schema and laid out for evaluation: facts by fact index,
/// occurrences by event-type index. Evaluating rules over it reads arrays and allocates nothing.
/// Generated code reads the compact <see cref="Timeline"/>; a case that the timeline describes
/// completely (the usual one: each event once, no ids, references, attributes or text facts) keeps
/// nothing else, and <see cref="Facts"/> and <see cref="EventsByType"/> are rebuilt from it the first
/// time something asks for them (explanations, reports, the interpreter), then kept.
/// </summary>
public sealed class CaseRecord
{
    private readonly int eventTypeCount, factCount;
    private FactValue[]? facts;
    private EventOccurrence[][]? eventsByType;
    private CaseRecord[]? otherZoneReadings;
    private PossibleWorlds? possibleWorlds;

    public CaseRecord(string id, string schema, int caseSchemaIndex, FactValue[] facts, EventOccurrence[][] eventsByType, string? sourceFile = null, int sourceLine = 0,
        TemporalNetwork? network = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        CaseSchemaIndex = caseSchemaIndex;
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(eventsByType);
        eventTypeCount = eventsByType.Length;
        factCount = facts.Length;
        Timeline = CaseTimeline.Build(facts, eventsByType);
        Network = network;
        if (network is not null || !CaseTimeline.HoldsEverything(facts, eventsByType))
        {
            this.facts = facts;
            this.eventsByType = eventsByType;
        }

        SourceFile = sourceFile;
        SourceLine = sourceLine;
    }

    public string Id { get; }

    /// <summary>The case schema's name (<c>"schema"</c> in the JSON).</summary>
    public string Schema { get; }

    /// <summary>Position of the schema in <see cref="PackSchema.Cases"/>.</summary>
    public int CaseSchemaIndex { get; }

    /// <summary>The case in the layout of <see cref="CaseTimeline"/>, for generated code.</summary>
    public long[] Timeline { get; }

    /// <summary>The number of event types of the case schema (the length of <see cref="EventsByType"/>).</summary>
    public int EventTypeCount => eventTypeCount;

    /// <summary>The number of facts of the case schema (the length of <see cref="Facts"/>).</summary>
    public int FactCount => factCount;

    /// <summary>One value per fact of the schema, by <see cref="FactDefinition.Index"/>.</summary>
    public FactValue[] Facts => Volatile.Read(ref facts) ?? Keep(ref facts, RebuildFacts());

    /// <summary>One fact, without building <see cref="Facts"/>.</summary>
    public FactValue Fact(int index) =>
        Volatile.Read(ref facts) is { } kept ? kept[index]
        : (uint)index < (uint)factCount ? CaseTimeline.Fact(Timeline, eventTypeCount, factCount, index)
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// One array per event type of the schema, by <see cref="EventType.Index"/>, sorted by
    /// <see cref="TimeRange.EarliestUtcTicks"/> (ties keep the order of the case data).
    /// Occurrences with time <c>unknown</c> have an unbounded range and so come first.
    /// </summary>
    public EventOccurrence[][] EventsByType =>
        Volatile.Read(ref eventsByType) ?? Keep(ref eventsByType, CaseTimeline.Events(Timeline, eventTypeCount, factCount));

    /// <summary>
    /// The record's times as its relative times and uncertain events relate them: null for the usual record,
    /// whose times are all absolute. Judges that see one judge a requirement on the bounds of its own difference
    /// (<see cref="TemporalNetwork.DifferenceBounds"/>); generated fast paths send such a record to them.
    /// </summary>
    public TemporalNetwork? Network { get; }

    public string? SourceFile { get; init; }

    /// <summary>1-based line where the case starts in <see cref="SourceFile"/>; 0 when not read from a file.</summary>
    public int SourceLine { get; init; }

    private FactValue[] RebuildFacts()
    {
        var rebuilt = new FactValue[factCount];
        for (var f = 0; f < rebuilt.Length; f++)
        {
            rebuilt[f] = CaseTimeline.Fact(Timeline, eventTypeCount, factCount, f);
        }

        return rebuilt;
    }

    // Two threads may rebuild at once; both results are equal, and every reader sees the first one kept.
    private static T Keep<T>(ref T? field, T rebuilt)
        where T : class => Interlocked.CompareExchange(ref field, rebuilt, null) ?? rebuilt;

    /// <summary>Names the case by id and place only; never its contents.</summary>
    /// <summary>
    /// This record as the safeguards of zone <paramref name="zoneIndex"/> of its pack set read it
    /// (<see cref="PackSchema.TimeZoneIds"/>): a date such as "2016-01-12" is a different range of instants in
    /// Europe/Paris than in Asia/Almaty, so a record with dates or months is read once per zone. A record whose
    /// times are all instants, or one of a pack set with one zone, is the same in every zone.
    /// </summary>
    public CaseRecord InZone(int zoneIndex) => zoneIndex == 0 || otherZoneReadings is null ? this : otherZoneReadings[zoneIndex - 1];

    internal void SetOtherZoneReadings(CaseRecord[] readings) => otherZoneReadings = readings;

    /// <summary>The records this one may be when some events are not known to have happened (built once, on first use);
    /// null when there are too many such events to enumerate.</summary>
    internal PossibleWorlds? PossibleWorlds() =>
        Volatile.Read(ref possibleWorlds) ?? (Runtime.PossibleWorlds.Of(this) is { } built ? Keep(ref possibleWorlds, built) : null);

    public override string ToString() => SourceFile is null ? Id : $"{Id} ({SourceFile}:{SourceLine})";
}
