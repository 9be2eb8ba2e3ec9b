using System.Globalization;
using System.Text;
using Safeguards.Language.Syntax;
using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Compiler.Tests;

/// <summary>Random cases built from a pack's case schemas, aimed at the places where verdicts change: events
/// exactly at a safeguard's deadline and one minute either side, missing events, unknown times, dates, months and
/// intervals that straddle deadlines, repeated events with and without <c>refers</c>, every fact value or none, and
/// both sides of every in-force date.</summary>
public sealed class CaseGenerator
{
    private readonly PackPlan model;
    private readonly Random random;
    private readonly TimeZoneInfo zone;
    private readonly long[] boundaries;
    private static readonly TimeSpan[] Offsets = [TimeSpan.FromHours(6), TimeSpan.Zero, TimeSpan.FromHours(5), TimeSpan.FromHours(-3)];

    public CaseGenerator(PackPlan model, int seed)
    {
        this.model = model;
        random = new Random(seed);
        zone = model.Schema.Zone;
        boundaries = [.. model.Safeguards.SelectMany(s => new[] { s.InForceFromUtcTicks, s.InForceUntilUtcTicks })
            .Where(t => t != long.MinValue && t != long.MaxValue).Distinct().Order()];
    }

    private abstract record Time;
    private sealed record Instant(long Ticks) : Time;
    private sealed record Day(DateOnly Date) : Time;
    private sealed record Month(int Year, int Value) : Time;
    private sealed record Interval(Time Earliest, Time Latest) : Time;
    private sealed record Unknown : Time;

    private sealed class Event(int type, Time time)
    {
        public int Type = type;
        public Time Time = time;
        public string Id = "";
        public string? Refers;
        public int[] Attributes = [];
    }

    /// <summary>One case (JSON text) and the reference times to evaluate it at.</summary>
    public (string Json, long[] AsOf) Next(int number)
    {
        var caseIndex = random.Next(model.Schema.Cases.Count);
        var schema = model.Schema.Cases[caseIndex];
        var plans = model.Safeguards.Where(s => s.CaseIndex == caseIndex).ToList();
        var baseTicks = Base();
        var events = new List<Event>();

        foreach (var type in schema.Events)
        {
            var count = random.Next(10) switch { < 4 => 0, < 8 => 1, 8 => 2, _ => 3 };
            if (type.Required && random.Next(10) > 0 && count == 0) count = 1;
            for (var i = 0; i < count; i++) events.Add(new Event(type.Index, RandomTime(baseTicks)));
        }

        // Aim completing events at deadlines: for a few requirements whose trigger is recorded, put a completing
        // event exactly at the deadline, a minute before or after, or as a day/interval around it.
        var deadlines = new List<long>();
        foreach (var plan in plans.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))
        {
            foreach (var requirement in plan.Requirements.OfType<DeadlinePlan>())
            {
                var anchor = events.FirstOrDefault(e => e.Type == requirement.Anchor.EventType && e.Time is Instant);
                if (anchor is null)
                {
                    if (random.Next(3) == 0) continue;
                    anchor = new Event(requirement.Anchor.EventType, new Instant(baseTicks + Minutes(random.Next(-600, 600))));
                    events.Add(anchor);
                }
                var at = ((Instant)anchor.Time).Ticks;
                var deadline = requirement.Kind switch
                {
                    DeadlineKind.WithinAfter => plan.Calendar.LatestPermittedAfter(at, requirement.Duration),
                    DeadlineKind.NoLaterThanBefore => plan.Calendar.LatestPermittedBefore(at, requirement.Duration),
                    DeadlineKind.ImmediatelyAfter => plan.Calendar.EndOfLocalDay(at),
                    _ => at,
                };
                deadlines.Add(deadline);
                var target = requirement.Targets[random.Next(requirement.Targets.Length)].EventType;
                var existing = events.FirstOrDefault(e => e.Type == target && random.Next(2) == 0);
                var time = NearDeadline(deadline);
                if (existing is not null) existing.Time = time;
                else events.Add(new Event(target, time));
            }
        }

        // Ids, references and attributes in half of the cases. Without them, a case that has each event
        // at most once is kept by the reader as a timeline alone (CaseTimeline), the layout compiled rules read.
        if (random.Next(2) == 0)
        {
            for (var i = 0; i < events.Count; i++) events[i].Id = "e" + i.ToString(CultureInfo.InvariantCulture);
            foreach (var e in events)
            {
                var type = schema.Events[e.Type];
                if (type.RefersToTypeIndex >= 0 && random.Next(10) < 8)
                {
                    var referred = events.Where(r => r.Type == type.RefersToTypeIndex).ToList();
                    if (referred.Count > 0) e.Refers = referred[random.Next(referred.Count)].Id;
                }
                e.Attributes = [.. type.Attributes.Select(a => random.Next(8) == 0 ? -1 : random.Next(a.Values.Count))];
            }
        }
        else if (random.Next(2) == 0)
        {
            events = [.. events.GroupBy(e => e.Type).Select(g => g.First())];
        }

