namespace Safeguards.Runtime;

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

    /// <summary>Pairing by reference: the first matching occurrence that refers to anchor occurrence <paramref name="anchorIndex"/>.</summary>
    public static int FirstReferring(EventOccurrence[] occurrences, int anchorIndex, long asOf, AttributeFilter[] filters)
    {
        for (var i = 0; i < occurrences.Length && occurrences[i].Time.EarliestUtcTicks <= asOf; i++)
            if (occurrences[i].RefersToOccurrence == anchorIndex && Matches(occurrences[i], filters)) return i;
        return -1;
    }

    /// <summary>Pairing by order: the first unused matching occurrence that may lie at or after <paramref name="fromTicks"/>.</summary>
    public static int FirstUnusedFrom(EventOccurrence[] occurrences, long fromTicks, long asOf, AttributeFilter[] filters, ulong usedMask)
    {
        for (var i = 0; i < occurrences.Length && occurrences[i].Time.EarliestUtcTicks <= asOf; i++)
        {
            if (i < 64 && (usedMask & (1UL << i)) != 0) continue;
            if (occurrences[i].Time.LatestUtcTicks >= fromTicks && Matches(occurrences[i], filters)) return i;
        }
        return -1;
    }
}
