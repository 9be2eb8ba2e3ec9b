using System.Globalization;
using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.LanguageServer.Features;

/// <summary>Durations and requirements in words, following the time semantics of docs/design.md, with a
/// worked example so a lawyer can check the reading.</summary>
internal static class TimeWords
{
    private static readonly DateTime ExampleAnchor = new(2015, 1, 8, 15, 0, 0);
    private static readonly DateTime MonthExampleAnchor = new(2015, 1, 31, 15, 0, 0);

    public static string Zone(PackSymbol? pack) => pack?.TimeZoneId is { } zone ? $"the pack's time zone ({zone})" : "the pack's time zone";

    /// <summary>What a duration means on its own.</summary>
    public static string Duration(LegalDuration duration, PackSymbol? pack) => duration.Family switch
    {
        DurationFamily.Exact =>
            $"**{duration}** is an exact length of time: {Exact(duration)}. Counted from the very moment of the event "
            + $"(an event at 15:00 on 8 January, plus {duration}, gives {Format(ExampleAnchor + Span(duration))}).",
        DurationFamily.CalendarDays =>
            $"**{duration}** counts calendar days in {Zone(pack)}: the day of the event is not counted, and the period ends at "
            + $"the end (24:00) of the last day{(duration.Unit == DurationUnit.Weeks ? $" (1 week = 7 days, so {duration.CalendarDays} days)" : "")}. "
            + $"After an event on 8 January at 15:00, it ends at the end of {Day(ExampleAnchor.AddDays(duration.CalendarDays))}.",
        DurationFamily.CalendarMonths =>
            $"**{duration}** counts calendar months in {Zone(pack)}: the deadline keeps the day of the month and ends at the end (24:00) "
            + $"of that day. After an event on 8 January it ends at the end of {Day(ExampleAnchor.AddMonths(duration.Amount))}. "
            + MonthRounding(duration, pack),
    };

    private static string MonthRounding(LegalDuration duration, PackSymbol? pack)
    {
        var date = DateOnly.FromDateTime(MonthExampleAnchor);
        var calendar = pack?.MonthRounding ?? Runtime.MonthRounding.None;
        if (calendar == Runtime.MonthRounding.None)
            return "When that day does not exist (31 January + 1 month) the pack must say how to round with `round months up` or "
                + "`round months down`; this pack does not, so using months is error SG3003.";
        var result = new LegalCalendar(TimeZoneInfo.Utc, calendar).AddMonths(date, duration.Amount);
        return $"When that day does not exist, this pack rounds {(calendar == Runtime.MonthRounding.Up ? "up" : "down")} "
            + $"(`round months {(calendar == Runtime.MonthRounding.Up ? "up" : "down")}`): 31 January + {duration} ends at the end of "
            + $"{result.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.";
    }

    private static string Exact(LegalDuration duration) => duration.Unit == DurationUnit.Hours
        ? $"{duration.Amount} × 60 minutes"
        : $"{duration.Amount} × 60 seconds";

    private static TimeSpan Span(LegalDuration duration) => TimeSpan.FromTicks(duration.ExactTicks);

    private static string Format(DateTime time) => time.ToString("HH:mm 'on' d MMMM", CultureInfo.InvariantCulture);

    private static string Day(DateTime time) => time.ToString("d MMMM", CultureInfo.InvariantCulture);

    /// <summary>A bound requirement in words.</summary>
    public static string Requirement(BoundRequirement requirement, PackSymbol? pack) =>
        requirement.Match(deadline: d => Deadline(d, pack), count: Count, wait: Wait);

    private static string Wait(BoundWaitRequirement wait) =>
        $"**{wait.Describe()}**: {string.Join(" or ", wait.Targets.Select(t => $"`{t.Event.Name}`"))} may not happen earlier than "
        + $"{wait.Duration} after {(wait.Clock is { } clock ? clock.ToString() : $"`{wait.Anchor.Event.Name}`")}; earlier is a violation.";

    private static string Count(BoundCountRequirement count) =>
        $"**{count.Describe()}**: the case may record at most {count.Maximum} occurrence(s) of `{count.Target.Event.Name}`"
        + (count.Target.Filters.Count > 0 ? $" (counting only those where {string.Join(" and ", count.Target.Filters)})" : "")
        + $"; one more is a violation.";

