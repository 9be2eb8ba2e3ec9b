namespace Safeguards.Runtime.Tests;

/// <summary>The relative forms of an event's time and "happened": "not known" (docs/case-data.md), as the reader
/// reads them: every form into the ranges and differences it means, every malformed form into an error with line and path.</summary>
public class RelativeTimeReaderTests
{
    private const long Hour = TimeSpan.TicksPerHour;

    private readonly CaseReader reader = new(TestSchema.Detention());

    private CaseRecord Read(string apprehended, string registered, string extra = "")
    {
        var json = $$"""
            {"id": "r", "schema": "detention", "events": [
              {"id": "a1", "type": "apprehended", "time": {{apprehended}}},
              {"id": "r1", "type": "registered", "time": {{registered}}}{{extra}}
            ]}
            """;
        var record = reader.ReadOne(json, "r.json", out var errors);
        errors.ShouldBeEmpty();
        return record!;
    }

    private static TimeRange Day(string date) => new(T.Ticks(date + "T00:00:00+06:00"), T.LastTickOf(date + "T23:59:59+06:00"));

    private static TimeRange Registered(CaseRecord record) => record.EventsByType[1].ShouldHaveSingleItem().Time;

    private static (long Min, long Max) Held(CaseRecord record) => record.Network!.DifferenceBounds(0, 0, 1, 0);

    [Fact]
    public void An_exact_offset_from_a_date_fixes_the_difference_and_shifts_the_range()
    {
        // "R.O. was held for 17 hours in unregistered ... detention" (seed 001, line 1296); the day is known, not the hour.
        var record = Read("\"2011-12-14\"", """{"after": "a1", "by": "17 hours"}""");
        Held(record).ShouldBe((17 * Hour, 17 * Hour));
        var day = Day("2011-12-14");
        Registered(record).ShouldBe(new TimeRange(day.EarliestUtcTicks + (17 * Hour), day.LatestUtcTicks + (17 * Hour)));
        Registered(record).ShouldNotBe(TimeRange.Unbounded);
        record.EventsByType[1][0].TimeUnknown.ShouldBeFalse();
        var relation = record.Network!.Relations.ShouldHaveSingleItem();
        relation.ShouldSatisfyAllConditions(
            r => r.Kind.ShouldBe(TimeRelationKind.After),
            r => r.DurationGiven.ShouldBeTrue(),
            r => r.Event.ShouldBe(1),
            r => r.Anchor.ShouldBe(0),
            r => r.JsonPath.ShouldBe("$.events[1].time.after"),
            r => r.Line.ShouldBe(3));
        record.Network.RelationsLinking(0, 1).ShouldBe([relation]);
    }

    [Fact]
    public void Bounds_on_the_duration()
    {
        Held(Read("\"2011-12-14T09:00:00+06:00\"", """{"after": "a1", "by": {"atLeast": "24 hours"}}""")).ShouldBe((24 * Hour, long.MaxValue));
        var between = Read("\"2011-12-14T09:00:00+06:00\"", """{"after": "a1", "by": {"atLeast": "1 day", "atMost": "2 days"}}""");
        Held(between).ShouldBe((24 * Hour, 48 * Hour));
        Registered(between).ShouldBe(T.Range("2011-12-15T09:00:00+06:00", "2011-12-16T09:00:00+06:00"));
        Held(Read("\"2011-12-14T09:00:00+06:00\"", """{"after": "a1", "by": {"atMost": "3 hours"}}""")).ShouldBe((0, 3 * Hour));
        Held(Read("\"2011-12-14T09:00:00+06:00\"", """{"after": "a1", "by": "30 minutes"}""")).ShouldBe((30 * TimeSpan.TicksPerMinute, 30 * TimeSpan.TicksPerMinute));
        Held(Read("\"2011-12-14T09:00:00+06:00\"", """{"after": "a1", "by": "1 week"}""")).ShouldBe((7 * 24 * Hour, 7 * 24 * Hour));
    }

