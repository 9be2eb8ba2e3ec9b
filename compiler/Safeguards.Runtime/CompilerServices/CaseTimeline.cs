namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// The compact layout of a case that generated code reads: one <c>long[]</c> per case, so that a
/// rule over the first occurrence of each event and the case's facts touches two or three cache
/// lines with no pointer to follow. Measured in docs/performance.md: a case whose data sits in a
/// dozen small objects (the record, an array per event type) is evaluated at memory speed, not at
/// CPU speed, once the batch outgrows the caches; the untouched parts between two cases also stop
/// the hardware prefetcher. With T event types and F facts in the case schema:
/// <code>
/// [0, 2T)                   first occurrence of each event type: earliest tick, latest tick
///                           (none recorded: <see cref="None"/>, None; time unknown: <see cref="Unknown"/>, DateTime.MaxValue.Ticks)
/// [2T, 2T+F)                fact values: boolean 0 or 1, number, enumeration index, date as DayNumber; 0 for text and missing facts
/// [2T+F, +ceil(F/16))       fact kinds, 4 bits per fact: 0 missing, otherwise 1 + (int)FactType
/// [.., +ceil(T/2))          source index of each type's first occurrence (-1 for none), two per long, low half first
/// </code>
/// The first occurrence is the earliest (an occurrence with time unknown sorts first), exactly as
/// <see cref="CaseRecord.EventsByType"/> orders them, so <c>Timeline[2t] &lt;= asOf</c> says "type t
/// has happened" and selects the same occurrence as <see cref="EventSelection.First"/>.
/// </summary>
public static class CaseTimeline
{
    /// <summary>Earliest tick of a type with no occurrence: after every reference time, so "has it happened" needs one comparison.</summary>
    public const long None = long.MaxValue;

    /// <summary>Earliest tick of an occurrence recorded with time <c>unknown</c>: before every reference time (it has happened).</summary>
    public const long Unknown = long.MinValue;

    public static int FactsOffset(int eventTypes) => 2 * eventTypes;

    public static int KindsOffset(int eventTypes, int facts) => (2 * eventTypes) + facts;

    public static int SourcesOffset(int eventTypes, int facts) => KindsOffset(eventTypes, facts) + ((facts + 15) / 16);

    public static int Length(int eventTypes, int facts) => SourcesOffset(eventTypes, facts) + ((eventTypes + 1) / 2);

    /// <summary>The word of the fact kinds that holds fact <paramref name="fact"/>, and its shift within it.</summary>
    public static (int Word, int Shift) KindSlot(int eventTypes, int facts, int fact) =>
        (KindsOffset(eventTypes, facts) + (fact / 16), 4 * (fact % 16));

    /// <summary>Lays out a case's facts and its occurrences (by type, sorted as in <see cref="CaseRecord.EventsByType"/>).</summary>
    public static long[] Build(FactValue[] facts, EventOccurrence[][] eventsByType)
    {
        int types = eventsByType.Length, factCount = facts.Length;
        var timeline = new long[Length(types, factCount)];
        var sources = SourcesOffset(types, factCount);
        for (var t = 0; t < types; t++)
        {
            var occurrences = eventsByType[t];
            long earliest = None, latest = None;
            var source = -1;
            if (occurrences.Length > 0)
            {
                var first = occurrences[0];
                earliest = first.TimeUnknown ? Unknown : first.Time.EarliestUtcTicks;
                latest = first.Time.LatestUtcTicks;
                source = first.SourceIndex;
            }

            timeline[2 * t] = earliest;
            timeline[(2 * t) + 1] = latest;
            timeline[sources + (t / 2)] |= (long)(uint)source << (32 * (t % 2));
        }

        for (var f = 0; f < factCount; f++)
        {
            var value = facts[f];
            if (!value.IsPresent)
            {
                continue;
            }

            timeline[FactsOffset(types) + f] = value.Type switch
            {
                FactType.Boolean => value.Boolean ? 1 : 0,
                FactType.Number => value.Number,
                FactType.Enumeration => value.EnumIndex,
                FactType.Date => value.Date.DayNumber,
                _ => 0,
            };
            var (word, shift) = KindSlot(types, factCount, f);
            timeline[word] |= (long)(1 + (int)value.Type) << shift;
        }

        return timeline;
    }

    /// <summary>
    /// True when the timeline alone says everything the arrays do: at most one occurrence per type,
    /// none with an id, a reference or an attribute value, unknown times with the unbounded range,
    /// and no text fact (text does not fit in a long). Such cases keep only the timeline.
    /// </summary>
    public static bool HoldsEverything(FactValue[] facts, EventOccurrence[][] eventsByType)
    {
        foreach (var fact in facts)
        {
            if (fact.IsPresent && fact.Type == FactType.Text)
            {
                return false;
            }
        }

        foreach (var occurrences in eventsByType)
        {
            if (occurrences.Length > 1)
            {
                return false;
            }

            foreach (var occurrence in occurrences)
            {
                if (occurrence.Id is not null || occurrence.RefersToOccurrence >= 0
                    || (occurrence.TimeUnknown && occurrence.Time != TimeRange.Unbounded)
                    || occurrence.Time.EarliestUtcTicks < 0)
                {
                    return false;
                }

                foreach (var value in occurrence.AttributeValues)
                {
                    if (value >= 0)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>The fact as the timeline records it (never text: see <see cref="HoldsEverything"/>).</summary>
    public static FactValue Fact(long[] timeline, int eventTypes, int facts, int fact)
    {
        var (word, shift) = KindSlot(eventTypes, facts, fact);
        var kind = (int)((timeline[word] >> shift) & 15);
        var value = timeline[FactsOffset(eventTypes) + fact];
        return kind switch
        {
            0 => FactValue.Missing,
            1 + (int)FactType.Boolean => FactValue.FromBoolean(value != 0),
            1 + (int)FactType.Number => FactValue.FromNumber(value),
            1 + (int)FactType.Enumeration => FactValue.FromEnum((int)value),
            1 + (int)FactType.Date => FactValue.FromDate(DateOnly.FromDayNumber((int)value)),
            _ => throw new InvalidOperationException("a text fact is not kept in the timeline"),
        };
    }

    /// <summary>The occurrences by type, rebuilt from a timeline that holds everything (at most one per type).</summary>
    public static EventOccurrence[][] Events(long[] timeline, int eventTypes, int facts)
    {
        var sources = SourcesOffset(eventTypes, facts);
        var result = new EventOccurrence[eventTypes][];
        for (var t = 0; t < eventTypes; t++)
        {
            var earliest = timeline[2 * t];
            if (earliest == None)
            {
                result[t] = [];
                continue;
            }

            var unknown = earliest == Unknown;
            var time = unknown ? TimeRange.Unbounded : new TimeRange(earliest, timeline[(2 * t) + 1]);
            var source = (int)(timeline[sources + (t / 2)] >> (32 * (t % 2)));
            result[t] = [new EventOccurrence(null, time, unknown, -1, [], source)];
        }

        return result;
    }
}
