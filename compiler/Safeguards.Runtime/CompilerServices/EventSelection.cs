namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// Allocation-free selection of occurrences for rules. Every helper takes the reference time
/// <c>asOf</c>: an occurrence whose earliest time is after it has not happened yet and is ignored.
/// Arrays are those of <see cref="CaseRecord.EventsByType"/> (sorted by earliest time), so the
/// occurrences that have happened are always a prefix. Attribute filters (<c>where</c>) are the
/// caller's job: loop from 0 to <see cref="Happened"/> and test <see cref="EventOccurrence.Attribute"/>.
/// Occurrences with time <c>unknown</c> sort first and count as happened; callers must check
/// <see cref="EventOccurrence.TimeUnknown"/> and report insufficient data.
/// </summary>
public static class EventSelection
{
    /// <summary>How many occurrences have happened as of <paramref name="asOf"/>: the length of the happened prefix.</summary>
    public static int Happened(EventOccurrence[] occurrences, long asOf)
    {
        // Binary search for the first occurrence that starts after asOf.
        int lo = 0, hi = occurrences.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (occurrences[mid].Time.EarliestUtcTicks <= asOf)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the first (earliest) occurrence that has happened, or -1.</summary>
    public static int First(EventOccurrence[] occurrences, long asOf) =>
        occurrences.Length > 0 && occurrences[0].Time.EarliestUtcTicks <= asOf ? 0 : -1;

    /// <summary>The number of occurrences that have happened (for <c>at most N</c>).</summary>
    public static int Count(EventOccurrence[] occurrences, long asOf) => Happened(occurrences, asOf);

    /// <summary>
    /// Pairing in order (<c>each B after each A</c> without <c>refers to</c>): the first occurrence
    /// not yet marked in <paramref name="used"/> that may lie at or after <paramref name="fromTicks"/>
    /// (its latest time is not before it) and has happened. Pass the anchor's earliest tick as
    /// <paramref name="fromTicks"/> and mark the returned index as used before the next anchor.
    /// </summary>
    /// <param name="occurrences">The target event's occurrences.</param>
    /// <param name="fromTicks">The anchor's earliest tick.</param>
    /// <param name="asOf">The reference time.</param>
    /// <param name="used">One flag per occurrence (stackalloc it), true once paired.</param>
    /// <returns>The index, or -1 when no unpaired occurrence is left.</returns>
    public static int FirstAtOrAfter(EventOccurrence[] occurrences, long fromTicks, long asOf, Span<bool> used)
    {
        if (used.Length < occurrences.Length)
        {
            throw new ArgumentException("one flag per occurrence is needed", nameof(used));
        }

        var happened = Happened(occurrences, asOf);
        for (var i = 0; i < happened; i++)
        {
            if (!used[i] && occurrences[i].Time.LatestUtcTicks >= fromTicks)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Pairing by reference (<c>each reply ... after each complaint</c> where reply <c>refers to</c>
    /// complaint): the first target occurrence that has happened and refers to the anchor occurrence
    /// at <paramref name="anchorIndex"/>, or -1.
    /// </summary>
    public static int FirstReferring(EventOccurrence[] occurrences, int anchorIndex, long asOf)
    {
        var happened = Happened(occurrences, asOf);
        for (var i = 0; i < happened; i++)
        {
            if (occurrences[i].RefersToOccurrence == anchorIndex)
            {
                return i;
            }
        }

        return -1;
    }
}
