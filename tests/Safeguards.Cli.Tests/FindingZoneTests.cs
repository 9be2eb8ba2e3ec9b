using System.Text.Json;

namespace Safeguards.Cli.Tests;

/// <summary>Packs of several jurisdictions evaluated together: each finding's times are written in its own safeguard's
/// zone (a Kazakh finding in Almaty time), not in the first pack's, whatever the formats.</summary>
public sealed class FindingZoneTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void A_finding_s_times_are_in_its_safeguard_s_zone_when_packs_of_several_zones_run_together(string format)
    {
        var result = Cli.Run("eval", Samples.Rules, Samples.LateRegistrationFile(), "--as-of", Samples.AsOf, "--format", format, "--engine", "interpreter");
        result.ExitCode.ShouldBe(1, result.Error);
        var json = format == "json" ? result.Out : result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0];
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (format == "json")
        {
            root.GetProperty("timeZone").GetString().ShouldNotBe("Asia/Almaty"); // rules/de sorts first: the set's primary zone
            root = root.GetProperty("results")[0];
        }
        var finding = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("safeguard").GetString() == "DET-REG-3H");
        var trigger = finding.GetProperty("evidence").GetProperty("trigger");
        trigger.GetProperty("earliest").GetString().ShouldBe("2009-03-10T10:00:00+06:00");
    }
}
