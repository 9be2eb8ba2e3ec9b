namespace Safeguards.Runtime.CompilerServices;

/// <summary>Finds occurrences that have happened as of a reference time and match attribute filters.
/// Occurrences are sorted by earliest time; one whose earliest time is after the reference time has
/// not happened yet. Nothing here allocates.</summary>
public static class FilteredSelection
{
    public static bool Matches(in EventOccurrence occurrence, AttributeFilter[] filters)
    {
        foreach (var filter in filters)
            if (!filter.Matches(occurrence)) return false;
        return true;
    }

    /// <summary>Index of the first matching occurrence that has happened, or -1.</summary>
    public static int First(EventOccurrence[] occurrences, long asOf, AttributeFilter[] filters)
    {
        for (var i = 0; i < occurrences.Length; i++)
        {
            if (occurrences[i].Time.EarliestUtcTicks > asOf) return -1;
            if (Matches(occurrences[i], filters)) return i;
        }
        return -1;
    }

    /// <summary>Index of the first matching occurrence at or after <paramref name="start"/>, or -1.</summary>
    public static int NextFrom(EventOccurrence[] occurrences, int start, long asOf, AttributeFilter[] filters)
    {
        for (var i = start; i < occurrences.Length; i++)
        {
            if (occurrences[i].Time.EarliestUtcTicks > asOf) return -1;
            if (Matches(occurrences[i], filters)) return i;
        }
        return -1;
    }

    public static int Count(EventOccurrence[] occurrences, long asOf, AttributeFilter[] filters)
    {
        var count = 0;
        for (var i = 0; i < occurrences.Length && occurrences[i].Time.EarliestUtcTicks <= asOf; i++)
            if (Matches(occurrences[i], filters)) count++;
        return count;
    }

    /// <summary>Pairing by reference: the first matching occurrence that refers to anchor occurrence <paramref name="anchorIndex"/>.
    /// <paramref name="self"/> is the anchor's own index when the completing event is of the trigger's type (an
    /// occurrence never completes itself, even if it names itself), otherwise -1.</summary>
    public static int FirstReferring(EventOccurrence[] occurrences, int anchorIndex, long asOf, AttributeFilter[] filters, int self = -1)
    {
        for (var i = 0; i < occurrences.Length && occurrences[i].Time.EarliestUtcTicks <= asOf; i++)
            if (i != self && occurrences[i].RefersToOccurrence == anchorIndex && Matches(occurrences[i], filters)) return i;
        return -1;
    }

    /// <summary>Pairing by order: the first unused matching occurrence that may lie at or after <paramref name="fromTicks"/>.
    /// <paramref name="used"/> is a bit set with one bit per occurrence (<see cref="UsedWords"/> words; see <see cref="MarkUsed"/>).
    /// When the completing event is of the trigger's type, <paramref name="after"/> is the trigger's index: only
    /// later occurrences may complete it (never itself); otherwise -1.</summary>
    public static int FirstUnusedFrom(EventOccurrence[] occurrences, long fromTicks, long asOf, AttributeFilter[] filters, ReadOnlySpan<ulong> used, int after = -1)
    {
        for (var i = after + 1; i < occurrences.Length && occurrences[i].Time.EarliestUtcTicks <= asOf; i++)
        {
            if ((used[i >> 6] & (1UL << (i & 63))) != 0) continue;
            if (occurrences[i].Time.LatestUtcTicks >= fromTicks && Matches(occurrences[i], filters)) return i;
        }
        return -1;
    }

    /// <summary>How many 64-bit words a bit set of used occurrences needs.</summary>
    public static int UsedWords(EventOccurrence[] occurrences) => (occurrences.Length + 63) >> 6;

    /// <summary>Marks occurrence <paramref name="index"/> as paired, so no later trigger takes it.</summary>
    public static void MarkUsed(Span<ulong> used, int index) => used[index >> 6] |= 1UL << (index & 63);
}
