using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Evaluation.Catalogue;

/// <summary>Reads <c>not-encoded.json</c>, the list of seed-catalogue items a rules folder deliberately
/// does not encode, and checks it against the packs. Never throws: every problem is a message naming the
/// file and line, and the rest of the list is still read.</summary>
public static class NotEncodedReader
{
    public const string FileName = "not-encoded.json";

    public sealed record Result(IReadOnlyList<NotEncodedItem> Items, IReadOnlyList<NotEncodedError> Errors);

    public static IEnumerable<string> Discover(IEnumerable<string> paths) => paths
        .SelectMany(p => Directory.Exists(p)
            ? Directory.GetFiles(p, FileName, SearchOption.AllDirectories)
            : File.Exists(p) && Path.GetFileName(p) == FileName ? [p] : [])
        .Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal);

    /// <summary>Reads every list under <paramref name="paths"/>, keeping the order of the files (the order of
    /// the seed catalogue, for a reviewer reading both side by side); an item listed twice is an error.</summary>
    public static Result ReadAll(IEnumerable<string> paths)
    {
        var items = new List<NotEncodedItem>();
        var errors = new List<NotEncodedError>();
        foreach (var file in Discover(paths))
        {
            var (read, problems) = Read(file);
            errors.AddRange(problems);
            foreach (var item in read)
            {
                if (items.Any(i => i.Item == item.Item)) errors.Add(new(file, item.Line, $"'{item.Item}' is listed more than once"));
                else items.Add(item);
            }
        }
        return new Result(items, errors);
    }

    public static (IReadOnlyList<NotEncodedItem> Items, IReadOnlyList<NotEncodedError> Errors) Read(string file)
    {
        var items = new List<NotEncodedItem>();
        var errors = new List<NotEncodedError>();
        string text;
        try
        {
            text = File.ReadAllText(file, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new(file, 0, $"cannot read the file: {e.Message}"));
            return (items, errors);
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            errors.Add(new(file, (int)(e.LineNumber ?? 0) + 1, $"not valid JSON: {e.Message}"));
            return (items, errors);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("notEncoded", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new(file, 1, "expected an object with a \"notEncoded\" array"));
                return (items, errors);
            }
            var index = 0;
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in list.EnumerateArray())
            {
                index++;
                var item = entry.ValueKind == JsonValueKind.Object ? Text(entry, "item") : null;
                var line = 0;
                if (item is not null)
                {
                    occurrences[item] = occurrences.GetValueOrDefault(item) + 1;
                    line = LineOf(text, item, occurrences[item]);
                }
                var label = item is null ? $"entry #{index}" : $"'{item}'";
                var keyword = item is null ? null : Text(entry, "reason");
                var why = item is null ? null : Text(entry, "why");
                if (item is null || keyword is null || why is null)
                {
                    errors.Add(new(file, line, $"{label}: each entry needs \"item\", \"reason\" and \"why\" as text"));
                    continue;
                }
                if (!NotEncodedReasons.TryParse(keyword, out var reason))
                {
                    var known = string.Join(", ", Enum.GetValues<NotEncodedReason>().Select(r => r.ToKeyword()));
                    errors.Add(new(file, line, $"{label}: unknown reason '{keyword}' (expected one of {known})"));
                    continue;
                }
                if (why.Contains('\n', StringComparison.Ordinal))
                {
                    errors.Add(new(file, line, $"{label}: \"why\" must be one line"));
                    continue;
                }
                var see = new List<string>();
                if (entry.TryGetProperty("see", out var seeList))
                {
                    if (seeList.ValueKind != JsonValueKind.Array || seeList.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String))
                    {
                        errors.Add(new(file, line, $"{label}: \"see\" must be a list of safeguard ids"));
                        continue;
                    }
                    see.AddRange(seeList.EnumerateArray().Select(s => s.GetString()!));
                }
                if (reason == NotEncodedReason.Merged && see.Count == 0)
                {
                    errors.Add(new(file, line, $"{label}: a merged item must name the safeguards it was merged into in \"see\""));
                    continue;
                }
                var construct = Text(entry, "construct");
                if (reason == NotEncodedReason.AwaitsConstruct && string.IsNullOrWhiteSpace(construct))
                {
                    errors.Add(new(file, line, $"{label}: a provision that awaits a construct must name it in \"construct\""));
                    continue;
                }
                items.Add(new NotEncodedItem(item, reason, why, see, file, line, construct));
            }
        }
        return (items, errors);
    }

    /// <summary>What the list says that the packs contradict: a safeguard named in "see" that no pack
    /// declares, or an item listed as not encoded although a safeguard has its id (or the id as a prefix).</summary>
    public static IReadOnlyList<NotEncodedError> Check(IReadOnlyList<NotEncodedItem> items, PackPlan model)
    {
        var ids = model.Safeguards.Select(s => s.Info.Id).ToHashSet(StringComparer.Ordinal);
        var errors = new List<NotEncodedError>();
        foreach (var item in items)
        {
            foreach (var missing in item.See.Where(s => !ids.Contains(s)))
                errors.Add(new(item.File, item.Line, $"'{item.Item}' names the safeguard '{missing}', which no pack declares"));
            var encoded = ids.Where(id => Covers(item.Item, id)).Order(StringComparer.Ordinal).ToList();
            if (encoded.Count > 0)
                errors.Add(new(item.File, item.Line, $"'{item.Item}' is listed as not encoded, but the safeguard '{encoded[0]}' encodes it"));
        }
        return errors;
    }

    /// <summary>A catalogue item id is encoded by a safeguard with the same id or with the id followed by
    /// a hyphen and a suffix (INV-OLD-SCREEN by INV-OLD-SCREEN-2M), never by a mere string prefix.</summary>
    public static bool Covers(string itemId, string safeguardId) =>
        safeguardId == itemId || safeguardId.StartsWith(itemId + "-", StringComparison.Ordinal);

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // The line of the n-th `"item": "ID"` in the file, for messages (JsonDocument keeps no positions);
    // 0 when not found, e.g. when the id is written with escapes.
    private static int LineOf(string text, string item, int occurrence)
    {
        var matches = Regex.Matches(text, "\"item\"\\s*:\\s*\"" + Regex.Escape(item) + "\"");
        return matches.Count < occurrence ? 0 : text.AsSpan(0, matches[occurrence - 1].Index).Count('\n') + 1;
    }
}
