using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime.Tests;

public class EventSelectionTests
{
    private static readonly EventOccurrence[] Complaints =
    [
        Occ("c1", "2009-01-08T10:00:00+06:00"),
        Occ("c2", "2009-01-09T10:00:00+06:00"),
        Occ("c3", "2009-01-12T10:00:00+06:00"),
    ];

    [Fact]
    public void Occurrences_after_the_reference_time_have_not_happened()
    {
        var asOf = T.Ticks("2009-01-10T00:00:00+06:00");
        EventSelection.Count(Complaints, asOf).ShouldBe(2);
        EventSelection.Happened(Complaints, asOf).ShouldBe(2);
        EventSelection.First(Complaints, asOf).ShouldBe(0);
        EventSelection.First(Complaints, T.Ticks("2009-01-08T09:59:59+06:00")).ShouldBe(-1);
        EventSelection.Count(Complaints, T.Ticks("2009-01-08T10:00:00+06:00")).ShouldBe(1);
        EventSelection.Count([], asOf).ShouldBe(0);
        EventSelection.First([], asOf).ShouldBe(-1);
    }

    [Fact]
    public void Pairing_in_order_takes_the_first_unpaired_target_at_or_after_each_anchor()
    {
        EventOccurrence[] replies =
        [
            Occ("r0", "2009-01-07T10:00:00+06:00"), // before every complaint: never paired
            Occ("r1", "2009-01-08T10:00:00+06:00"), // at the first complaint
            Occ("r2", "2009-01-13T10:00:00+06:00"),
        ];
        var asOf = T.Ticks("2010-01-01T00:00:00+06:00");
        Span<bool> used = stackalloc bool[replies.Length];

        var first = EventSelection.FirstAtOrAfter(replies, Complaints[0].Time.EarliestUtcTicks, asOf, used);
        first.ShouldBe(1);
        used[first] = true;
        var second = EventSelection.FirstAtOrAfter(replies, Complaints[1].Time.EarliestUtcTicks, asOf, used);
        second.ShouldBe(2);
        used[second] = true;
        EventSelection.FirstAtOrAfter(replies, Complaints[2].Time.EarliestUtcTicks, asOf, used).ShouldBe(-1);

        // As of 10 January the reply of the 13th has not happened yet.
        used.Clear();
        used[1] = true;
        EventSelection.FirstAtOrAfter(replies, Complaints[1].Time.EarliestUtcTicks, T.Ticks("2009-01-10T00:00:00+06:00"), used).ShouldBe(-1);
    }

    [Fact]
    public void Pairing_by_reference_finds_the_target_that_refers_to_the_anchor()
    {
        EventOccurrence[] replies =
        [
            Occ("r1", "2009-01-10T10:00:00+06:00", refersTo: 1),
            Occ("r2", "2009-01-11T10:00:00+06:00", refersTo: 0),
        ];
        var asOf = T.Ticks("2010-01-01T00:00:00+06:00");
        EventSelection.FirstReferring(replies, 0, asOf).ShouldBe(1);
        EventSelection.FirstReferring(replies, 1, asOf).ShouldBe(0);
        EventSelection.FirstReferring(replies, 2, asOf).ShouldBe(-1);
        EventSelection.FirstReferring(replies, 0, T.Ticks("2009-01-10T12:00:00+06:00")).ShouldBe(-1);
    }

    private static EventOccurrence Occ(string id, string time, int refersTo = -1) =>
        new(id, T.At(time), false, refersTo, []);
}
