using System.Text.RegularExpressions;

namespace Safeguards.Report.Tests;

/// <summary>
/// Packs of several zones in one report: each case is drawn in its own pack's zone (a French case in Paris time,
/// beside Kazakh cases in Almaty time), and a minimum waiting time is drawn as one: the earliest instant the act
/// was allowed, and how much too early it came.
/// </summary>
public sealed class ReportZoneTests
{
    // A first hearing without the lawyer 30 minutes after the lawyer was notified (art. 63-4-2: not before 2 hours).
    private const string FrenchCase = """
        {"id": "fr-early-hearing", "schema": "garde_a_vue", "facts": {"max_sentence_years": 5, "organised_crime": false},
         "events": [
          {"type": "placed_in_custody", "time": "2024-03-05T09:00:00+01:00"},
          {"type": "lawyer_notified", "time": "2024-03-05T09:30:00+01:00"},
          {"type": "hearing", "time": "2024-03-05T10:00:00+01:00", "attributes": {"lawyer": "absent"}},
          {"type": "released", "time": "2024-03-05T18:00:00+01:00"}]}
        """;

    private static string Section(string html, string caseId)
    {
        var start = html.IndexOf($"data-case=\"{caseId}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no section for {caseId}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public void A_case_is_drawn_in_its_own_packs_zone_and_a_wait_shows_the_earliest_allowed_instant()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(Repo.Cases, "ro-2011-detention.json"), Path.Combine(folder.Path, "ro-2011-detention.json"));
        folder.File("fr-early-hearing.json", FrenchCase);
        var output = Path.Combine(folder.Path, "report.html");
        var (exit, _, error) = Repo.Run("report", Repo.Rules, folder.Path, "--as-of", Repo.AsOf, "-o", output);
        exit.ShouldBe(0, error);
        var html = File.ReadAllText(output);
        html.ShouldContain("each case's times shown in the zone of its own pack");

        var french = Section(html, "fr-early-hearing");
        french.ShouldContain("times in Europe/Paris");
        french.ShouldContain("2024-03-05 10:00 (+01:00)"); // the hearing, as Paris reads it (not 15:00 Almaty time)
        french.ShouldNotContain("(+06:00)");
        var lane = Regex.Match(french, "<g class=\"row lane f o-violated\"[^>]*><title>FR-CPP-63-4-2: violated</title>.*?(?=<g class=\"row lane|</svg>)", RegexOptions.Singleline).Value;
        lane.ShouldNotBeEmpty();
        lane.ShouldContain("mark-earliest");
        lane.ShouldContain("earliest allowed: 2024-03-05 11:30 (+01:00)");
        lane.ShouldNotContain("mark-deadline");
        lane.ShouldContain("too early by 90 min"); // 11:30 allowed, 10:00 held

        var kazakh = Section(html, "ro-2011-detention");
        kazakh.ShouldContain("times in Asia/Almaty");
        kazakh.ShouldNotContain("(+01:00)");
    }
}
