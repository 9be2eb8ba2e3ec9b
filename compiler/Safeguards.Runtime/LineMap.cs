namespace Safeguards.Runtime;

/// <summary>
/// Maps byte offsets in a record to 1-based line numbers. A JSON Lines record sits on one line,
/// so its map is a constant; a whole .json file keeps the offsets where its lines start.
/// </summary>
internal readonly struct LineMap
{
    private readonly int firstLine;
    private readonly int[]? lineStarts;

    private LineMap(int firstLine, int[]? lineStarts)
    {
        this.firstLine = firstLine;
        this.lineStarts = lineStarts;
    }

    /// <summary>Every offset is on <paramref name="line"/>.</summary>
    public static LineMap SingleLine(int line) => new(line, null);

    /// <summary>Lines start at offset 0 and after every '\n' of <paramref name="utf8"/>.</summary>
    public static LineMap Of(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        var at = 0;
        while (true)
        {
            var nl = utf8[at..].IndexOf((byte)'\n');
            if (nl < 0)
            {
                break;
            }

            at += nl + 1;
            starts.Add(at);
        }

        return new(1, starts.ToArray());
    }

    public int LineOf(long offset)
    {
        if (lineStarts is null)
        {
            return firstLine;
        }

        // The last line start at or before the offset.
        int lo = 0, hi = lineStarts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return firstLine + lo;
    }

    /// <summary>The offset where a 0-based line (as System.Text.Json counts them) starts.</summary>
    public long OffsetOfLine(long zeroBasedLine)
    {
        if (lineStarts is null || zeroBasedLine <= 0)
        {
            return 0;
        }

        return zeroBasedLine < lineStarts.Length ? lineStarts[zeroBasedLine] : lineStarts[^1];
    }
}
