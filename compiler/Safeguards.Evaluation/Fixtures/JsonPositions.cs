using System.Text;
using System.Text.Json;

namespace Safeguards.Evaluation.Fixtures;

/// <summary>Where each value and property name of a JSON document starts (1-based line and column),
/// by JSON path (<c>$.fixtures[2].expect[0].outcome</c>), so an error names the place an editor can
/// jump to. JsonDocument keeps no positions, so the document is read once more with Utf8JsonReader.</summary>
public sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> names = new(StringComparer.Ordinal);

    public static JsonPositions Read(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var positions = new JsonPositions();
        var lines = new LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, options);
        var open = new Stack<Frame>();
        string? pendingName = null;
        while (reader.Read())
        {
            var at = lines.Position(utf8, (int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString()!;
                    positions.names[open.Peek().Path + Member(pendingName)] = at;
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.Pop();
                    continue;
                case JsonTokenType.Comment:
                    continue;
            }
            // A value: a member of the enclosing object, the next item of the enclosing array, or the root.
            var path = pendingName is not null ? open.Peek().Path + Member(pendingName)
                : open.Count > 0 ? $"{open.Peek().Path}[{open.Peek().Next++}]"
                : "$";
            pendingName = null;
            positions.values[path] = at;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) open.Push(new Frame(path));
        }
        return positions;
    }

    /// <summary>Where the value at the path starts; for a missing value, its parent; (1, 1) at worst.</summary>
    public (int Line, int Column) Of(string path)
    {
        for (var p = path; ; p = Parent(p))
        {
            if (values.TryGetValue(p, out var at)) return at;
            if (p == "$") return (1, 1);
        }
    }

    /// <summary>Where the property name at the path starts (for an unknown key).</summary>
    public (int Line, int Column) OfName(string path) => names.TryGetValue(path, out var at) ? at : Of(path);

    public static string Member(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && name.Length > 0 ? "." + name : "[" + JsonSerializer.Serialize(name) + "]";

    private static string Parent(string path)
    {
        var dot = path.LastIndexOf('.');
        var bracket = path.LastIndexOf('[');
        var cut = Math.Max(dot, bracket);
        return cut <= 0 ? "$" : path[..cut];
    }

    private sealed class Frame(string path)
    {
        public string Path { get; } = path;
        public int Next { get; set; }
    }

    /// <summary>Byte offsets of line starts, to turn an offset into a line and a column in characters.</summary>
    private sealed class LineStarts(ReadOnlySpan<byte> utf8)
    {
        private readonly List<int> starts = Starts(utf8);

        public (int Line, int Column) Position(ReadOnlySpan<byte> utf8, int offset)
        {
            var index = starts.BinarySearch(offset);
            if (index < 0) index = ~index - 1;
            var column = Encoding.UTF8.GetCharCount(utf8[starts[index]..offset]);
            return (index + 1, column + 1);
        }

        private static List<int> Starts(ReadOnlySpan<byte> utf8)
        {
            var list = new List<int> { 0 };
            for (var i = 0; i < utf8.Length; i++)
                if (utf8[i] == '\n') list.Add(i + 1);
            return list;
        }
    }
}