        var json = new StringBuilder(512);
        json.Append("{\"id\":\"g").Append(number).Append("\",\"schema\":\"").Append(schema.Name).Append("\",\"facts\":{");
        var first = true;
        foreach (var fact in schema.Facts)
        {
            var roll = random.Next(10);
            if (roll == 0) continue; // missing
            if (!first) json.Append(',');
            first = false;
            json.Append('"').Append(fact.Name).Append("\":");
            if (roll == 1) { json.Append("null"); continue; }
            switch (fact.Type)
            {
                case FactType.Boolean: json.Append(random.Next(2) == 0 ? "true" : "false"); break;
                case FactType.Number: json.Append(random.Next(-2, 40).ToString(CultureInfo.InvariantCulture)); break;
                case FactType.Text: json.Append("\"text\""); break;
                case FactType.Date: json.Append('"').Append(new DateOnly(2010, 1, 1).AddDays(random.Next(3000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('"'); break;
                default: json.Append('"').Append(fact.EnumValues[random.Next(fact.EnumValues.Count)]).Append('"'); break;
            }
        }
        json.Append("},\"events\":[");
        // Shuffle: the reader sorts by time, the input order must not matter.
        var ordered = events.OrderBy(_ => random.Next()).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var e = ordered[i];
            var type = schema.Events[e.Type];
            if (i > 0) json.Append(',');
            json.Append('{');
            if (e.Id.Length > 0) json.Append("\"id\":\"").Append(e.Id).Append("\",");
            json.Append("\"type\":\"").Append(type.Name).Append("\",\"time\":");
            AppendTime(json, e.Time);
            if (e.Refers is not null) json.Append(",\"refers\":\"").Append(e.Refers).Append('"');
            if (e.Attributes.Any(a => a >= 0))
            {
                json.Append(",\"attributes\":{");
                var firstAttribute = true;
                for (var a = 0; a < e.Attributes.Length; a++)
                {
                    if (e.Attributes[a] < 0) continue;
                    if (!firstAttribute) json.Append(',');
                    firstAttribute = false;
                    json.Append('"').Append(type.Attributes[a].Name).Append("\":\"").Append(type.Attributes[a].Values[e.Attributes[a]]).Append('"');
                }
                json.Append('}');
            }
            json.Append('}');
        }
        json.Append("]}");

        // Reference times: long after, around the base, and at, just before and just after the deadlines aimed at.
        var asOf = new List<long> { new DateTimeOffset(2035, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks, baseTicks + Minutes(random.Next(-2000, 6000)) };
        foreach (var d in deadlines.Take(2)) asOf.Add(d + Minutes(random.Next(-1, 2)));
        return (json.ToString(), [.. asOf]);
    }

    private static long Minutes(long n) => n * TimeSpan.TicksPerMinute;

    private long Base()
    {
        // Both sides of an in-force date, or anywhere in 2005-2020.
        if (boundaries.Length > 0 && random.Next(3) > 0)
            return boundaries[random.Next(boundaries.Length)] + Minutes(random.Next(-3 * 1440, 3 * 1440));
        return new DateTimeOffset(2005, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks + Minutes(random.NextInt64(15L * 365 * 1440));
    }

    private Time RandomTime(long baseTicks)
    {
        var offset = random.Next(6) switch
        {
            0 => Minutes(random.Next(-120, 120)),
            1 => Minutes(random.Next(0, 6 * 60)),
            2 => Minutes(random.Next(0, 100 * 60)),
            3 => Minutes(random.Next(0, 70 * 1440)),
            4 => Minutes(random.Next(-5 * 1440, 5 * 1440)),
            _ => Minutes(random.Next(0, 4 * 60)) * 1,
        };
        return Imprecise(baseTicks + offset);
    }

    private Time NearDeadline(long deadline)
    {
        // The deadline is the last permitted instant: for a period in days, deadline + 1 tick is the midnight that
        // starts the next day (issue #12), and its date is that next day.
        return random.Next(13) switch
        {
            10 => new Instant(deadline + 1),
            11 => new Day(Local(deadline + 1)),
            12 => new Instant(deadline - 1),
            < 3 => new Instant(deadline),
            3 => new Instant(deadline - Minutes(1)),
            4 => new Instant(deadline + Minutes(1)),
            5 => new Day(Local(deadline - random.Next(2))),
            6 => new Interval(new Instant(deadline - Minutes(random.Next(1, 600))), new Instant(deadline + Minutes(random.Next(0, 600)))),
            7 => new Unknown(),
            8 => new Instant(deadline - Minutes(random.Next(1, 3000))),
            _ => new Instant(deadline + Minutes(random.Next(1, 3000))),
        };
    }

    private Time Imprecise(long ticks) => random.Next(20) switch
    {
        0 => new Unknown(),
        1 or 2 => new Day(Local(ticks)),
        3 => new Month(Local(ticks).Year, Local(ticks).Month),
        4 => new Interval(new Instant(ticks - Minutes(random.Next(0, 1440))), new Instant(ticks + Minutes(random.Next(0, 1440)))),
        5 => new Interval(new Day(Local(ticks)), new Day(Local(ticks).AddDays(random.Next(0, 3)))),
        _ => new Instant(ticks),
    };

    private DateOnly Local(long ticks) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(new DateTimeOffset(ticks, TimeSpan.Zero), zone).DateTime);

    private void AppendTime(StringBuilder json, Time time)
    {
        switch (time)
        {
            case Instant instant:
                var offset = Offsets[random.Next(Offsets.Length)];
                var text = new DateTimeOffset(instant.Ticks, TimeSpan.Zero).ToOffset(offset)
                    .ToString(instant.Ticks % TimeSpan.TicksPerSecond != 0 ? "yyyy-MM-dd'T'HH:mm:ss.fffffffzzz" // the last tick of a day
                        : offset == TimeSpan.Zero && random.Next(2) == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
                json.Append('"').Append(text).Append('"');
                break;
            case Day day: json.Append('"').Append(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('"'); break;
            case Month month: json.Append('"').Append(month.Year.ToString("D4", CultureInfo.InvariantCulture)).Append('-').Append(month.Value.ToString("D2", CultureInfo.InvariantCulture)).Append('"'); break;
            case Interval interval:
                json.Append("{\"earliest\":");
                AppendTime(json, interval.Earliest);
                json.Append(",\"latest\":");
                AppendTime(json, interval.Latest);
                json.Append('}');
                break;
            default: json.Append("\"unknown\""); break;
        }
    }
}
