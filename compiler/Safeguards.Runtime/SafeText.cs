using System.Text.Json;

namespace Safeguards.Runtime;

/// <summary>
/// Wording for case-data errors that names fields and kinds of tokens but never repeats values:
/// case files describe detainees, and error output ends up in logs.
/// </summary>
internal static class SafeText
{
    private const int MaxNameLength = 64;

    /// <summary>
    /// Whether a name from the data looks like a schema name (an identifier), which may be echoed:
    /// a typo in an event type is useful to see, free text is not shown.
    /// </summary>
    public static bool IsNameLike(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>'name' when name-like, otherwise a neutral phrase.</summary>
    public static string Quote(string? name) => IsNameLike(name) ? $"'{name}'" : "(a name that is not an identifier)";

    /// <summary>A JSON path segment for a property: .name, or [?] when the name is not shown.</summary>
    public static string PathSegment(string? name) => IsNameLike(name) ? "." + name : "[?]";

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "something else",
    };

    /// <summary>Describes one byte of malformed JSON by its kind; structural characters are shown.</summary>
    public static string DescribeByte(byte b) => b switch
    {
        (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)',' or (byte)':' or (byte)'"' => $"'{(char)b}'",
        >= (byte)'0' and <= (byte)'9' => "a digit",
        (byte)'-' or (byte)'+' => "a sign",
        >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' => "a letter",
        < 0x20 => "a control character",
        >= 0x80 => "a non-ASCII character",
        _ => "a punctuation character",
    };

    public static string List(IEnumerable<string> names)
    {
        var text = string.Join(", ", names);
        return text.Length == 0 ? "(none)" : text;
    }

    /// <summary>The candidate closest to <paramref name="input"/> by edit distance, if close enough to be a typo.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" when a close name exists and the input may be echoed.</summary>
    public static string Suggestion(string? input, IEnumerable<string> candidates)
    {
        if (input is null || input.Length > MaxNameLength)
        {
            return string.Empty;
        }

        var closest = Closest(input, candidates);
        return closest is null ? string.Empty : $" (did you mean '{closest}'?)";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
