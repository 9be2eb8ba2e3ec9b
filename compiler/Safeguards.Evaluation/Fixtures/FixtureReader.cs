using System.Globalization;
using System.Text;
using System.Text.Json;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Fixtures;

/// <summary>Finds <c>*.fixtures.json</c> files and reads them. Never throws: a file or a fixture that
/// cannot be read becomes a <see cref="FixtureError"/> and the rest are still read.</summary>
public static class FixtureReader
{
    public const string Suffix = ".fixtures.json";

    public static IEnumerable<string> Discover(IEnumerable<string> paths) => paths
        .SelectMany(p => Directory.Exists(p)
            ? Directory.GetFiles(p, "*" + Suffix, SearchOption.AllDirectories)
            : File.Exists(p) && p.EndsWith(Suffix, StringComparison.Ordinal) ? [p] : [])
        .Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal);

    public static (IReadOnlyList<Fixture> Fixtures, IReadOnlyList<FixtureError> Errors) Read(string file)
    {
        var fixtures = new List<Fixture>();
        var errors = new List<FixtureError>();
        string text;
        try
        {
            text = File.ReadAllText(file, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new FixtureError(file, 0, $"cannot read the file: {e.Message}"));
            return (fixtures, errors);
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            errors.Add(new FixtureError(file, (int)(e.LineNumber ?? 0) + 1, $"not valid JSON: {e.Message}"));
            return (fixtures, errors);
        }
        using (document)
        {
            if (!document.RootElement.TryGetProperty("fixtures", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new FixtureError(file, 1, "expected an object with a \"fixtures\" array"));
                return (fixtures, errors);
            }
            var lines = new NameLines(text);
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var name = item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : $"fixture #{index + 1}";
                var line = lines.LineOf(name);
                index++;
                if (!item.TryGetProperty("case", out var @case) || @case.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new FixtureError(file, line, $"fixture '{name}' has no \"case\" object"));
                    continue;
                }
                if (!item.TryGetProperty("expect", out var expect) || expect.ValueKind != JsonValueKind.Array)
                {
                    errors.Add(new FixtureError(file, line, $"fixture '{name}' has no \"expect\" array"));
                    continue;
                }
                var expectations = new List<Expectation>();
                foreach (var e in expect.EnumerateArray())
                {
                    var safeguard = e.TryGetProperty("safeguard", out var s) ? s.GetString() : null;
                    var asOf = e.TryGetProperty("asOf", out var a) ? a.GetString() : null;
                    var outcome = e.TryGetProperty("outcome", out var o) ? o.GetString() : null;
                    if (safeguard is null || asOf is null || outcome is null)
                    {
                        errors.Add(new FixtureError(file, line, $"fixture '{name}': each expectation needs \"safeguard\", \"asOf\" and \"outcome\""));
                        continue;
                    }
                    long? ticks = DateTimeOffset.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && HasOffset(asOf)
                        ? instant.UtcTicks : null;
                    expectations.Add(new Expectation(safeguard, asOf, ticks, outcome));
                }
                fixtures.Add(new Fixture(file, name, line, @case.GetRawText(), expectations));
            }
        }
        return (fixtures, errors);
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':';

    /// <summary>Finds the line of a fixture's "name" so editors can jump to it.</summary>
    private sealed class NameLines(string text)
    {
        private int searchFrom;

        public int LineOf(string name)
        {
            var needle = "\"name\"";
            var encoded = JsonSerializer.Serialize(name);
            for (var at = text.IndexOf(needle, searchFrom, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var valueAt = text.IndexOf(encoded, at, StringComparison.Ordinal);
                if (valueAt < 0) break;
                var between = text[(at + needle.Length)..valueAt];
                if (between.Trim().Trim(':').Trim().Length != 0) continue;
                searchFrom = valueAt;
                return 1 + text.AsSpan(0, at).Count('\n');
            }
            return 0;
        }
    }
}