    [Fact]
    public void After_and_before_alone_are_strict_orderings()
    {
        var after = Read("\"2011-12-14T09:00:00+06:00\"", """{"after": "a1"}""");
        Held(after).ShouldBe((1, long.MaxValue));
        Registered(after).EarliestUtcTicks.ShouldBe(T.Ticks("2011-12-14T09:00:00+06:00") + 1);

        // The apprehension is placed before the registration, which has the time.
        var before = Read("""{"before": "r1"}""", "\"2011-12-14T09:00:00+06:00\"");
        Held(before).ShouldBe((1, long.MaxValue));
        before.EventsByType[0][0].Time.LatestUtcTicks.ShouldBe(T.Ticks("2011-12-14T09:00:00+06:00") - 1);
        Held(Read("""{"before": "r1", "by": "17 hours"}""", "\"2011-12-15T02:00:00+06:00\"")).ShouldBe((17 * Hour, 17 * Hour));
        Read("""{"before": "r1", "by": "17 hours"}""", "\"2011-12-15T02:00:00+06:00\"").EventsByType[0][0].Time
            .ShouldBe(T.At("2011-12-14T09:00:00+06:00"));
    }

    [Fact]
    public void The_day_after_and_the_same_day_are_local_days_of_the_pack_zone()
    {
        // "... a lawyer the following day" (seed 001, line 1212): the whole next local day, whatever the hour.
        var next = Read("\"2011-12-14T22:00:00+06:00\"", """{"dayAfter": "a1"}""");
        Registered(next).ShouldBe(Day("2011-12-15"));
        Held(next).ShouldBe((2 * Hour, (26 * Hour) - 1));

        var same = Read("\"2011-12-14T09:00:00+06:00\"", """{"sameDayAs": "a1"}""");
        Registered(same).ShouldBe(Day("2011-12-14"));
        Held(same).ShouldBe((-9 * Hour, (15 * Hour) - 1));

        // With dates only: the next day, and at most two days apart less a tick.
        var dates = Read("\"2011-12-14\"", """{"dayAfter": "a1"}""");
        Registered(dates).ShouldBe(Day("2011-12-15"));
        Held(dates).ShouldBe((1, (48 * Hour) - 1));
    }

    [Fact]
    public void The_same_moment_makes_two_events_one_time()
    {
        // "the case was opened in October 2011 by the Financial Police": one act, two events, the month only.
        var record = Read("\"2011-10\"", """{"sameMomentAs": "a1"}""");
        Held(record).ShouldBe((0, 0));
        Registered(record).ShouldBe(record.EventsByType[0][0].Time);
    }

    [Fact]
    public void A_relation_with_an_absolute_time_or_bounds_narrows_both_events()
    {
        // Registered 17 hours after an apprehension of unknown time, on the 15th: the apprehension was on the 14th or 15th.
        var record = Read("\"unknown\"", """{"after": "a1", "by": "17 hours", "at": "2011-12-15"}""");
        var apprehended = record.EventsByType[0][0];
        apprehended.TimeUnknown.ShouldBeFalse();
        var day = Day("2011-12-15");
        apprehended.Time.ShouldBe(new TimeRange(day.EarliestUtcTicks - (17 * Hour), day.LatestUtcTicks - (17 * Hour)));

        var bounded = Read("\"2011-12-14\"", """{"after": "a1", "latest": "2011-12-14T12:00:00+06:00"}""");
        Registered(bounded).ShouldBe(new TimeRange(Day("2011-12-14").EarliestUtcTicks + 1, T.Ticks("2011-12-14T12:00:00+06:00")));
        bounded.EventsByType[0][0].Time.LatestUtcTicks.ShouldBe(T.Ticks("2011-12-14T12:00:00+06:00") - 1);

        Registered(Read("\"2011-12-14\"", """{"after": "a1", "earliest": "2011-12-14T20:00:00+06:00"}"""))
            .ShouldBe(new TimeRange(T.Ticks("2011-12-14T20:00:00+06:00"), DateTime.MaxValue.Ticks));
    }

