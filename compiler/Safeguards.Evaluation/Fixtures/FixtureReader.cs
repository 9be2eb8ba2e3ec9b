using System.Text;
using System.Text.Json;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Semantics;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Fixtures;

/// <summary>Finds <c>*.fixtures.json</c> files and reads them strictly: every key is known, every name
/// refers to something in the rule files, every time and outcome is valid; each problem is a coded
/// error (SG6xxx) with line and column. Never throws: a file or a fixture that cannot be read becomes
/// a <see cref="FixtureError"/> and the rest are still read.</summary>
public static class FixtureReader
{
    public const string Suffix = ".fixtures.json";

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IEnumerable<string> Discover(IEnumerable<string> paths) => paths
        .SelectMany(p => Directory.Exists(p)
            ? Directory.GetFiles(p, "*" + Suffix, SearchOption.AllDirectories)
            : File.Exists(p) && p.EndsWith(Suffix, StringComparison.Ordinal) ? [p] : [])
        .Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal);

    /// <param name="vocabulary">The packs and safeguards of the rule files; without it names are not checked
    /// and dates are read in UTC.</param>
    public static (IReadOnlyList<Fixture> Fixtures, IReadOnlyList<FixtureError> Errors) Read(string file, FixtureVocabulary? vocabulary = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], [new FixtureError(file, 1, 1, DiagnosticCatalogue.FixtureFileUnreadable, $"Cannot read the file: {e.Message}")]);
        }
        var utf8 = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            var message = $"Not valid JSON: {e.Message.Split(" LineNumber:")[0]}";
            return ([], [new FixtureError(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, DiagnosticCatalogue.FixtureFileUnreadable, message)]);
        }
        using (document)
        {
            var reading = new Reading(file, JsonPositions.Read(utf8, ReaderOptions), vocabulary);
            reading.File(document.RootElement);
            return (reading.Fixtures, [.. reading.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
        }
    }

    /// <summary>The keys each object of a fixture file may have (docs/schemas/fixtures.schema.json).</summary>
    public static class Keys
    {
        public static readonly string[] File = ["$schema", "pack", "fixtures"];
        public static readonly string[] Fixture = ["name", "case", "expect"];
        public static readonly string[] Expectation =
            ["safeguard", "asOf", "outcome", "deadline", "overrun", "slack", "trigger", "completedBy", "completedAt", "missing"];
        public static readonly string[] Range = ["earliest", "latest"];
    }

    /// <summary>One file being read: the fixtures found so far and the errors.</summary>
    private sealed class Reading(string file, JsonPositions positions, FixtureVocabulary? vocabulary)
    {
        public List<Fixture> Fixtures { get; } = [];
        public List<FixtureError> Errors { get; } = [];

        private int? fixtureIndex;
        private string? fixtureName;

        public void File(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("$", DiagnosticCatalogue.FixtureMissingValue, "The fixture file", "fixtures", "expected an object with a \"fixtures\" array");
                return;
            }
            UnknownKeys(root, "$", "the fixture file", Keys.File);
            if (root.TryGetProperty("pack", out var pack)) Pack(pack);
            if (!root.TryGetProperty("fixtures", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                Error("$.fixtures", DiagnosticCatalogue.FixtureMissingValue, "The fixture file", "fixtures", "an array of fixtures");
                return;
            }
            var index = 0;
            foreach (var item in list.EnumerateArray()) Fixture(item, $"$.fixtures[{index}]", index++);
        }

        private void Pack(JsonElement pack)
        {
            if (pack.ValueKind != JsonValueKind.String)
            {
                Error("$.pack", DiagnosticCatalogue.FixtureMissingValue, "The fixture file", "pack", "the name of the pack, a string");
                return;
            }
            var name = pack.GetString()!;
            if (vocabulary is null || vocabulary.PackNames.Contains(name)) return;
            Error("$.pack", DiagnosticCatalogue.FixtureUnknownPack, name, DidYouMean(name, vocabulary.PackNames), string.Join(", ", vocabulary.PackNames.Order(StringComparer.Ordinal)));
        }

        private void Fixture(JsonElement item, string path, int index)
        {
            fixtureIndex = index;
            var errorsBefore = Errors.Count;
            fixtureName = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()! : $"#{index + 1}";
            var what = $"Fixture '{fixtureName}'";
            if (item.ValueKind != JsonValueKind.Object)
            {
                Error(path, DiagnosticCatalogue.FixtureMissingValue, $"Fixture #{index + 1}", "name", "a fixture is an object with \"name\", \"case\" and \"expect\"");
                return;
            }
            UnknownKeys(item, path, $"fixture '{fixtureName}'", Keys.Fixture);
            if (!item.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || name.GetString()!.Trim().Length == 0)
                Error(path + ".name", DiagnosticCatalogue.FixtureMissingValue, what, "name", "a non-empty string that says what the fixture shows");
            var hasCase = item.TryGetProperty("case", out var @case) && @case.ValueKind == JsonValueKind.Object;
            if (!hasCase) Error(path + ".case", DiagnosticCatalogue.FixtureMissingValue, what, "case", "an object with the case data");
            var expectations = new List<Expectation>();
            if (!item.TryGetProperty("expect", out var expect) || expect.ValueKind != JsonValueKind.Array || expect.GetArrayLength() == 0)
            {
                Error(path + ".expect", DiagnosticCatalogue.FixtureMissingValue, what, "expect", "an array of at least one expected outcome");
            }
            else
            {
                var e = 0;
                foreach (var element in expect.EnumerateArray())
                {
                    if (ExpectationOf(element, $"{path}.expect[{e}]", e + 1) is { } expectation) expectations.Add(expectation);
                    e++;
                }
            }
            if (Errors.Count == errorsBefore)
                Fixtures.Add(new Fixture(file, fixtureName, positions.Of(path).Line, @case.GetRawText(), expectations));
            fixtureIndex = null;
            fixtureName = null;
        }

        private Expectation? ExpectationOf(JsonElement element, string path, int number)
        {
            var what = $"Expectation {number} of fixture '{fixtureName}'";
            if (element.ValueKind != JsonValueKind.Object)
            {
                Error(path, DiagnosticCatalogue.FixtureMissingValue, what, "safeguard", "an expectation is an object with \"safeguard\", \"asOf\" and \"outcome\"");
                return null;
            }
            var errorsBefore = Errors.Count;
            UnknownKeys(element, path, $"expectation {number} of fixture '{fixtureName}'", Keys.Expectation);
            var safeguard = RequiredString(element, path, what, "safeguard", "the id of a safeguard, like DET-REG-3H");
            if (safeguard is not null && vocabulary is not null && !vocabulary.SafeguardIds.Contains(safeguard))
                Error(path + ".safeguard", DiagnosticCatalogue.FixtureUnknownSafeguard, fixtureName, safeguard, DidYouMean(safeguard, vocabulary.SafeguardIds));
            var asOfText = RequiredString(element, path, what, "asOf", $"the reference time, an instant with an offset like {ReferenceTime.Example}");
            long asOf = 0;
            if (asOfText is not null && !ReferenceTime.TryParse(asOfText, out asOf, out var timeError))
                Error(path + ".asOf", DiagnosticCatalogue.FixtureBadTime, "asOf", fixtureName, timeError);
            var outcomeText = RequiredString(element, path, what, "outcome", "one of " + OutcomeList);
            var outcome = Outcome.Satisfied;
            if (outcomeText is not null && !OutcomeNames.TryParse(outcomeText, out outcome))
                Error(path + ".outcome", DiagnosticCatalogue.FixtureBadOutcome, outcomeText, fixtureName, DidYouMean(outcomeText, OutcomeTexts), OutcomeList);
            var evidence = new ExpectedEvidence
            {
                Deadline = Time(element, path, "deadline"),
                Trigger = Time(element, path, "trigger"),
                CompletedAt = Time(element, path, "completedAt"),
                OverrunTicks = Duration(element, path, "overrun"),
                SlackTicks = Duration(element, path, "slack"),
                CompletedBy = Name(element, path, what, "completedBy"),
                Missing = Name(element, path, what, "missing"),
            };
            return Errors.Count == errorsBefore ? new Expectation(safeguard!, asOfText!, asOf, outcome, evidence) : null;
        }

        private string? RequiredString(JsonElement element, string path, string what, string key, string expected)
        {
            if (element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String) return value.GetString();
            Error(path + "." + key, DiagnosticCatalogue.FixtureMissingValue, what, key, expected);
            return null;
        }

        private Expected<string>? Name(JsonElement element, string path, string what, string key)
        {
            if (!element.TryGetProperty(key, out var value)) return null;
            if (value.ValueKind == JsonValueKind.Null) return new Expected<string>("none", null, false);
            if (value.ValueKind == JsonValueKind.String) return new Expected<string>(value.GetString()!, value.GetString(), true);
            Error(path + "." + key, DiagnosticCatalogue.FixtureMissingValue, what, key, "a string, or null for none");
            return null;
        }

        private Expected<TimeRange>? Time(JsonElement element, string path, string key)
        {
            if (!element.TryGetProperty(key, out var value)) return null;
            var at = path + "." + key;
            var zone = vocabulary?.Zone ?? TimeZoneInfo.Utc;
            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                    return new Expected<TimeRange>("none", default, false);
                case JsonValueKind.String:
                    if (TimeParser.TryParse(value.GetString()!, zone, out var range, out var error)) return new Expected<TimeRange>(value.GetString()!, range, true);
                    Error(at, DiagnosticCatalogue.FixtureBadTime, key, fixtureName, error);
                    return null;
                case JsonValueKind.Object:
                    UnknownKeys(value, at, $"\"{key}\" of fixture '{fixtureName}'", Keys.Range);
                    var earliest = Instant(value, at, key, "earliest");
                    var latest = Instant(value, at, key, "latest");
                    if (earliest is not { } from || latest is not { } to) return null;
                    if (from > to)
                    {
                        Error(at, DiagnosticCatalogue.FixtureBadTime, key, fixtureName, "\"earliest\" is after \"latest\"");
                        return null;
                    }
                    return new Expected<TimeRange>($"{value.GetProperty("earliest").GetString()} to {value.GetProperty("latest").GetString()}", new TimeRange(from, to), true);
                default:
                    Error(at, DiagnosticCatalogue.FixtureBadTime, key, fixtureName,
                        "expected a time (an instant with an offset, a date or a month), an object with \"earliest\" and \"latest\", or null");
                    return null;
            }
        }

        private long? Instant(JsonElement range, string path, string key, string bound)
        {
            if (range.TryGetProperty(bound, out var value) && value.ValueKind == JsonValueKind.String)
            {
                if (ReferenceTime.TryParse(value.GetString()!, out var ticks, out var error)) return ticks;
                Error($"{path}.{bound}", DiagnosticCatalogue.FixtureBadTime, $"{key}.{bound}", fixtureName, error);
                return null;
            }
            Error($"{path}.{bound}", DiagnosticCatalogue.FixtureMissingValue, $"\"{key}\" of fixture '{fixtureName}'", bound, "an instant with an offset");
            return null;
        }

        private Expected<long>? Duration(JsonElement element, string path, string key)
        {
            if (!element.TryGetProperty(key, out var value)) return null;
            if (value.ValueKind == JsonValueKind.Null) return new Expected<long>("none", 0, false);
            if (value.ValueKind == JsonValueKind.String && FixtureDuration.TryParse(value.GetString()!, out var ticks))
                return new Expected<long>(value.GetString()!.Trim(), ticks, true);
            Error(path + "." + key, DiagnosticCatalogue.FixtureBadDuration, value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(), fixtureName);
            return null;
        }

        private void UnknownKeys(JsonElement element, string path, string where, string[] known)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (known.Contains(property.Name, StringComparer.Ordinal)) continue;
                var at = positions.OfName(path + JsonPositions.Member(property.Name));
                Errors.Add(Create(at, DiagnosticCatalogue.FixtureUnknownKey, property.Name, where, DidYouMean(property.Name, known), string.Join(", ", known)));
            }
        }

        private void Error(string path, DiagnosticDescriptor descriptor, params object?[] arguments) =>
            Errors.Add(Create(positions.Of(path), descriptor, arguments));

        private FixtureError Create((int Line, int Column) at, DiagnosticDescriptor descriptor, params object?[] arguments) =>
            new(file, at.Line, at.Column, descriptor, string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments),
                fixtureIndex, fixtureName);
    }

    private static readonly string[] OutcomeTexts = [.. Enum.GetValues<Outcome>().Select(OutcomeNames.ToJson)];

    private static string OutcomeList => string.Join(", ", OutcomeTexts);

    private static string DidYouMean(string name, IEnumerable<string> candidates) => NameSuggestions.DidYouMean(NameSuggestions.Closest(name, candidates));
}
