namespace Safeguards.Runtime;

/// <summary>
/// Solves the times of one record as a simple temporal network: each event a variable, plus an origin (tick 0)
/// so that an absolute range is two constraints on the difference to it. The tightest bounds come from closing
/// the distance matrix (<see cref="DifferenceMatrix"/>); the day relations then add the bounds the local days
/// imply (an event the day after one known to be on 14 December is on 15 December), each kept closed
/// incrementally, until nothing tightens. When the constraints cannot all hold, <see cref="Conflict"/> names
/// the ones on a cycle that cannot hold (found with Bellman–Ford, on the error path only).
/// </summary>
internal sealed class NetworkSolver
{
    /// <summary>Each round snaps some bound to a day boundary; real records settle in two or three.</summary>
    private const int MaxDayRounds = 64;

    private readonly int count;
    private readonly TimeRange?[] stated;
    private readonly IReadOnlyList<TimeRelation> relations;
    private readonly TimeZoneInfo zone;
    private readonly bool[] included;
    private readonly List<(int From, int To, long Weight, int Label, int Basis)> derived = [];

    private NetworkSolver(TimeRange?[] stated, IReadOnlyList<TimeRelation> relations, TimeZoneInfo zone, bool[] included)
    {
        count = stated.Length;
        this.stated = stated;
        this.relations = relations;
        this.zone = zone;
        this.included = included;
    }

    /// <summary>The label of event <paramref name="e"/>'s stated time in <see cref="Conflict"/>; relations are labelled by their index.</summary>
    public static int StatedLabel(int relationCount, int e) => relationCount + e;

    /// <summary>The closed matrix (the origin is node <c>stated.Length</c>), or null when the constraints conflict.</summary>
    public DifferenceMatrix? Matrix { get; private set; }

    /// <summary>The relations (by index) and stated times (<see cref="StatedLabel"/>) that cannot all hold.</summary>
    public IReadOnlyList<int> Conflict { get; private set; } = [];

    /// <param name="stated">Each event's absolute range as the case gives it; null when it gives none.</param>
    /// <param name="included">The events that happened in the world being solved (those not known to have happened are left out of others' worlds).</param>
    public static NetworkSolver Solve(TimeRange?[] stated, IReadOnlyList<TimeRelation> relations, TimeZoneInfo zone, bool[] included)
    {
        var solver = new NetworkSolver(stated, relations, zone, included);
        solver.Run();
        return solver;
    }

    private int Origin => count;

    private bool Holds(TimeRelation r) => included[r.Event] && included[r.Anchor];

    private void Run()
    {
        var m = new DifferenceMatrix(count + 1);
        for (var e = 0; e < count; e++)
        {
            if (included[e] && stated[e] is { } range)
            {
                m.Constrain(Origin, e, range.LatestUtcTicks);
                m.Constrain(e, Origin, -range.EarliestUtcTicks);
            }
        }

        foreach (var r in relations)
        {
            if (!Holds(r))
            {
                continue;
            }

            if (r.MaxTicks != TimeRelation.Unbounded)
            {
                m.Constrain(r.Anchor, r.Event, r.MaxTicks);
            }

            if (r.MinTicks != long.MinValue)
            {
                m.Constrain(r.Event, r.Anchor, -r.MinTicks);
            }
        }

        if (!m.Close() || !ApplyDays(m))
        {
            Conflict = FindConflict();
            return;
        }

        Matrix = m;
    }

