using Safeguards.Runtime;
using static Safeguards.Evaluation.Tests.Packs;

namespace Safeguards.Evaluation.Tests;

/// <summary>Months with rounding, and days in a zone with daylight saving time.</summary>
public class TimeCountingTests
{
    private const string Later = "2030-01-01T00:00:00+06:00";

    private static string MonthsPack(string rounding) => $$"""
        pack t.monthly "Months"
          jurisdiction KZ
          time zone "Asia/Almaty"
          round months {{rounding}}
        source LAW "Law"
        article LAW 1 "One"
        case det "A case"
          event complaint "complaint"
          event opened "opened"
        safeguard M1 "Opened within 1 month"
          cites LAW article 1
          applies to det
          requires opened within 1 month after complaint
        safeguard M2 "Opened within 2 months"
          cites LAW article 1
          applies to det
          requires opened within 2 months after complaint
        """;

    private static readonly Interpreter Down = Interpret(MonthsPack("down"));
    private static readonly Interpreter Up = Interpret(MonthsPack("up"));

    private static string Case(string complaint, string? opened = null) =>
        Json("", opened is null ? [Ev("complaint", complaint)] : [Ev("complaint", complaint), Ev("opened", opened)]);

    [Theory]
    [InlineData("down", "2009-01-31T10:00:00+06:00", "2009-03-01T00:00:00+06:00")] // 28 February 2009, to its end
    [InlineData("up", "2009-01-31T10:00:00+06:00", "2009-03-02T00:00:00+06:00")]   // 1 March 2009, to its end
    [InlineData("down", "2012-01-31T10:00:00+06:00", "2012-03-01T00:00:00+06:00")] // 29 February 2012 (leap year)
    [InlineData("up", "2012-01-31T10:00:00+06:00", "2012-03-02T00:00:00+06:00")]
    [InlineData("down", "2012-01-29T10:00:00+06:00", "2012-03-01T00:00:00+06:00")] // the day exists: no rounding
    [InlineData("up", "2009-01-15T10:00:00+06:00", "2009-02-16T00:00:00+06:00")]
    [InlineData("down", "2009-12-31T23:00:00+06:00", "2010-02-01T00:00:00+06:00")] // 31 January exists
    public void One_month_keeps_the_day_and_rounds_by_the_pack(string rounding, string complaint, string deadline)
    {
        var pack = rounding == "down" ? Down : Up;
        var finding = Finding(pack, Case(complaint), "2009-01-01T00:00:00+06:00", "M1");
        finding.Outcome.ShouldBe(Runtime.Outcome.NotApplicable); // before the complaint
        var pending = Finding(pack, Case(complaint), complaint, "M1");
        pending.Outcome.ShouldBe(Runtime.Outcome.Pending);
        pending.Evidence.Deadline.ShouldBe(EndOfDayBefore(deadline));
        Outcome(pack, Case(complaint, new DateTimeOffset(At(deadline) - TimeSpan.TicksPerMinute, TimeSpan.Zero).ToString("O")), Later, "M1")
            .ShouldBe(Runtime.Outcome.Satisfied);
        Outcome(pack, Case(complaint, deadline), Later, "M1").ShouldBe(Runtime.Outcome.Violated);
    }

    [Fact]
    public void Two_months_from_31_December()
    {
        Finding(Down, Case("2009-12-31T12:00:00+06:00"), "2009-12-31T12:00:00+06:00", "M2").Evidence.Deadline
            .ShouldBe(EndOfDayBefore("2010-03-01T00:00:00+06:00")); // end of 28 February 2010
        Finding(Up, Case("2009-12-31T12:00:00+06:00"), "2009-12-31T12:00:00+06:00", "M2").Evidence.Deadline
            .ShouldBe(EndOfDayBefore("2010-03-02T00:00:00+06:00")); // end of 1 March 2010
        // An act on 1 March 2010 at noon is late when rounding down, in time when rounding up.
        Outcome(Down, Case("2009-12-31T12:00:00+06:00", "2010-03-01T12:00:00+06:00"), Later, "M2").ShouldBe(Runtime.Outcome.Violated);
        Outcome(Up, Case("2009-12-31T12:00:00+06:00", "2010-03-01T12:00:00+06:00"), Later, "M2").ShouldBe(Runtime.Outcome.Satisfied);
    }

