using Safeguards.Runtime;

namespace Safeguards.Compiler.Tests;

public class SmokeTests
{
    [Fact]
    public void Each_by_order_pairs_every_completing_event_once_beyond_64_occurrences_in_compiled_code()
    {
        var model = Build.Model("""
            pack t.pairing "Each"
              jurisdiction KZ
              time zone "Asia/Almaty"
            source LAW "Law"
            article LAW 1 "One"
            case c "A case"
              event complaint "complaint"
              event answer "answer"
              event reply "reply"
            safeguard EACH "Each answer within 3 days"
              cites LAW article 1
              applies to c
              requires each answer or reply within 3 days after each complaint
            """);
        var (compiled, interpreted, _) = Build.Both(model);
        var start = new DateTimeOffset(2009, 2, 1, 0, 0, 0, TimeSpan.FromHours(6)).UtcTicks;
        string Time(long ticks) => new DateTimeOffset(ticks, TimeSpan.Zero).ToString("yyyy-MM-ddTHH:mm:ssZ");
        foreach (var answers in new[] { 139, 140 })
        {
            var events = new List<string>();
            for (var i = 0; i < 140; i++) events.Add($$"""{ "type": "complaint", "time": "{{Time(start + i * TimeSpan.TicksPerMinute)}}" }""");
            for (var i = 0; i < answers; i++)
                events.Add($$"""{ "type": "{{(i % 2 == 0 ? "answer" : "reply")}}", "time": "{{Time(start + TimeSpan.TicksPerDay + i * TimeSpan.TicksPerMinute)}}" }""");
            var json = $$"""{ "id": "x", "schema": "c", "events": [ {{string.Join(", ", events)}} ] }""";
            var record = new CaseReader(compiled.Schema).ReadOne(json, "x.json", out var errors)!;
            errors.ShouldBeEmpty();
            var asOf = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
            var expected = answers == 140 ? Outcome.Satisfied : Outcome.Violated;
            var a = new Outcome[1]; var b = new Outcome[1];
            compiled.Evaluate(record, asOf, a);
            interpreted.Evaluate(record, asOf, b);
            a[0].ShouldBe(expected);
            b[0].ShouldBe(expected);
        }
    }
}
