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
        var byType = record.EventsByType;
        var kept = new EventOccurrence[byType.Length][];
        var originalIndex = new int[byType.Length][];
        var newIndex = new int[byType.Length][];
        for (var t = 0; t < byType.Length; t++)
        {
            var indices = Enumerable.Range(0, byType[t].Length).Where(i => happened[byType[t][i].SourceIndex]).ToArray();
            originalIndex[t] = indices;
            newIndex[t] = new int[byType[t].Length];
            Array.Fill(newIndex[t], -1);
            for (var i = 0; i < indices.Length; i++)
            {
                newIndex[t][indices[i]] = i;
            }
        }

        var schemaTypes = byType.Length;
        for (var t = 0; t < schemaTypes; t++)
        {
            kept[t] = Array.ConvertAll(originalIndex[t], i =>
            {
                var o = byType[t][i];
                // A reference to an occurrence that did not happen in this world refers to nothing.
                var refersType = network.ReferredType(t);
                var refers = o.RefersToOccurrence >= 0 && refersType >= 0 ? newIndex[refersType][o.RefersToOccurrence] : -1;
                return new EventOccurrence(o.Id, o.Time, o.TimeUnknown, refers, o.AttributeValues, o.SourceIndex);
            });
        }

        var world = new CaseRecord(record.Id, record.Schema, record.CaseSchemaIndex, record.Facts, kept, record.SourceFile, record.SourceLine,
            network.World(kept));
        return (world, originalIndex);
    }
}
