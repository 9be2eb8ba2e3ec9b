using System.Globalization;
using System.Text;

namespace Safeguards.Bench.Eval;

/// <summary>One detention case as a developer would model it by hand: the POCO that the hand-written
/// rules and RulesEngine read. A missing event is null. Properties (not fields) so RulesEngine's
/// expression language can reach them.</summary>
public sealed class DetentionCase
{
    public string Id { get; init; } = "";
    public bool Criminal { get; init; }
    public bool AllegesTorture { get; init; }
    public DateTimeOffset? Apprehended { get; init; }
    public DateTimeOffset? Registered { get; init; }
    public DateTimeOffset? ProsecutorNotified { get; init; }
    public DateTimeOffset? CourtApplication { get; init; }
    public DateTimeOffset? CourtHearing { get; init; }
    public DateTimeOffset? Released { get; init; }
    public DateTimeOffset? LawyerAccess { get; init; }
    public DateTimeOffset? RelativesNotified { get; init; }
    public DateTimeOffset? MedicalExam { get; init; }
}

/// <summary>Deterministic synthetic cases (seeded): apprehensions spread over two years before the
/// reference time, 15% of them in the last four days (cases still running, so deadlines can be
/// pending); log-normal delays around each limit, so some are late; 3% of delays exactly at the
/// limit (the boundary is on time); each event but the apprehension missing with probability 0.28,
/// the apprehension with 0.08 (about a quarter of all events missing). Times are whole minutes.</summary>
public static class CaseData
{
    /// <summary>The reference time of every measurement: 1 March 2025, 00:00 in Almaty.</summary>
    public static readonly DateTimeOffset AsOf = new(2025, 3, 1, 0, 0, 0, TimeSpan.FromHours(5));

    public const int Seed = 20_250_301;

    public static readonly string[] EventNames =
        ["apprehended", "registered", "prosecutor_notified", "court_application", "court_hearing", "released", "lawyer_access", "relatives_notified", "medical_exam"];

    public static DetentionCase[] Generate(int count, int seed = Seed)
    {
        var random = new Random(seed);
        var cases = new DetentionCase[count];
        for (var i = 0; i < count; i++) cases[i] = Next(random, i);
        return cases;
    }

    /// <summary>A stream of cases for batch files too large to hold (same sequence as <see cref="Generate"/>).</summary>
    public static IEnumerable<DetentionCase> Stream(long count, int seed = Seed)
    {
        var random = new Random(seed);
        for (long i = 0; i < count; i++) yield return Next(random, i);
    }

    private static DetentionCase Next(Random random, long index)
    {
        var recent = random.NextDouble() < 0.15;
        var back = recent ? TimeSpan.FromMinutes(random.Next(0, 4 * 24 * 60)) : TimeSpan.FromMinutes(random.Next(0, 730 * 24 * 60));
        var apprehended = AsOf - back;
        var registered = apprehended + Delay(random, 2, 3);
        var application = registered + Delay(random, 40, 60);
        return new DetentionCase
        {
            Id = "c" + index.ToString("D8", CultureInfo.InvariantCulture),
            Criminal = random.NextDouble() < 0.8,
            AllegesTorture = random.NextDouble() < 0.15,
            Apprehended = Keep(random, 0.08, apprehended),
            Registered = Keep(random, 0.28, registered),
            ProsecutorNotified = Keep(random, 0.28, registered + Delay(random, 8, 12)),
            CourtApplication = Keep(random, 0.28, application),
            CourtHearing = Keep(random, 0.28, application + Delay(random, 5, 8)),
            Released = Keep(random, 0.28, apprehended + Delay(random, 45, 72)),
            LawyerAccess = Keep(random, 0.28, apprehended + Delay(random, 2.5, 3)),
            RelativesNotified = Keep(random, 0.28, registered + Delay(random, 6, 12)),
            MedicalExam = Keep(random, 0.28, registered + Delay(random, 14, 24)),
        };
    }

    /// <summary>A delay in whole minutes: log-normal around the median, or exactly the limit (3%).</summary>
    private static TimeSpan Delay(Random random, double medianHours, double limitHours)
    {
        if (random.NextDouble() < 0.03) return TimeSpan.FromHours(limitHours);
        // Box-Muller: a standard normal variate.
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var hours = medianHours * Math.Exp(0.45 * normal);
        return TimeSpan.FromMinutes(Math.Max(1, Math.Round(hours * 60)));
    }

    private static DateTimeOffset? Keep(Random random, double missing, DateTimeOffset time) =>
        random.NextDouble() < missing ? null : time;

    public static DateTimeOffset?[] Events(DetentionCase c) =>
        [c.Apprehended, c.Registered, c.ProsecutorNotified, c.CourtApplication, c.CourtHearing, c.Released, c.LawyerAccess, c.RelativesNotified, c.MedicalExam];

    /// <summary>The case as one line of case data (docs/case-data.md), times with the Almaty offset.</summary>
    public static void WriteJson(StringBuilder json, DetentionCase c)
    {
        json.Append("{\"id\":\"").Append(c.Id).Append("\",\"schema\":\"detention\",\"facts\":{\"kind\":\"")
            .Append(c.Criminal ? "criminal" : "administrative").Append("\",\"alleges_torture\":")
            .Append(c.AllegesTorture ? "true" : "false").Append("},\"events\":[");
        var events = Events(c);
        var first = true;
        for (var i = 0; i < events.Length; i++)
        {
            if (events[i] is not { } time) continue;
            if (!first) json.Append(',');
            first = false;
            json.Append("{\"type\":\"").Append(EventNames[i]).Append("\",\"time\":\"")
                .Append(time.ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append("\"}");
        }
        json.Append("]}");
    }

    public static string ToJson(DetentionCase c)
    {
        var json = new StringBuilder(640);
        WriteJson(json, c);
        return json.ToString();
    }
}
