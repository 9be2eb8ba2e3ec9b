using System.Collections.Immutable;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// The earliest completing occurrence among a requirement's completing events (its "or" alternatives), as of the
/// reference time: one recorded without a time ends the search, since it may be the earliest. An occurrence never
/// completes the clock it started. Deadlines on the first trigger, clocks and waiting times all choose it here.
/// </summary>
internal static class EarliestCompletion
{
    /// <param name="ownType">The event type of the occurrence that started the clock (-1 for none), and
    /// <paramref name="ownIndex"/> its index.</param>
    /// <param name="onlyAfterOwn">Of that type only later occurrences count ("inspection within 30 days after
    /// inspection"); otherwise only the starting occurrence itself is passed over.</param>
    public static (int Index, int Type, bool TimeUnknown) Find(ImmutableArray<EventSelector> targets, CaseRecord record, long asOf,
        int ownType, int ownIndex, bool onlyAfterOwn)
    {
        var (target, targetType) = (-1, -1);
        foreach (var selector in targets)
        {
            var candidates = record.EventsByType[selector.EventType];
            int index;
            if (selector.EventType == ownType && onlyAfterOwn)
            {
                index = FilteredSelection.NextFrom(candidates, ownIndex + 1, asOf, selector.FilterTable);
            }
            else
            {
                index = FilteredSelection.First(candidates, asOf, selector.FilterTable);
                if (index >= 0 && selector.EventType == ownType && index == ownIndex)
                    index = FilteredSelection.NextFrom(candidates, index + 1, asOf, selector.FilterTable);
            }
            if (index < 0) continue;
            if (candidates[index].TimeUnknown) return (index, selector.EventType, true);
            if (target < 0 || candidates[index].Time.EarliestUtcTicks < record.EventsByType[targetType][target].Time.EarliestUtcTicks)
                (target, targetType) = (index, selector.EventType);
        }
        return (target, targetType, false);
    }
}
