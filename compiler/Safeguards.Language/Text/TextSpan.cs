namespace Safeguards.Language.Text;

/// <summary>A range of characters in a source text, as an offset and a length (Bicep's model:
/// line and column are only computed at the edges, from <see cref="LineMap"/>).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the offset is inside the span or touches its end (a cursor after the last character).</summary>
    public bool ContainsOrTouches(int offset) => offset >= Start && offset <= End;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public TextSpan Cover(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"[{Start}..{End})";
}