    private static readonly Interpreter Berlin = Interpret("""
        pack t.berlin "Berlin"
          jurisdiction DE
          time zone "Europe/Berlin"
        source LAW "Law"
        article LAW 1 "One"
        case det "A case"
          event apprehended "apprehended"
          event released "released"
        safeguard D1 "Released within 1 day"
          cites LAW article 1
          applies to det
          requires released within 1 day after apprehended
        safeguard H24 "Released within 24 hours"
          cites LAW article 1
          applies to det
          requires released within 24 hours after apprehended
        safeguard IMM "Released immediately"
          cites LAW article 1
          applies to det
          requires released immediately after apprehended
        """);

    [Theory]
    // Clocks go forward at 02:00 on 29 March 2015: the 29th has 23 hours and ends just before 00:00+02:00 on the 30th.
    [InlineData("2015-03-28T10:00:00+01:00", "2015-03-29T23:59:00+02:00", Runtime.Outcome.Satisfied)]
    [InlineData("2015-03-28T10:00:00+01:00", "2015-03-30T00:00:00+02:00", Runtime.Outcome.Violated)]
    [InlineData("2015-03-28T10:00:00+01:00", "2015-03-30T00:01:00+02:00", Runtime.Outcome.Violated)]
    [InlineData("2015-03-28T10:00:00+01:00", "2015-03-30T00:30:00+02:00", Runtime.Outcome.Violated)] // before 00:00+01:00, still late
    [InlineData("2015-03-28T10:00:00+01:00", "2015-03-29", Runtime.Outcome.Satisfied)]
    // Clocks go back at 03:00 on 25 October 2015: the 25th has 25 hours and ends just before 00:00+01:00 on the 26th.
    [InlineData("2015-10-24T10:00:00+02:00", "2015-10-25T23:30:00+01:00", Runtime.Outcome.Satisfied)] // after 00:00+02:00, still in time
    [InlineData("2015-10-24T10:00:00+02:00", "2015-10-26T00:00:00+01:00", Runtime.Outcome.Violated)]
    [InlineData("2015-10-24T10:00:00+02:00", "2015-10-26T00:01:00+01:00", Runtime.Outcome.Violated)]
    public void Days_end_at_local_midnight_across_daylight_saving(string apprehended, string released, Outcome expected) =>
        Outcome(Berlin, Json("", Ev("apprehended", apprehended), Ev("released", released)), Later, "D1").ShouldBe(expected);

    [Theory]
    [InlineData("2015-03-28T10:00:00+01:00", "2015-03-29T11:00:00+02:00", Runtime.Outcome.Satisfied)] // 24 real hours
    [InlineData("2015-03-28T10:00:00+01:00", "2015-03-29T11:01:00+02:00", Runtime.Outcome.Violated)]
    [InlineData("2015-10-24T10:00:00+02:00", "2015-10-25T09:00:00+01:00", Runtime.Outcome.Satisfied)]
    [InlineData("2015-10-24T10:00:00+02:00", "2015-10-25T09:01:00+01:00", Runtime.Outcome.Violated)]
    public void Hours_are_exact_across_daylight_saving(string apprehended, string released, Outcome expected) =>
        Outcome(Berlin, Json("", Ev("apprehended", apprehended), Ev("released", released)), Later, "H24").ShouldBe(expected);

    [Fact]
    public void A_date_in_a_daylight_saving_zone_is_the_whole_local_day()
    {
        var record = Packs.Case(Berlin, Json("", Ev("apprehended", "2015-03-29")));
        var time = record.EventsByType[0][0].Time;
        time.EarliestUtcTicks.ShouldBe(At("2015-03-29T00:00:00+01:00"));
        time.LatestUtcTicks.ShouldBe(At("2015-03-30T00:00:00+02:00") - 1);
        (time.LatestUtcTicks + 1 - time.EarliestUtcTicks).ShouldBe(23 * TimeSpan.TicksPerHour);
        // Immediately after an apprehension on the 29th: the deadline is the end of the 29th whatever the hour.
        var finding = Finding(Berlin, Json("", Ev("apprehended", "2015-03-29")), "2015-03-29T01:00:00+01:00", "IMM");
        finding.Outcome.ShouldBe(Runtime.Outcome.Pending);
        finding.Evidence.Deadline.ShouldBe(EndOfDayBefore("2015-03-30T00:00:00+02:00"));
    }
}
