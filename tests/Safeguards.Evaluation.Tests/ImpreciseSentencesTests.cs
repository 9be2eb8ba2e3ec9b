using Safeguards.Runtime.CompilerServices;
using System.Text;
using Safeguards.Evaluation.Explanation;
using Safeguards.Runtime;
using static Safeguards.Evaluation.Tests.Packs;

namespace Safeguards.Evaluation.Tests;

/// <summary>
/// The sentences findings and explanations print for imprecise, unknown and distant times, kept in one golden
/// file (Golden/imprecise-sentences.txt) so a reviewer can read them all as a lawyer would (issue #12). After an
/// intended change run with SAFEGUARDS_UPDATE_BASELINES=1 and read the diff.
/// </summary>
public class ImpreciseSentencesTests
{
    private static readonly Interpreter P = TestPack.Pack;
    private static readonly LegalCalendar Calendar = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty"), MonthRounding.Down);
    private const string Later = "2030-01-01T00:00:00+06:00";
    private const string Criminal = "\"kind\": \"criminal\"";

    private static readonly (string Title, string Json, string AsOf, string Safeguard, bool Explain)[] Cases =
    [
        ("registration known only as the day of the apprehension", Json(Criminal, Ev("apprehended", "2013-01-08T14:30:00+06:00"), Ev("registered", "2013-01-08")), Later, "REG", true),
        ("registration known only as a later day", Json(Criminal, Ev("apprehended", "2013-01-06T14:30:00+06:00"), Ev("registered", "2013-01-08")), Later, "REG", false),
        ("apprehension known only as a day, registration exact", Json(Criminal, Ev("apprehended", "2013-01-08"), Ev("registered", "2013-01-09T10:00:00+06:00")), Later, "REG", false),
        ("apprehension known only as the month", Json(Criminal, Ev("apprehended", "2013-01"), Ev("registered", "2013-03-09T10:00:00+06:00")), Later, "REG", false),
        ("release never recorded, thirteen years on", Json("", Ev("apprehended", "2013-01-06")), "2026-11-23T12:00:00+05:00", "REL-3D", true),
        ("release never recorded, some days on", Json("", Ev("apprehended", "2013-01-06T10:00:00+06:00")), "2013-01-12T10:00:00+06:00", "REL-3D", false),
        ("release within a window that straddles the deadline", Json("", Ev("apprehended", "2013-01-06T10:00:00+06:00"),
            Ev("released", """{ "earliest": "2013-01-09T10:00:00+06:00", "latest": "2013-01-10T12:00:00+06:00" }""")), Later, "REL-3D", true),
        ("release known only as days after the deadline", Json("", Ev("apprehended", "2013-01-06T10:00:00+06:00"),
            Ev("released", """{ "earliest": "2013-01-11", "latest": "2013-01-12" }""")), Later, "REL-3D", false),
        ("hearing 1 day 10 hours to 2 days 10 hours after a registration known as a day", Json("", Ev("apprehended", "2013-01-07T09:00:00+06:00"),
            Ev("registered", "2013-01-08"), Ev("hearing", "2013-01-10T10:00:00+06:00")), Later, "H72", false),
        ("completing event recorded without a time", Json("", Ev("apprehended", "2013-01-06T10:00:00+06:00"), Ev("released", "unknown")), Later, "REL-3D", true),
        ("trigger recorded without a time", Json(Criminal, Ev("apprehended", "unknown"), Ev("registered", "2013-01-08T10:00:00+06:00")), Later, "REG", false),
        ("the day of the trigger straddles a change of law", Json("", Ev("apprehended", """{ "earliest": "2014-12-31", "latest": "2015-01-01" }"""),
            Ev("registered", "2015-01-01T10:00:00+06:00")), Later, "REG-OLD", false),
        ("a pending deadline counted in days", Json("", Ev("apprehended", "2013-01-06T10:00:00+06:00")), "2013-01-07T10:00:00+06:00", "REL-3D", false),
        ("released at midnight after the third day", Json("", Ev("apprehended", "2013-01-06T10:00:00+06:00"), Ev("released", "2013-01-10T00:00:00+06:00")), Later, "REL-3D", false),
        ("registered 24 hours 20 minutes after, beside an hour limit", Json(Criminal, Ev("apprehended", "2013-01-06T10:00:00+06:00"), Ev("registered", "2013-01-07T10:20:00+06:00")), Later, "REG", false),
    ];

    [Fact]
    public void Sentences_for_imprecise_times_match_the_golden_file()
    {
        var text = new StringBuilder();
        foreach (var (title, json, asOf, safeguard, explain) in Cases)
        {
            var finding = Finding(P, json, asOf, safeguard);
            text.Append("## ").Append(safeguard).Append(": ").AppendLine(title);
            text.Append(OutcomeNames.ToJson(finding.Outcome)).Append(": ").AppendLine(finding.Evidence.Reason);
            if (finding.Message is { } message) text.Append("message: ").AppendLine(message);
            if (explain)
            {
                var info = P.Safeguards.Single(s => s.Id == safeguard);
                text.AppendLine("explain:");
                foreach (var line in TimelineExplainer.Explain(info, finding, Calendar, At(asOf)).Split('\n'))
                    text.Append("  | ").AppendLine(line.TrimEnd('\r'));
            }
            text.AppendLine();
        }
        Golden.Compare("imprecise-sentences.txt", text.ToString());
    }
}

/// <summary>Compares text with a checked-in golden file, or rewrites it when SAFEGUARDS_UPDATE_BASELINES=1.</summary>
internal static class Golden
{
    public static void Compare(string name, string actual)
    {
        var path = Path.Combine(SourceFolder(), "Golden", name);
        if (Environment.GetEnvironmentVariable("SAFEGUARDS_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        File.Exists(path).ShouldBeTrue($"missing golden file {name}: run with SAFEGUARDS_UPDATE_BASELINES=1");
        actual.ReplaceLineEndings("\n").ShouldBe(File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    /// <summary>The test project's folder in the repository, found from the test assembly (CallerFilePath is mapped
    /// to /_/ in CI's deterministic builds, so it cannot name the checked-in file).</summary>
    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Safeguards.sln"))) return Path.Combine(dir.FullName, "tests", "Safeguards.Evaluation.Tests");
        throw new InvalidOperationException("Safeguards.sln not found above " + AppContext.BaseDirectory);
    }
}
