using Safeguards.Evaluation.Batch;
using Safeguards.Evaluation.Settings;
using Safeguards.Runtime;
using static Safeguards.Evaluation.Tests.Packs;

namespace Safeguards.Evaluation.Tests;

/// <summary>Deployment settings raise, lower or turn off safeguards by id, category or legal status.</summary>
public sealed class SettingsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sg-settings-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private DeploymentSettings Load(string json)
    {
        var path = Path.Combine(folder, DeploymentSettings.DefaultFileName);
        File.WriteAllText(path, json);
        DeploymentSettings.TryLoad(path, out var settings, out var error).ShouldBeTrue(error);
        settings.Source.ShouldBe(path);
        return settings;
    }

    private static SafeguardInfo Info(string id) => TestPack.Pack.Safeguards.Single(s => s.Id == id);

    [Fact]
    public void Precedence_is_id_then_category_then_status()
    {
        var settings = Load("""
            { // comments and trailing commas are accepted
              "safeguards": { "REG": "warning", "JR": "off" },
              "categories": { "detention": "info", "judicial-control": "error", "rights": "error" },
              "statuses": { "recommendation": "warning", "binding": "info", },
            }
            """);
        settings.EffectiveSeverity(Info("REG")).ShouldBe(Severity.Warning);  // id beats category and status
        settings.EffectiveSeverity(Info("JR")).ShouldBeNull();               // off, although its category says error
        settings.EffectiveSeverity(Info("TWO-REQ")).ShouldBe(Severity.Error); // category rights beats status recommendation
        settings.EffectiveSeverity(Info("H72")).ShouldBe(Severity.Info);      // no category: status binding
        DeploymentSettings.None.EffectiveSeverity(Info("TWO-REQ")).ShouldBe(Severity.Info);
    }

    [Fact]
    public void Findings_record_the_effective_severity_and_off_removes_them()
    {
        var settings = Load("""{ "safeguards": { "REG": "warning", "JR": "off" }, "statuses": { "recommendation": "error" } }""");
        var pack = TestPack.Pack;
        var evaluator = new BatchEvaluator(pack, settings, At("2020-01-01T00:00:00+06:00"));
        var record = Case(pack, Json("\"kind\": \"criminal\"", Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-09T09:00:00+06:00"),
            Ev("application", "2009-01-09T10:00:00+06:00")));
        var findings = evaluator.Evaluate(record);
        findings.ShouldNotContain(f => f.SafeguardId == "JR");
        var reg = findings.Single(f => f.SafeguardId == "REG");
        reg.Severity.ShouldBe(Severity.Warning);
        reg.Outcome.ShouldBe(Runtime.Outcome.Violated);
        findings.Single(f => f.SafeguardId == "TWO-REQ").Severity.ShouldBe(Severity.Error);
        findings.Single(f => f.SafeguardId == "H72").Severity.ShouldBe(Severity.Error); // untouched
        // Without settings JR is there.
        new BatchEvaluator(pack, DeploymentSettings.None, At("2020-01-01T00:00:00+06:00")).Evaluate(record).ShouldContain(f => f.SafeguardId == "JR");
        findings.Count.ShouldBe(pack.Explain(record, At("2020-01-01T00:00:00+06:00")).Count - 1);
    }

    [Theory]
    [InlineData("""{ "safeguards": { "REG": "loud" } }""", "must be")]
    [InlineData("""{ "severities": {} }""", "unknown setting")]
    [InlineData("""[1, 2]""", "expected a JSON object")]
    [InlineData("""{ "safeguards": """, "cannot read")]
    public void Bad_settings_are_refused_with_a_message(string json, string expected)
    {
        var path = Path.Combine(folder, "bad.json");
        File.WriteAllText(path, json);
        DeploymentSettings.TryLoad(path, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull();
        error.ShouldContain(expected);
        error.ShouldStartWith(path);
    }
}
