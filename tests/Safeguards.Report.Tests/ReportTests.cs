using System.Text.Json;
using System.Text.RegularExpressions;

namespace Safeguards.Report.Tests;

public sealed class ReportTests
{
    private const string Csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    private static string Report(TempFolder folder, params string[] args)
    {
        var output = Path.Combine(folder.Path, "report.html");
        var (exit, _, error) = Repo.Run(["report", .. args, "--as-of", Repo.AsOf, "-o", output]);
        exit.ShouldBe(0, error);
        Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
        return File.ReadAllText(output);
    }

    private static string Id(string html, string id) => Regex.Match(html, $"id=\"{id}\">([0-9]+)<").Groups[1].Value;

    [Fact]
    public void The_summary_of_the_example_cases_matches_eval()
    {
        using var folder = new TempFolder();
        var html = Report(folder, Repo.Rules, Repo.Cases);
        var (_, json, _) = Repo.Run("eval", Repo.Rules, Repo.Cases, "--as-of", Repo.AsOf, "--format", "json");
        var totals = JsonDocument.Parse(json).RootElement.GetProperty("totals");
        Id(html, "cases-evaluated").ShouldBe(totals.GetProperty("cases").GetInt32().ToString());
        Id(html, "records-with-errors").ShouldBe(totals.GetProperty("errors").GetInt32().ToString());
        Id(html, "findings-total").ShouldBe(totals.GetProperty("findings").GetInt32().ToString());
        foreach (var outcome in new[] { "satisfied", "violated", "pending", "not-applicable", "insufficient-data", "indeterminate" })
            Regex.Match(html, $"data-outcome-total=\"{outcome}\">([0-9]+)<").Groups[1].Value.ShouldBe(totals.GetProperty(outcome).GetInt32().ToString());
        Regex.Matches(html, "<section class=\"case\"").Count.ShouldBe(totals.GetProperty("cases").GetInt32());
        Regex.Matches(html, "<tr class=\"case-row\"").Count.ShouldBe(totals.GetProperty("cases").GetInt32());
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        using var folder = new TempFolder();
        var html = Report(folder, Repo.Rules, Repo.Cases);
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain($"<meta http-equiv=\"Content-Security-Policy\" content=\"{Csp}\">");
        Regex.Matches(html, "<script").Count.ShouldBe(1);
        html.ShouldNotContain("<script src");
        html.ShouldNotContain("<link");
        html.ShouldNotContain("@import");
        html.ShouldNotContain("url(");
        html.ShouldNotContain("<img");
        // The only absolute URL is the SVG namespace (in the markup and the script), a name, not a request.
        Regex.Matches(html, "https?://").Count.ShouldBe(Regex.Matches(html, "http://www\\.w3\\.org/2000/svg").Count);
        Regex.Matches(html, "href=\"(?!#)").Count.ShouldBe(0);
    }

    [Fact]
    public void Script_in_titles_case_ids_event_ids_and_messages_is_text()
    {
        using var folder = new TempFolder();
        var rules = folder.File("xss.sg", XssPack);
        var cases = folder.File("xss.json", XssCase);
        var html = Report(folder, rules, cases);
        Regex.Matches(html, "<script").Count.ShouldBe(1); // ours, at the end
        html.ShouldNotContain("<script>alert");
        html.ShouldContain("&lt;script&gt;alert(&#39;case&#39;)&lt;/script&gt;");
        html.ShouldContain("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
        html.ShouldContain("&quot;&gt;&lt;script&gt;alert(&#39;ev&#39;)");
        html.ShouldContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public void Beyond_the_detail_limit_cases_are_counted_and_listed_and_the_page_says_so()
    {
        using var folder = new TempFolder();
        var html = Report(folder, Repo.Rules, Repo.Cases, "--detail-limit", "3");
        Regex.Matches(html, "<section class=\"case\"").Count.ShouldBe(3);
        Regex.Matches(html, "<tr class=\"case-row\"").Count.ShouldBe(27);
        html.ShouldContain("id=\"detail-limit\"");
        html.ShouldContain("first 3 of 27 cases");
        Id(html, "cases-evaluated").ShouldBe("27");
    }

    [Fact]
    public void Records_with_data_errors_are_listed_with_file_line_and_field()
    {
        using var folder = new TempFolder();
        var bad = folder.File("bad.json", "{\"id\": \"b1\", \"schema\": \"detention\",\n \"events\": [{\"type\": \"apprehended\", \"time\": \"yesterday\"}]}");
        var html = Report(folder, Repo.Rules, bad, Path.Combine(Repo.Cases, "ro-2011-detention.json"));
        Id(html, "records-with-errors").ShouldBe("1");
        Id(html, "cases-evaluated").ShouldBe("1");
        html.ShouldContain("bad.json</td><td class=\"n\">2</td><td>b1</td><td><code>$.events[0].time</code>");
        html.ShouldNotContain("yesterday"); // case contents stay out of error messages
    }

    [Fact]
    public void A_bad_reference_time_or_missing_output_is_an_input_error()
    {
        Repo.Run("report", Repo.Rules, Repo.Cases, "-o", Path.Combine(Path.GetTempPath(), "x.html"), "--as-of", "tomorrow").Exit.ShouldBe(2);
        Repo.Run("report", Repo.Rules, Repo.Cases).Exit.ShouldNotBe(0);
    }

    public const string XssPack = """
        pack test.xss "<script>alert('pack')</script>"
          jurisdiction KZ
          time zone "Asia/Almaty"

        source LAW "<script>alert('source')</script> Code"
          status binding

        article LAW 1 "<b>one</b>"

        case detention "x"
          event apprehended "a" required
          event registered "r"

        safeguard REG-3H "<script>alert('title')</script> within three hours"
          cites LAW article 1
          applies to detention
          requires registered within 3 hours after apprehended
          message "Late by {overrun} </script><script>alert(1)</script>"
        """;

    public const string XssCase = """
        {"id": "<script>alert('case')</script>", "schema": "detention", "events": [
         {"id": "\"><script>alert('ev')</script>", "type": "apprehended", "time": "2020-01-01T10:00:00+06:00"},
         {"type": "registered", "time": "2020-01-01T15:00:00+06:00"}]}
        """;
}