    [Fact]
    public void An_unknown_anchor_keeps_both_times_unknown_but_the_difference_known()
    {
        var record = Read("\"unknown\"", """{"after": "a1", "by": "17 hours"}""");
        record.EventsByType[0][0].TimeUnknown.ShouldBeTrue();
        record.EventsByType[1][0].TimeUnknown.ShouldBeTrue();
        Held(record).ShouldBe((17 * Hour, 17 * Hour));
    }

    [Fact]
    public void Occurrences_sort_by_their_tightened_times()
    {
        var record = Read("\"2011-12-14T09:00:00+06:00\"", "\"2011-12-14T10:00:00+06:00\"",
            """, {"id": "r0", "type": "registered", "time": {"before": "a1", "by": "1 hour"}}""");
        record.EventsByType[1].Select(o => o.Id).ShouldBe(["r0", "r1"]);
        record.EventsByType[1][0].Time.ShouldBe(T.At("2011-12-14T08:00:00+06:00"));
        record.Network!.DifferenceBounds(1, 0, 1, 1).ShouldBe((2 * Hour, 2 * Hour));
    }

    [Fact]
    public void Not_known_whether_is_kept_apart_from_absent_and_from_an_unknown_time()
    {
        // "an investigation may have taken place" (seed 001, line 1393).
        var record = Read("\"2011-12-14\"", "\"unknown\"", """, {"type": "released", "time": "2011-12", "happened": "not known"}""");
        var released = record.EventsByType[4].ShouldHaveSingleItem();
        released.HappenedNotKnown.ShouldBeTrue();
        released.TimeUnknown.ShouldBeFalse();
        record.EventsByType[1][0].HappenedNotKnown.ShouldBeFalse();
        record.EventsByType[1][0].TimeUnknown.ShouldBeTrue();
        record.Network.ShouldNotBeNull().HasNotKnownWhether.ShouldBeTrue();
        record.Network.Relations.ShouldBeEmpty();
        record.Network.NotKnownWhether(4, 0).ShouldBeTrue();
        record.Network.NotKnownWhether(0, 0).ShouldBeFalse();
        Read("\"2011-12-14\"", "\"2011-12-15\"", """, {"type": "released", "time": "unknown", "happened": true}""").Network.ShouldBeNull();
    }

    [Fact]
    public void An_uncertain_event_narrows_no_other_event()
    {
        // If the registration did not happen, its relation says nothing about the apprehension.
        var uncertain = reader.ReadOne("""
            {"id": "u", "schema": "detention", "events": [
              {"id": "a1", "type": "apprehended", "time": "2011-12"},
              {"type": "registered", "time": {"after": "a1", "by": "17 hours", "at": "2011-12-20T10:00:00+06:00"}, "happened": "not known"}
            ]}
            """, "u.json", out var errors)!;
        errors.ShouldBeEmpty();
        uncertain.EventsByType[0][0].Time.ShouldBe(new TimeRange(Day("2011-12-01").EarliestUtcTicks, Day("2011-12-31").LatestUtcTicks));
        uncertain.EventsByType[1][0].Time.ShouldBe(T.At("2011-12-20T10:00:00+06:00"));
        uncertain.Network!.DifferenceBounds(0, 0, 1, 0).ShouldBe((17 * Hour, 17 * Hour));
    }

    [Fact]
    public void A_record_with_only_absolute_times_has_no_network()
    {
        Read("\"2011-12-14\"", "\"2011-12-15T10:00:00+06:00\"").Network.ShouldBeNull();
        Read("\"2011-12-14\"", """{"earliest": "2011-12-14", "latest": "2011-12-15"}""").Network.ShouldBeNull();
        Read("\"2011-12-14\"", """{"at": "2011-12-15"}""").Network.ShouldBeNull();
    }

