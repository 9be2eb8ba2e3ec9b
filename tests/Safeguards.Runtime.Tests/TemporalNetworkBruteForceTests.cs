namespace Safeguards.Runtime.Tests;

/// <summary>
/// The network solver held to exhaustive enumeration: random networks of 3 to 5 events on small integer grids,
/// where every assignment of grid points is tried. The solver must find a conflict exactly when no assignment
/// satisfies every constraint, and otherwise give exactly the least and greatest value of every event and of
/// every difference that the satisfying assignments reach (difference constraints with integer bounds have
/// integer extreme points, so the grid loses nothing). The conflict it names must itself be unsatisfiable.
/// </summary>
public class TemporalNetworkBruteForceTests
{
    private const int Grid = 6;

    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;

    [Fact]
    public void Tightest_bounds_and_consistency_match_enumeration()
    {
        var random = new Random(20261201);
        int consistent = 0, inconsistent = 0;
        for (var trial = 0; trial < 600; trial++)
        {
            var n = 3 + (trial % 3);
            var (stated, relations) = RandomNetwork(random, n);
            var included = Enumerable.Range(0, n).Select(e => trial % 4 != 0 || e != 0).ToArray();
            var solver = NetworkSolver.Solve(stated, relations, Utc, included);
            var solutions = Enumerate(stated, relations, included, n).ToList();
            if (solutions.Count == 0)
            {
                inconsistent++;
                solver.Matrix.ShouldBeNull($"trial {trial}: no assignment holds, the solver found none in conflict");
                var named = solver.Conflict;
                named.ShouldNotBeEmpty();
                var subsetRelations = relations.Where((_, i) => named.Contains(i)).ToList();
                var subsetStated = stated.Select((s, e) => named.Contains(NetworkSolver.StatedLabel(relations.Count, e)) ? s : null).ToArray();
                HasNegativeCycle(subsetStated, subsetRelations, n)
                    .ShouldBeTrue($"trial {trial}: the constraints named in conflict can hold together");
                continue;
            }

            consistent++;
            var m = solver.Matrix.ShouldNotBeNull($"trial {trial}: an assignment holds, the solver found a conflict");
            for (var a = 0; a < n; a++)
            {
                if (!included[a])
                {
                    continue;
                }

                NetworkSolver.Bounds(m, a).ShouldBe((solutions.Min(s => s[a]), solutions.Max(s => s[a])), $"trial {trial}: bounds of event {a}");
                for (var b = 0; b < n; b++)
                {
                    if (included[b] && a != b)
                    {
                        (-m[b, a], m[a, b]).ShouldBe((solutions.Min(s => s[b] - s[a]), solutions.Max(s => s[b] - s[a])), $"trial {trial}: {b} - {a}");
                    }
                }
            }
        }

        // Both kinds occur often enough for the comparison to mean something.
        consistent.ShouldBeGreaterThan(150);
        inconsistent.ShouldBeGreaterThan(50);
    }

