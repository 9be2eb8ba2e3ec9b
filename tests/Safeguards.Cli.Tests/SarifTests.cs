using System.Text.Json;

namespace Safeguards.Cli.Tests;

/// <summary>
/// <c>--format sarif</c> writes a SARIF 2.1.0 log. With no network for the schema, the properties
/// the schema (sarif-schema-2.1.0.json) requires, and the constraints on the values we emit, are
/// checked here: sarifLog {version = "2.1.0", runs}; run {tool}; tool {driver}; toolComponent
/// {name}; reportingDescriptor {id}; result {message}; message {text or id}; region lines and
/// columns at least 1; level one of none/note/warning/error; ruleIndex pointing at the rule.
/// </summary>
public sealed class SarifTests
{
    private const string Broken = """
        pack kz.detention "Kazakhstan: safeguards in police detention"
          time zone "Asia/Almaty"
        source CPC_OLD "Criminal Procedure Code (before 2015)"
        source CPC_OLD "Criminal Procedure Code (again)"
        article CPC_OLD 134.1 "Detention report within three hours"
        case detention "A person deprived of liberty"
          event apprehended "actual detention" required
          event registered "the detention report is drawn up"
        safeguard DET-REG-3H "Detention report within three hours"
          cites CPC_OLD article 134.1
          applies to detention
          requires registerd within 3 hours after apprehended
        """;

    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    [Fact]
    public void Sarif_output_has_every_property_the_2_1_0_schema_requires()
    {
        using var temp = new TempFolder();
        temp.Write("broken.sg", Broken);
        var result = Cli.Run("check", "--format", "sarif", temp.Path);
        result.ExitCode.ShouldBe(1);
        result.ShouldHaveNoStackTrace();
        result.Error.ShouldContain("error(s)");   // the summary goes to stderr so stdout stays pure SARIF

        using var document = JsonDocument.Parse(result.Out);
        var results = CheckLog(document.RootElement);
        results.ShouldContain(r => r.GetProperty("ruleId").GetString() == "SG2005" && r.GetProperty("level").GetString() == "error");
        results.ShouldContain(r => r.GetProperty("ruleId").GetString() == "SG2002" && r.GetProperty("relatedLocations").GetArrayLength() == 1);
        var unknownEvent = results.First(r => r.GetProperty("ruleId").GetString() == "SG2005");
        var region = unknownEvent.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        region.GetProperty("startLine").GetInt32().ShouldBe(12);
        region.GetProperty("startColumn").GetInt32().ShouldBe(12);
        region.GetProperty("endColumn").GetInt32().ShouldBe(21);
    }

    [Fact]
    public void Sarif_of_a_clean_check_is_valid_and_has_no_errors()
    {
        var result = Cli.Run("check", "--format", "sarif", Path.Combine(Cli.RepoRoot, "rules"));
        result.ExitCode.ShouldBe(0, result.Error);
        using var document = JsonDocument.Parse(result.Out);
        CheckLog(document.RootElement).ShouldAllBe(r => r.GetProperty("level").GetString() != "error");
    }

    [Fact]
    public void Sarif_can_be_written_to_a_file()
    {
        using var temp = new TempFolder();
        temp.Write("broken.sg", Broken);
        var output = Path.Combine(temp.Path, "out.sarif");
        var result = Cli.Run("check", "--format", "sarif", "--output", output, Path.Combine(temp.Path, "broken.sg"));
        result.ExitCode.ShouldBe(1);
        using var document = JsonDocument.Parse(File.ReadAllText(output));
        CheckLog(document.RootElement).ShouldNotBeEmpty();
    }