    [Fact]
    public void The_day_relations_read_in_each_zone_of_a_pack_set()
    {
        var cases = TestSchema.Detention().Cases;
        var pack = new PackSchema("kz.detention", "Asia/Almaty", cases, MonthRounding.Down, ["Europe/Berlin"]);
        var record = new CaseReader(pack).ReadOne("""
            {"id": "z", "schema": "detention", "events": [
              {"id": "a1", "type": "apprehended", "time": "2011-12-14T22:00:00+06:00"},
              {"type": "registered", "time": {"dayAfter": "a1"}}
            ]}
            """, "z.json", out var errors)!;
        errors.ShouldBeEmpty();
        record.EventsByType[1][0].Time.ShouldBe(Day("2011-12-15"));
        // 22:00 in Almaty is 17:00 in Berlin, still the 14th there: the day after is the 15th of Berlin.
        record.InZone(1).EventsByType[1][0].Time.ShouldBe(T.Range("2011-12-15T00:00:00+01:00", "2011-12-15T23:59:59.9999999+01:00"));
    }

    [Theory]
    [InlineData("""{"after": "zz"}""", 3, "$.events[1].time.after", "unknown event id 'zz'; a relative time names the \"id\" of another event of this case")]
    [InlineData("""{"after": "r1"}""", 3, "$.events[1].time.after", "an event's time cannot be relative to the event itself")]
    [InlineData("""{"after": 1}""", 3, "$.events[1].time.after", "expected the id of another event of this case, found a number")]
    [InlineData("""{"sameDayAs": ""}""", 3, "$.events[1].time.sameDayAs", "expected the id of another event of this case, found an empty string")]
    [InlineData("""{"after": "a1", "by": "17 hrs"}""", 3, "$.events[1].time.by", RelativeDuration.Expectation)]
    [InlineData("""{"after": "a1", "by": "1.5 hours"}""", 3, "$.events[1].time.by", RelativeDuration.Expectation)]
    [InlineData("""{"after": "a1", "by": 17}""", 3, "$.events[1].time.by", RelativeDuration.Expectation + ", or {\"atLeast\": ..., \"atMost\": ...}; found a number")]
    [InlineData("""{"after": "a1", "by": "2 months"}""", 3, "$.events[1].time.by", "months and years are not a fixed length; give the duration in days or weeks, or the times as dates")]
    [InlineData("""{"after": "a1", "by": "99999999 weeks"}""", 3, "$.events[1].time.by", "the duration is longer than 100 years")]
    [InlineData("""{"after": "a1", "by": {"atLeast": "2 days", "atMost": "1 day"}}""", 3, "$.events[1].time.by", "\"atMost\" is shorter than \"atLeast\"")]
    [InlineData("""{"after": "a1", "by": {}}""", 3, "$.events[1].time.by", "\"by\" bounds need \"atLeast\", \"atMost\" or both")]
    [InlineData("""{"after": "a1", "by": {"min": "1 day"}}""", 3, "$.events[1].time.by.min", "unknown property 'min'; \"by\" bounds have: atLeast, atMost")]
    [InlineData("""{"after": "a1", "by": {"atLeast": 3}}""", 3, "$.events[1].time.by.atLeast", RelativeDuration.Expectation + "; found a number")]
    [InlineData("""{"by": "17 hours"}""", 3, "$.events[1].time.by", "\"by\" gives the duration of an \"after\" or \"before\"; add one (\"after\": the id of the earlier event)")]
    [InlineData("""{"after": "a1", "before": "a1", "by": "1 hour"}""", 3, "$.events[1].time.by", "\"by\" gives the duration of one \"after\" or \"before\"; with both, say which by writing one of them as the other event's time")]
    [InlineData("""{"after": "a1", "at": "2011-12-15", "latest": "2011-12-16"}""", 3, "$.events[1].time", "give either \"at\" or \"earliest\"/\"latest\", not both")]
    [InlineData("""{"after": "a1", "at": "unknown"}""", 3, "$.events[1].time.at", "\"at\" must be a time; leave it out when only the relation to another event is known")]
    [InlineData("""{"after": "a1", "after": "a1"}""", 3, "$.events[1].time.after", "the property is given twice")]
    [InlineData("""{"after": "a1", "earliest": "2011-12-16", "latest": "2011-12-15"}""", 3, "$.events[1].time", "the interval's latest time precedes its earliest time")]
    [InlineData("""{"after": "a1", "when": "later"}""", 3, "$.events[1].time.when", "unknown property 'when'; a time object has: earliest, latest, at, after, before, by, sameMomentAs, sameDayAs, dayAfter")]
    public void Malformed_relative_times(string registered, int line, string path, string message) =>
        SingleError("\"2011-12-14T09:00:00+06:00\"", registered, "", line, path, message);

