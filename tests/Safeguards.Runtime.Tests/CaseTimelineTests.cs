using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime.Tests;

/// <summary>The compact layout compiled rules read (<see cref="CaseTimeline"/>): what it records, and
/// that a case kept only as a timeline gives back exactly the facts and occurrences it was built from.</summary>
public class CaseTimelineTests
{
    private static readonly PackSchema Schema = TestSchema.Detention();

    // apprehended, registered, complaint, reply, released; facts kind, alleges_torture, age, name, arrest_date
    private static EventOccurrence[][] SimpleEvents() =>
    [
        [new EventOccurrence(null, T.At("2009-01-08T14:30:00+06:00"), false, -1, [], 2)],
        [new EventOccurrence(null, T.Range("2009-01-08T00:00:00+06:00", "2009-01-08T23:59:59+06:00"), false, -1, [], 0)],
        [new EventOccurrence(null, T.At("2009-01-09T09:00:00+06:00"), false, -1, [-1], 1)],
        [],
        [new EventOccurrence(null, TimeRange.Unbounded, true, -1, [], 3)],
    ];

    private static FactValue[] SimpleFacts() =>
        [FactValue.FromEnum(1), FactValue.FromBoolean(true), FactValue.FromNumber(-19), FactValue.Missing, FactValue.FromDate(new DateOnly(2009, 1, 8))];

    [Fact]
    public void Lays_out_first_occurrences_facts_and_source_positions()
    {
        var record = new CaseRecord("c", "detention", 0, SimpleFacts(), SimpleEvents());
        var h = record.Timeline;
        h.Length.ShouldBe(CaseTimeline.Length(5, 5));
        h[0].ShouldBe(T.Ticks("2009-01-08T14:30:00+06:00"));
        h[1].ShouldBe(T.Ticks("2009-01-08T14:30:00+06:00"));
        h[2].ShouldBe(T.Ticks("2009-01-08T00:00:00+06:00"));
        h[3].ShouldBe(T.Ticks("2009-01-08T23:59:59+06:00"));
        (h[6], h[7]).ShouldBe((CaseTimeline.None, CaseTimeline.None)); // no reply
        h[8].ShouldBe(CaseTimeline.Unknown); // released, time unknown: happened, when is not known
        h[CaseTimeline.FactsOffset(5) + 0].ShouldBe(1); // enumeration index
        h[CaseTimeline.FactsOffset(5) + 2].ShouldBe(-19);
        h[CaseTimeline.FactsOffset(5) + 4].ShouldBe(new DateOnly(2009, 1, 8).DayNumber);
        var (word, shift) = CaseTimeline.KindSlot(5, 5, 3);
        ((h[word] >> shift) & 15).ShouldBe(0); // name: missing
        (word, shift) = CaseTimeline.KindSlot(5, 5, 1);
        ((h[word] >> shift) & 15).ShouldBe(1 + (int)FactType.Boolean);
    }

    [Fact]
    public void A_case_kept_as_a_timeline_gives_back_the_same_facts_and_occurrences()
    {
        var events = SimpleEvents();
        var facts = SimpleFacts();
        CaseTimeline.HoldsEverything(facts, events).ShouldBeTrue();
        var record = new CaseRecord("c", "detention", 0, SimpleFacts(), SimpleEvents());

        for (var f = 0; f < facts.Length; f++)
        {
            Describe(record.Fact(f)).ShouldBe(Describe(facts[f]), $"fact {f}");
        }

        record.Facts.Select(Describe).ShouldBe(facts.Select(Describe));
        var rebuilt = record.EventsByType;
        rebuilt.Length.ShouldBe(events.Length);
        for (var t = 0; t < events.Length; t++)
        {
            rebuilt[t].Select(Describe).ShouldBe(events[t].Select(Describe), $"event type {t}");
        }

        record.EventsByType.ShouldBeSameAs(rebuilt, "rebuilt once, then kept");
        rebuilt[2][0].Attribute(0).ShouldBe(-1);
    }

    [Theory]
    [InlineData("a second occurrence of a type")]
    [InlineData("an event id")]
    [InlineData("a reference")]
    [InlineData("an attribute value")]
    [InlineData("a text fact")]
    public void Cases_the_timeline_cannot_hold_keep_their_arrays(string what)
    {
        var events = SimpleEvents();
        var facts = SimpleFacts();
        var complaint = events[2][0];
        switch (what)
        {
            case "a second occurrence of a type":
                events[2] = [complaint, new EventOccurrence(null, T.At("2009-01-10T09:00:00+06:00"), false, -1, [0], 4)];
                break;
            case "an event id":
                events[2] = [new EventOccurrence("c1", complaint.Time, false, -1, [-1], 1)];
                break;
            case "a reference":
                events[3] = [new EventOccurrence(null, T.At("2009-01-11T09:00:00+06:00"), false, 0, [], 4)];
                break;
            case "an attribute value":
                events[2] = [new EventOccurrence(null, complaint.Time, false, -1, [1], 1)];
                break;
            default:
                facts[3] = FactValue.FromText("B.");
                break;
        }

        CaseTimeline.HoldsEverything(facts, events).ShouldBeFalse();
        var record = new CaseRecord("c", "detention", 0, facts, events);
        record.EventsByType.ShouldBeSameAs(events);
        record.Facts.ShouldBeSameAs(facts);
        record.Timeline[4].ShouldBe(complaint.Time.EarliestUtcTicks, "the timeline still has each type's first occurrence");
    }

    [Fact]
    public void Compiled_rules_refuse_a_record_of_another_shape_and_pass_one_of_another_schema()
    {
        var wrong = new CaseRecord("hand-made", "detention", 0, [FactValue.Missing], SimpleEvents());
        var error = Should.Throw<ArgumentException>(() => Schema.RequireShape(wrong));
        error.Message.ShouldContain("case hand-made: case schema 'detention' has 5 event type(s) and 5 fact(s); the record has 5 and 1");

        Schema.RequireShape(new CaseRecord("right", "detention", 0, SimpleFacts(), SimpleEvents()));
        Schema.RequireShape(new CaseRecord("elsewhere", "other", 7, [], []));
    }

    private static string Describe(FactValue v) =>
        !v.IsPresent ? "missing" : v.Type switch
        {
            FactType.Boolean => $"boolean {v.Boolean}",
            FactType.Number => $"number {v.Number}",
            FactType.Enumeration => $"enum {v.EnumIndex}",
            FactType.Date => $"date {v.Date:O}",
            _ => $"text {v.Text}",
        };

    private static string Describe(EventOccurrence o) =>
        $"{o.Id}|{o.Time}|{o.TimeUnknown}|{o.RefersToOccurrence}|{o.SourceIndex}|{string.Join(',', o.AttributeValues.Where(a => a >= 0))}";
}