    /// <summary>Checks the log against the schema's requirements; returns its results.</summary>
    private static List<JsonElement> CheckLog(JsonElement log)
    {
        log.ValueKind.ShouldBe(JsonValueKind.Object);
        log.GetProperty("version").GetString().ShouldBe("2.1.0");
        if (log.TryGetProperty("$schema", out var schema)) Uri.TryCreate(schema.GetString(), UriKind.Absolute, out _).ShouldBeTrue();
        var runs = log.GetProperty("runs");
        runs.ValueKind.ShouldBe(JsonValueKind.Array);
        runs.GetArrayLength().ShouldBeGreaterThan(0);

        var all = new List<JsonElement>();
        foreach (var run in runs.EnumerateArray())
        {
            var driver = run.GetProperty("tool").GetProperty("driver");
            driver.GetProperty("name").GetString().ShouldNotBeNullOrWhiteSpace();
            var rules = driver.TryGetProperty("rules", out var r) ? r.EnumerateArray().ToList() : [];
            var ids = new HashSet<string>();
            foreach (var rule in rules)
            {
                var id = rule.GetProperty("id").GetString();
                id.ShouldNotBeNullOrWhiteSpace();
                ids.Add(id!).ShouldBeTrue($"rule {id} listed twice");
                if (rule.TryGetProperty("shortDescription", out var shortDescription)) CheckMessage(shortDescription);
                // The schema's "format": "uri" means an absolute URI (a relative link belongs in help.text).
                if (rule.TryGetProperty("helpUri", out var helpUri)) Uri.TryCreate(helpUri.GetString(), UriKind.Absolute, out _).ShouldBeTrue();
                if (rule.TryGetProperty("help", out var help)) CheckMessage(help);
                if (rule.TryGetProperty("defaultConfiguration", out var configuration)
                    && configuration.TryGetProperty("level", out var defaultLevel))
                    Levels.ShouldContain(defaultLevel.GetString());
            }

            if (!run.TryGetProperty("results", out var results)) continue;
            foreach (var result in results.EnumerateArray())
            {
                CheckMessage(result.GetProperty("message"));
                var ruleId = result.GetProperty("ruleId").GetString();
                ids.ShouldContain(ruleId!, "every result's rule is described in tool.driver.rules");
                if (result.TryGetProperty("ruleIndex", out var index))
                {
                    index.GetInt32().ShouldBeInRange(0, rules.Count - 1);
                    rules[index.GetInt32()].GetProperty("id").GetString().ShouldBe(ruleId);
                }
                Levels.ShouldContain(result.GetProperty("level").GetString());
                var locations = result.GetProperty("locations");
                locations.GetArrayLength().ShouldBeGreaterThan(0);
                foreach (var location in locations.EnumerateArray()) CheckLocation(location);
                if (result.TryGetProperty("relatedLocations", out var related))
                {
                    foreach (var location in related.EnumerateArray())
                    {
                        CheckLocation(location);
                        if (location.TryGetProperty("message", out var message)) CheckMessage(message);
                        if (location.TryGetProperty("id", out var id)) id.GetInt32().ShouldBeGreaterThanOrEqualTo(0);
                    }
                }
                all.Add(result);
            }
        }
        return all;
    }

    private static void CheckMessage(JsonElement message)
    {
        (message.TryGetProperty("text", out var text) || message.TryGetProperty("id", out _)).ShouldBeTrue("a message needs text or id");
        text.GetString().ShouldNotBeNullOrWhiteSpace();
    }

    private static void CheckLocation(JsonElement location)
    {
        var physical = location.GetProperty("physicalLocation");
        var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString();
        uri.ShouldNotBeNullOrWhiteSpace();
        uri.ShouldNotContain('\\');
        Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out _).ShouldBeTrue($"not a URI reference: {uri}");
        var region = physical.GetProperty("region");
        var startLine = region.GetProperty("startLine").GetInt32();
        startLine.ShouldBeGreaterThanOrEqualTo(1);
        if (region.TryGetProperty("startColumn", out var startColumn)) startColumn.GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        if (region.TryGetProperty("endLine", out var endLine)) endLine.GetInt32().ShouldBeGreaterThanOrEqualTo(startLine);
        if (region.TryGetProperty("endColumn", out var endColumn)) endColumn.GetInt32().ShouldBeGreaterThanOrEqualTo(1);
    }
}