    [Theory]
    [InlineData("false", "an event that did not happen is left out of the case; \"happened\" is \"not known\" when the report does not say whether it did")]
    [InlineData("\"maybe\"", "expected \"not known\" (the report does not say whether the event happened) or true; found another string")]
    [InlineData("0", "expected \"not known\" (the report does not say whether the event happened) or true; found a number")]
    public void Malformed_happened(string value, string message) =>
        SingleError("\"2011-12-14\"", "\"2011-12-15\"", $$""", {"type": "released", "time": "unknown", "happened": {{value}}}""", 3, "$.events[2].happened", message);

    [Fact]
    public void Constraints_that_cannot_all_hold_are_named_by_where_they_are_written()
    {
        SingleError("\"2011-12-14T09:00:00+06:00\"", """{"after": "a1", "by": "17 hours", "at": "2011-12-14T10:00:00+06:00"}""", "", 2, "$.events",
            "the event times cannot all hold; these conflict: $.events[0].time ('a1' (apprehended): its stated time); "
            + "$.events[1].time ('r1' (registered): its stated time); $.events[1].time.after ('r1' (registered) after 'a1' (apprehended) by the duration given)");
        // Through a day: the registration is said to be the day after, and on the same day.
        SingleError("\"2011-12-14\"", """{"dayAfter": "a1", "at": "2011-12-14T20:00:00+06:00"}""", "", 2, "$.events",
            "the event times cannot all hold; these conflict: $.events[0].time ('a1' (apprehended): its stated time); $.events[1].time ('r1' (registered): its stated time); $.events[1].time.dayAfter ('r1' (registered) on the day after 'a1' (apprehended))");
        // A cycle of orderings with no time at all.
        SingleError("""{"after": "r1"}""", """{"after": "a1"}""", "", 2, "$.events",
            "the event times cannot all hold; these conflict: $.events[0].time.after ('a1' (apprehended) after 'r1' (registered)); "
            + "$.events[1].time.after ('r1' (registered) after 'a1' (apprehended))");
    }

    [Fact]
    public void A_record_in_conflict_does_not_stop_the_batch()
    {
        var lines = """
            {"id": "bad", "schema": "detention", "events": [{"id": "a1", "type": "apprehended", "time": {"after": "r1"}}, {"id": "r1", "type": "registered", "time": {"after": "a1"}}]}
            {"id": "good", "schema": "detention", "events": [{"id": "a1", "type": "apprehended", "time": "2011-12-14"}, {"type": "registered", "time": {"after": "a1", "by": "17 hours"}}]}
            """;
        var results = reader.ReadJsonLines(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(lines)), "b.jsonl").ToList();
        results.Count.ShouldBe(2);
        results[0].Record.ShouldBeNull();
        results[0].Error!.ShouldSatisfyAllConditions(e => e.Line.ShouldBe(1), e => e.JsonPath.ShouldBe("$.events"), e => e.CaseId.ShouldBe("bad"));
        results[1].Record!.Network!.DifferenceBounds(0, 0, 1, 0).ShouldBe((17 * Hour, 17 * Hour));
    }

    private void SingleError(string apprehended, string registered, string extra, int line, string path, string message)
    {
        var json = $$"""
            {"id": "r", "schema": "detention", "events": [
              {"id": "a1", "type": "apprehended", "time": {{apprehended}}},
              {"id": "r1", "type": "registered", "time": {{registered}}}{{extra}}
            ]}
            """;
        reader.ShouldBeSingleError(json, line, path, message);
    }
}
