namespace Safeguards.Language.Syntax;

/// <summary>Shares the strings of short token and trivia texts: a file repeats the same words, names and
/// indentation thousands of times, and a string per occurrence was a third of what lexing allocated. A fixed
/// table of slots (Roslyn's StringTable does the same): a text whose slot holds another string replaces it, so
/// memory stays bounded whatever the input; slots hold immutable strings, so threads may share the table
/// (a race costs at most one extra string).</summary>
internal static class TokenTextCache
{
    private const int MaxLength = 32;
    private const int SlotCount = 1 << 13;
    private static readonly string?[] Slots = new string?[SlotCount];

    public static string Get(string text, int start, int length)
    {
        if (length == 0) return "";
        var span = text.AsSpan(start, length);
        if (length > MaxLength) return span.ToString();
        var slot = string.GetHashCode(span) & (SlotCount - 1);
        var cached = Slots[slot];
        if (cached is not null && span.SequenceEqual(cached)) return cached;
        var created = span.ToString();
        Slots[slot] = created;
        return created;
    }
}