    /// <summary>Adds the bounds the local days imply until none tightens; false when one cannot hold.</summary>
    private bool ApplyDays(DifferenceMatrix m)
    {
        for (var round = 0; round < MaxDayRounds; round++)
        {
            var changed = false;
            for (var index = 0; index < relations.Count; index++)
            {
                var r = relations[index];
                if (r.Kind is not (TimeRelationKind.SameDay or TimeRelationKind.DayAfter) || !Holds(r))
                {
                    continue;
                }

                var days = r.Kind == TimeRelationKind.DayAfter ? 1 : 0;
                int a = r.Anchor, b = r.Event;
                var (aLo, aHi) = Bounds(m, a);
                var (bLo, bHi) = Bounds(m, b);
                var greatest = LocalDays.GreatestDifference(zone, aLo, aHi, days);
                // A bound projected from the other event's range rests on that event's stated time too: a conflict names it.
                int aBasis = Basis(a), bBasis = Basis(b);
                if (!Apply(m, index, -1, a, b, greatest, ref changed)
                    || !Apply(m, index, -1, b, a, days == 0 ? greatest : -1, ref changed)
                    || (aLo != long.MinValue && !Apply(m, index, aBasis, b, Origin, -LocalDays.StartOfShiftedDay(zone, aLo, days), ref changed))
                    || (aHi != long.MaxValue && !Apply(m, index, aBasis, Origin, b, LocalDays.EndOfShiftedDay(zone, aHi, days), ref changed))
                    || (bLo != long.MinValue && !Apply(m, index, bBasis, a, Origin, -LocalDays.StartOfShiftedDay(zone, bLo, -days), ref changed))
                    || (bHi != long.MaxValue && !Apply(m, index, bBasis, Origin, a, LocalDays.EndOfShiftedDay(zone, bHi, -days), ref changed)))
                {
                    return false;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return true;
    }

    private int Basis(int e) => stated[e] is null ? -1 : StatedLabel(relations.Count, e);

    private bool Apply(DifferenceMatrix m, int label, int basis, int from, int to, long weight, ref bool changed)
    {
        derived.Add((from, to, weight, label, basis));
        var holds = m.Tighten(from, to, weight, out var tightened);
        changed |= tightened;
        return holds;
    }

    /// <summary>The earliest and latest tick of an event in a closed matrix; long.MinValue / long.MaxValue where unbounded.</summary>
    public static (long Earliest, long Latest) Bounds(DifferenceMatrix m, int e)
    {
        var origin = m.Size - 1;
        var below = m[e, origin];
        var above = m[origin, e];
        return (below == DifferenceMatrix.Infinite ? long.MinValue : -below, above == DifferenceMatrix.Infinite ? long.MaxValue : above);
    }

    /// <summary>A negative cycle among the constraints (Bellman–Ford from a virtual source joined to every node), as labels.</summary>
    private List<int> FindConflict()
    {
        var edges = new List<(int From, int To, long Weight, int Label, int Basis)>();
        for (var e = 0; e < count; e++)
        {
            if (included[e] && stated[e] is { } range)
            {
                edges.Add((Origin, e, range.LatestUtcTicks, StatedLabel(relations.Count, e), -1));
                edges.Add((e, Origin, -range.EarliestUtcTicks, StatedLabel(relations.Count, e), -1));
            }
        }

        for (var index = 0; index < relations.Count; index++)
        {
            var r = relations[index];
            if (!Holds(r))
            {
                continue;
            }

            if (r.MaxTicks != TimeRelation.Unbounded)
            {
                edges.Add((r.Anchor, r.Event, r.MaxTicks, index, -1));
            }

            if (r.MinTicks != long.MinValue)
            {
                edges.Add((r.Event, r.Anchor, -r.MinTicks, index, -1));
            }
        }

        edges.AddRange(derived);
        var nodes = count + 1;
        var distance = new Int128[nodes];
        var via = new int[nodes];
        Array.Fill(via, -1);
        var last = -1;
        // With the virtual source there are nodes + 1 vertices: a change in pass nodes + 1 proves a negative cycle.
        for (var pass = 0; pass <= nodes; pass++)
        {
            last = -1;
            for (var k = 0; k < edges.Count; k++)
            {
                var (from, to, weight, _, _) = edges[k];
                if (distance[from] + weight < distance[to])
                {
                    distance[to] = distance[from] + weight;
                    via[to] = k;
                    last = to;
                }
            }

            if (last < 0)
            {
                break;
            }
        }

        var labels = new List<int>();
        var node = last;
        // Walking back as many steps as there are nodes lands on the cycle.
        for (var step = 0; step < nodes && node >= 0; step++)
        {
            node = via[node] < 0 ? -1 : edges[via[node]].From;
        }

        if (node < 0)
        {
            // Not expected: the closing found a cycle. Name every constraint rather than none.
            labels.AddRange(edges.Select(e => e.Label).Distinct());
            return labels;
        }

        var start = node;
        do
        {
            var edge = edges[via[node]];
            foreach (var label in new[] { edge.Label, edge.Basis })
            {
                if (label >= 0 && !labels.Contains(label))
                {
                    labels.Add(label);
                }
            }

            node = edge.From;
        }
        while (node != start);

        return labels;
    }
}