    [Fact]
    public void Day_relations_never_exclude_a_time_that_satisfies_them()
    {
        // Hours from 2011-12-14T00:00Z over three days, in UTC and in a zone that changes its clocks.
        var origin = new DateTimeOffset(2011, 12, 14, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        var random = new Random(7);
        foreach (var zone in new[] { Utc, T.Berlin })
        {
            var start = zone == Utc ? origin : new DateTimeOffset(2011, 3, 26, 0, 0, 0, TimeSpan.Zero).UtcTicks; // Berlin springs forward on 27 March
            for (var trial = 0; trial < 150; trial++)
            {
                const int n = 3, hours = 72;
                var stated = new TimeRange?[n];
                for (var e = 0; e < n; e++)
                {
                    var lo = random.Next(hours);
                    var hi = Math.Min(hours - 1, lo + random.Next(30));
                    stated[e] = new TimeRange(start + (lo * TimeSpan.TicksPerHour), start + (hi * TimeSpan.TicksPerHour));
                }

                var kinds = new[] { TimeRelationKind.SameDay, TimeRelationKind.DayAfter, TimeRelationKind.After };
                var relations = new List<TimeRelation>();
                for (var r = 0; r < 2; r++)
                {
                    var ev = random.Next(n);
                    var anchor = (ev + 1 + random.Next(n - 1)) % n;
                    var kind = kinds[random.Next(kinds.Length)];
                    var (min, max) = kind switch
                    {
                        TimeRelationKind.SameDay => (-(LocalDays.LongestDayTicks - 1), LocalDays.LongestDayTicks - 1),
                        TimeRelationKind.DayAfter => (1L, (2 * LocalDays.LongestDayTicks) - 1),
                        _ => (random.Next(0, 20) * TimeSpan.TicksPerHour, long.MaxValue),
                    };
                    relations.Add(new TimeRelation(ev, anchor, kind, min, max, false, "$", 1));
                }

                var solver = NetworkSolver.Solve(stated, relations, zone, [true, true, true]);
                var hourGrid = Enumerable.Range(0, hours).Select(h => start + (h * TimeSpan.TicksPerHour)).ToArray();
                var satisfying = Assignments(n, hourGrid).Where(x => Holds(x, stated, relations, zone)).ToList();
                if (satisfying.Count == 0)
                {
                    continue; // the grid may miss solutions between its points; only soundness is asked here
                }

                var m = solver.Matrix.ShouldNotBeNull($"{zone.Id} trial {trial}: a grid assignment holds, the solver found a conflict");
                foreach (var x in satisfying)
                {
                    for (var a = 0; a < n; a++)
                    {
                        var (lo, hi) = NetworkSolver.Bounds(m, a);
                        x[a].ShouldBeInRange(lo, hi, $"{zone.Id} trial {trial}: event {a}");
                        for (var b = 0; b < n; b++)
                        {
                            (x[b] - x[a]).ShouldBeInRange(-m[b, a], m[a, b], $"{zone.Id} trial {trial}: {b} - {a}");
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void The_same_day_across_a_daylight_saving_change_allows_the_day_as_long_as_it_is()
    {
        // 27 March 2011 in Berlin lasted 23 hours, 30 October 25: the same day allows that, less a tick.
        foreach (var (date, hours) in new[] { ("2011-03-27", 23), ("2011-10-30", 25) })
        {
            var start = ZoneClock.StartOfDay(T.Berlin, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
            TimeRange?[] stated = [new TimeRange(start, start), null];
            var solver = NetworkSolver.Solve(stated, [new TimeRelation(1, 0, TimeRelationKind.SameDay, long.MinValue, long.MaxValue, false, "$", 1)], T.Berlin, [true, true]);
            var m = solver.Matrix.ShouldNotBeNull();
            m[0, 1].ShouldBe((hours * TimeSpan.TicksPerHour) - 1, date);
        }
    }

    private static (TimeRange?[] Stated, List<TimeRelation> Relations) RandomNetwork(Random random, int n)
    {
        var stated = new TimeRange?[n];
        for (var e = 0; e < n; e++)
        {
            var lo = random.Next(Grid + 1);
            var hi = random.Next(3) == 0 ? Grid : Math.Min(Grid, lo + random.Next(Grid));
            stated[e] = random.Next(4) == 0 ? new TimeRange(0, Grid) : new TimeRange(lo, hi);
        }

        var relations = new List<TimeRelation>();
        var count = 1 + random.Next(n + 1);
        for (var r = 0; r < count; r++)
        {
            var ev = random.Next(n);
            var anchor = (ev + 1 + random.Next(n - 1)) % n;
            long min = random.Next(4) == 0 ? long.MinValue : random.Next(-Grid, Grid + 1);
            long max = random.Next(4) == 0 ? long.MaxValue : (min == long.MinValue ? random.Next(-Grid, Grid + 1) : min + random.Next(Grid));
            var kind = min == max ? TimeRelationKind.SameMoment : TimeRelationKind.After;
            relations.Add(new TimeRelation(ev, anchor, kind, min, max, true, $"$.events[{ev}].time.after", 1));
        }

        return (stated, relations);
    }

    /// <summary>Every assignment of grid points to the included events that satisfies the constraints (an excluded event is 0).</summary>
    private static IEnumerable<long[]> Enumerate(TimeRange?[] stated, List<TimeRelation> relations, bool[] included, int n)
    {
        var domain = Enumerable.Range(0, Grid + 1).Select(v => (long)v).ToArray();
        foreach (var x in Assignments(n, domain))
        {
            if (Enumerable.Range(0, n).Any(e => !included[e] && x[e] != domain[0]))
            {
                continue;
            }

            var held = relations.Where(r => included[r.Event] && included[r.Anchor]).ToList();
            var statedHeld = stated.Select((s, e) => included[e] ? s : null).ToArray();
            if (Holds(x, statedHeld, held, Utc))
            {
                yield return x;
            }
        }
    }

    /// <summary>
    /// Whether constraints cannot hold together on the whole line of integers (a subset may leave events without a
    /// range, so the grid is not enough): a plain Bellman–Ford over the constraint graph, written apart from the solver.
    /// </summary>
    private static bool HasNegativeCycle(TimeRange?[] stated, List<TimeRelation> relations, int n)
    {
        var edges = new List<(int From, int To, long W)>();
        for (var e = 0; e < n; e++)
        {
            if (stated[e] is { } s)
            {
                edges.Add((n, e, s.LatestUtcTicks));
                edges.Add((e, n, -s.EarliestUtcTicks));
            }
        }

        foreach (var r in relations)
        {
            if (r.MaxTicks != long.MaxValue) edges.Add((r.Anchor, r.Event, r.MaxTicks));
            if (r.MinTicks != long.MinValue) edges.Add((r.Event, r.Anchor, -r.MinTicks));
        }

        var distance = new long[n + 1];
        for (var pass = 0; pass <= n + 1; pass++)
        {
            var changed = false;
            foreach (var (from, to, w) in edges)
            {
                if (distance[from] + w < distance[to])
                {
                    distance[to] = distance[from] + w;
                    changed = true;
                }
            }

            if (!changed)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<long[]> Assignments(int n, long[] domain)
    {
        var index = new int[n];
        while (true)
        {
            yield return index.Select(i => domain[i]).ToArray();
            var k = 0;
            while (k < n && ++index[k] == domain.Length)
            {
                index[k++] = 0;
            }

            if (k == n)
            {
                yield break;
            }
        }
    }

    private static bool Holds(long[] x, TimeRange?[] stated, IEnumerable<TimeRelation> relations, TimeZoneInfo zone)
    {
        for (var e = 0; e < x.Length; e++)
        {
            if (stated[e] is { } s && !s.Contains(x[e]))
            {
                return false;
            }
        }

        foreach (var r in relations)
        {
            var difference = x[r.Event] - x[r.Anchor];
            if (difference < r.MinTicks || difference > r.MaxTicks)
            {
                return false;
            }

            if (r.Kind is TimeRelationKind.SameDay or TimeRelationKind.DayAfter)
            {
                var days = ZoneClock.LocalDate(zone, x[r.Event]).DayNumber - ZoneClock.LocalDate(zone, x[r.Anchor]).DayNumber;
                if (days != (r.Kind == TimeRelationKind.DayAfter ? 1 : 0))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
