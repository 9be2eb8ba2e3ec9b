using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime;

/// <summary>
/// A record with events not known to have happened, as the records it may be: one per combination of those
/// events happening or not (each other event as recorded, each uncertain one present as certain or left out).
/// A safeguard's verdict is certain only when it is the same in every world; otherwise it is indeterminate, and
/// the finding names an event whose happening decides it. Judged inside <see cref="SafeguardJudge"/>, so both
/// engines give the same answer.
/// </summary>
internal sealed class PossibleWorlds
{
    /// <summary>2^10 worlds: more uncertain events than that in one record is not a report, and is judged indeterminate.</summary>
    public const int MaxUncertain = 10;

    private readonly CaseRecord[] worlds;

    /// <summary>Per world, per event type, the index of each of its occurrences in the record itself.</summary>
    private readonly int[][][] original;

    private PossibleWorlds(int[] uncertain, CaseRecord[] worlds, int[][][] original)
    {
        Uncertain = uncertain;
        this.worlds = worlds;
        this.original = original;
    }

    /// <summary>The positions in <c>events</c> of the events not known to have happened.</summary>
    public int[] Uncertain { get; }

    /// <summary>World <c>w</c> has uncertain event <c>Uncertain[k]</c> happen when bit k of w is set.</summary>
    public int Count => worlds.Length;

    public CaseRecord this[int world] => worlds[world];

    public static PossibleWorlds? Of(CaseRecord record)
    {
        var network = record.Network!;
        var uncertain = Enumerable.Range(0, network.EventCount).Where(network.NotKnownWhetherEvent).ToArray();
        if (uncertain.Length > MaxUncertain)
        {
            return null;
        }

        var count = 1 << uncertain.Length;
        var worlds = new CaseRecord[count];
        var original = new int[count][][];
        for (var w = 0; w < count; w++)
        {
            var happened = new bool[network.EventCount];
            Array.Fill(happened, true);
            for (var k = 0; k < uncertain.Length; k++)
            {
                happened[uncertain[k]] = (w & (1 << k)) != 0;
            }

            (worlds[w], original[w]) = Build(record, network, happened);
        }

        return new PossibleWorlds(uncertain, worlds, original);
    }

    /// <summary>Occurrence <paramref name="index"/> of type <paramref name="type"/> in world <paramref name="world"/>, as the record numbers it.</summary>
    public int OriginalIndex(int world, int type, int index) => index < 0 ? index : original[world][type][index];

    private static (CaseRecord, int[][]) Build(CaseRecord record, TemporalNetwork network, bool[] happened)
    {
        // The times as this world's events alone constrain them: an event another one places is bounded only where that one happened.
        var worldNetwork = network.World(happened);
        var byType = record.EventsByType;
        var originalIndex = new int[byType.Length][];
        var newIndex = new int[byType.Length][];
        var times = new (TimeRange Time, bool Unknown)[byType.Length][];
        for (var t = 0; t < byType.Length; t++)
        {
            var occurrences = byType[t];
            times[t] = Array.ConvertAll(occurrences, o => network.Relations.Count > 0
                ? (worldNetwork.TightenedTime(o.SourceIndex, out var unbounded), unbounded)
                : (o.Time, o.TimeUnknown));
            var time = times[t];
            // Ordered as the reader orders a record: by earliest time, ties in the order of the case data.
            originalIndex[t] = [.. Enumerable.Range(0, occurrences.Length).Where(i => happened[occurrences[i].SourceIndex])
                .OrderBy(i => time[i].Time.EarliestUtcTicks).ThenBy(i => occurrences[i].SourceIndex)];
            newIndex[t] = new int[occurrences.Length];
            Array.Fill(newIndex[t], -1);
            for (var i = 0; i < originalIndex[t].Length; i++)
            {
                newIndex[t][originalIndex[t][i]] = i;
            }
        }

        var kept = new EventOccurrence[byType.Length][];
        for (var t = 0; t < byType.Length; t++)
        {
            var referred = network.ReferredType(t);
            kept[t] = Array.ConvertAll(originalIndex[t], i =>
            {
                var o = byType[t][i];
                // A reference to an occurrence that did not happen in this world refers to nothing.
                var refers = o.RefersToOccurrence >= 0 && referred >= 0 ? newIndex[referred][o.RefersToOccurrence] : -1;
                return new EventOccurrence(o.Id, times[t][i].Time, times[t][i].Unknown, refers, o.AttributeValues, o.SourceIndex);
            });
        }

        worldNetwork.Attach(kept, [.. Enumerable.Range(0, byType.Length).Select(network.ReferredType)]);
        var world = new CaseRecord(record.Id, record.Schema, record.CaseSchemaIndex, record.Facts, kept, record.SourceFile, record.SourceLine, worldNetwork);
        return (world, originalIndex);
    }
}
