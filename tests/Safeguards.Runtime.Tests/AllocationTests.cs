using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime.Tests;

/// <summary>Evaluation runs per case and per safeguard over large batches, so the hot helpers must not allocate.</summary>
public class AllocationTests
{
    [Fact]
    public void Deadlines_verdicts_and_selection_allocate_nothing()
    {
        var calendar = new LegalCalendar(T.Berlin, MonthRounding.Down);
        EventOccurrence[] occurrences =
        [
            new("a", T.At("2024-03-30T12:00:00+01:00"), false, -1, []),
            new("b", T.At("2024-03-31T12:00:00+02:00"), false, 0, []),
        ];
        var asOf = T.Ticks("2025-01-01T00:00:00Z");

        Outcome Evaluate()
        {
            var outcome = Outcome.NotApplicable;
            Span<bool> used = stackalloc bool[occurrences.Length];
            var anchor = EventSelection.First(occurrences, asOf);
            var target = EventSelection.FirstAtOrAfter(occurrences, occurrences[anchor].Time.EarliestUtcTicks + 1, asOf, used);
            var referring = EventSelection.FirstReferring(occurrences, anchor, asOf);
            foreach (var d in (ReadOnlySpan<LegalDuration>)[LegalDuration.Hours(3), LegalDuration.Days(1), LegalDuration.Weeks(1), LegalDuration.Months(1)])
            {
                var deadline = Judge.DeadlineAfter(calendar, occurrences[anchor].Time, d);
                outcome = OutcomeNames.Worst(outcome, Judge.Completion(deadline, target >= 0, occurrences[target].Time, asOf));
                outcome = OutcomeNames.Worst(outcome, Judge.Completion(Judge.DeadlineBefore(calendar, occurrences[referring].Time, d), false, default, asOf));
            }

            return OutcomeNames.Worst(outcome, Judge.Completion(Judge.DeadlineEndOfDay(calendar, occurrences[anchor].Time), false, default, asOf));
        }

        Evaluate(); // warm up: first calls may initialise zone caches
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Evaluate();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.ShouldBe(Outcome.Violated);
        allocated.ShouldBe(0);
    }
}
