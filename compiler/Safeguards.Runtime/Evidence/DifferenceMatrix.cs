namespace Safeguards.Runtime;

/// <summary>
/// The distance matrix of a simple temporal network: entry (i, j) is the tightest known upper bound on
/// <c>x_j − x_i</c> in ticks, <see cref="Infinite"/> where nothing bounds it. <see cref="Close"/> computes
/// all tightest bounds at once (Floyd–Warshall, O(n³)); <see cref="Tighten"/> adds one constraint to a
/// closed matrix and keeps it closed in O(n²) (for the bounds the local days imply, found after closing).
/// Sums saturate at ±<see cref="Cap"/>: a bound that large says nothing about real times (every instant a
/// DateTime holds lies within 3.2·10¹⁸ ticks of every other), and no sum of two bounds overflows a long.
/// </summary>
internal sealed class DifferenceMatrix
{
    public const long Infinite = long.MaxValue;

    /// <summary>Larger than any difference of two instants, and twice it still fits in a long.</summary>
    public const long Cap = 4_000_000_000_000_000_000;

    private readonly long[] d;

    public DifferenceMatrix(int size)
    {
        Size = size;
        d = new long[size * size];
        Array.Fill(d, Infinite);
        for (var i = 0; i < size; i++)
        {
            d[(i * size) + i] = 0;
        }
    }

    public int Size { get; }

    /// <summary>The upper bound on <c>x_j − x_i</c>.</summary>
    public long this[int i, int j] => d[(i * Size) + j];

    /// <summary>Adds <c>x_j − x_i ≤ w</c> before <see cref="Close"/>.</summary>
    public void Constrain(int i, int j, long w)
    {
        ref var cell = ref d[(i * Size) + j];
        if (w < cell)
        {
            cell = Math.Clamp(w, -Cap, Cap);
        }
    }

    /// <summary>All tightest bounds; false when the constraints cannot all hold (a negative cycle).</summary>
    public bool Close()
    {
        var n = Size;
        var cells = d.AsSpan();
        for (var k = 0; k < n; k++)
        {
            var rowK = cells.Slice(k * n, n);
            for (var i = 0; i < n; i++)
            {
                var row = cells.Slice(i * n, n);
                var ik = row[k];
                if (ik == Infinite)
                {
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    var kj = rowK[j];
                    if (kj != Infinite && Sum(ik, kj) < row[j])
                    {
                        row[j] = Sum(ik, kj);
                    }
                }
            }

            // A negative cycle shows on the diagonal; stopping at once keeps the sums from running away.
            for (var i = 0; i < n; i++)
            {
                if (cells[(i * n) + i] < 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Adds <c>x_j − x_i ≤ w</c> to a closed matrix and keeps it closed. False (and unchanged) when
    /// the new constraint cannot hold with the others; unchanged when it is no tighter than what is known.</summary>
    public bool Tighten(int i, int j, long w, out bool changed)
    {
        changed = false;
        var n = Size;
        if (w >= this[i, j])
        {
            return true;
        }

        if (this[j, i] != Infinite && w + this[j, i] < 0)
        {
            return false;
        }

        // Row j and column i do not change below (w + d[j][i] >= 0), so they can be read while rows are written.
        w = Math.Clamp(w, -Cap, Cap);
        var cells = d.AsSpan();
        var fromJ = cells.Slice(j * n, n);
        for (var u = 0; u < n; u++)
        {
            var ui = cells[(u * n) + i];
            if (ui == Infinite)
            {
                continue;
            }

            var through = Sum(ui, w);
            var row = cells.Slice(u * n, n);
            for (var v = 0; v < n; v++)
            {
                var jv = fromJ[v];
                if (jv != Infinite && Sum(through, jv) < row[v])
                {
                    row[v] = Sum(through, jv);
                }
            }
        }

        changed = true;
        return true;
    }

    /// <summary>Both terms lie within ±<see cref="Cap"/>, so the sum cannot overflow before it is clamped.</summary>
    private static long Sum(long a, long b) => Math.Clamp(a + b, -Cap, Cap);
}