    private static string Deadline(BoundDeadlineRequirement deadline, PackSymbol? pack)
    {
        var lines = new List<string> { $"**{deadline.Describe()}**" };
        var targets = string.Join(" or ", deadline.Targets.Select(t => $"`{t.Event.Name}`"));
        // With a clock, the anchor is its first instant's event; the limit runs from the clock's start.
        var anchor = deadline.Clock is { } clock ? $"the clock's start (`{clock}`)" : $"`{deadline.Anchor.Event.Name}`";
        var who = deadline.Targets.Count > 1 ? $"the earliest of {targets}" : targets;
        if (deadline.WorkingDays is { Counting: WorkingDayCounting.CountWorkingDays } counted && deadline.Duration is { } days)
            lines.Add($"{Capital(who)} must happen by the end (24:00) of the {Ordinal(days.Amount)} working day "
                + $"{(deadline.Timing == DeadlineKind.WithinAfter ? "after" : "before")} the day of {anchor}, in calendar "
                + $"`{counted.Calendar.Name}` and {Zone(pack)}: the day of {anchor} is not counted, nor are the weekend "
                + $"({string.Join(", ", counted.Calendar.Calendar.WeekendDays)}) and the calendar's holidays.");
        else lines.Add(deadline.Timing switch
        {
            DeadlineKind.WithinAfter => $"{Capital(who)} must happen at or before the deadline: {After(deadline.Duration!.Value, anchor, pack)}",
            DeadlineKind.NoLaterThanBefore => $"{Capital(who)} must happen at or before {Before(deadline.Duration!.Value, anchor, pack)}",
            DeadlineKind.ImmediatelyAfter => $"{Capital(who)} must happen by the end (24:00) of the calendar day of {anchor}, in {Zone(pack)} "
                + $"(after {anchor} on 8 January at 15:00, by the end of 8 January).",
            DeadlineKind.Before => $"{Capital(who)} must happen at or before the moment of {anchor}.",
        });
        lines.AddRange(LegalClock(deadline, targets));
        if (deadline.WorkingDays is { Counting: WorkingDayCounting.MoveToNextWorkingDay } moved)
            lines.Add($"Where that last day is not a working day in calendar `{moved.Calendar.Name}` (a weekend day or a holiday in force "
                + "on that date), the period ends at the end (24:00) of the next working day instead.");
        if (deadline.Each)
            lines.Add(deadline.PairByReference
                ? $"Each {anchor} is paired with the {targets} that refers to it; every pair is checked."
                : $"Each {anchor} is paired, in order, with the first unpaired {targets} at or after it; every pair is checked.");
        var filters = deadline.Targets.Where(t => t.Filters.Count > 0).Select(t => $"`{t}`")
            .Concat(deadline.Anchor.Filters.Count > 0 ? [$"`{deadline.Anchor}`"] : []).ToList();
        if (filters.Count > 0) lines.Add($"Only occurrences matching {string.Join(", ", filters)} count.");
        if (deadline.Timing != DeadlineKind.Before)
            lines.Add("If it has not happened: violated once the deadline has passed (as of the reference time), pending while it is still ahead.");
        lines.Add($"Not applicable when {anchor} is not recorded.");
        return string.Join("\n\n", lines);
    }

    /// <summary>The legal-clock parts of a deadline in words (docs/language.md, "Legal clocks"): where its clock starts,
    /// what extends it and up to what, and how it recurs.</summary>
    private static IEnumerable<string> LegalClock(BoundDeadlineRequirement deadline, string targets)
    {
        if (deadline.Clock is { } clock)
            yield return clock.Kind == ClockKind.Earliest
                ? $"The clock starts at the earliest of ({string.Join(", ", clock.Instants)}) that happened; the finding names the instant that decided it."
                : $"The clock starts at the latest of ({string.Join(", ", clock.Instants)}), once every one of them has happened; the finding names the instant that decided it.";
        foreach (var extension in deadline.Extensions)
            yield return (extension.FromAuthorisation
                    ? $"Extended to {extension.By} after `{extension.Authorisation}` (counted from that decision, once), if it comes before the limit in force runs out"
                    : $"Extended by {extension.By} on each `{extension.Authorisation}` that comes before the limit in force runs out")
                + (extension.Condition is null ? "." : ", and only when its condition holds.");
        if (deadline.Ceiling is { } ceiling)
            yield return $"No extension goes beyond {ceiling} after the clock's start.";
        if (deadline.Recurrence is { } recurrence)
            yield return $"After the first {targets}, each next one is due within {recurrence.Interval} of the previous one"
                + (recurrence.Ends.Count == 0 ? ", up to the reference time." : $", until the first of {string.Join(", ", recurrence.Ends.Select(e => $"`{e}`"))}; each late interval is reported.");
    }

    private static string After(LegalDuration d, string anchor, PackSymbol? pack) => d.Family switch
    {
        DurationFamily.Exact => $"exactly {d} after the moment of {anchor} (hours and minutes are exact: {anchor} at 15:00 on 8 January gives "
            + $"{Format(ExampleAnchor + Span(d))}).",
        DurationFamily.CalendarDays => $"the end (24:00) of the {Ordinal(d.CalendarDays)} calendar day after the day of {anchor}, in {Zone(pack)}; "
            + $"the day of {anchor} is not counted ({anchor} on 8 January at 15:00 gives the end of {Day(ExampleAnchor.AddDays(d.CalendarDays))}).",
        DurationFamily.CalendarMonths => $"the end (24:00) of the same day of the month {d} after {anchor}, in {Zone(pack)} ({anchor} on 8 January gives the end of "
            + $"{Day(ExampleAnchor.AddMonths(d.Amount))}). " + MonthRounding(d, pack),
    };

    private static string Before(LegalDuration d, string anchor, PackSymbol? pack) => d.Family switch
    {
        DurationFamily.Exact => $"exactly {d} before the moment of {anchor} ({anchor} at 15:00 on 8 January gives {Format(ExampleAnchor - Span(d))}).",
        DurationFamily.CalendarDays => $"the end (24:00) of the calendar day {d.CalendarDays} day(s) before the day of {anchor}, in {Zone(pack)} "
            + $"({anchor} on 8 January gives the end of {Day(ExampleAnchor.AddDays(-d.CalendarDays))}).",
        DurationFamily.CalendarMonths => $"the end (24:00) of the same day of the month {d} before {anchor}, in {Zone(pack)}. " + MonthRounding(d, pack),
    };

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Reads a duration written in the source (a number and a unit, or several: "1 day 12 hours" is the one
    /// period the language makes of them) when binding could not.</summary>
    public static LegalDuration? FromSyntax(DurationSyntax syntax)
    {
        if (syntax.CountsWorkingDays) return null; // no meaning on its own: the requirement's hover reads it, in its calendar
        var parts = new List<LegalDuration>();
        foreach (var part in syntax.Parts)
        {
            if (!int.TryParse(part.Number.Text, out var amount) || LanguageFacts.UnitOf(part.Unit.Kind) is not { } unit) return null;
            parts.Add(new LegalDuration(amount, unit));
        }
        return parts.Count > 0 && CompoundDuration.TryCombine(parts, out var combined) == CompoundDurationProblem.None ? combined : null;
    }
}
