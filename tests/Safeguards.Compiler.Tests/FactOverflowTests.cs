using System.Globalization;
using Safeguards.Runtime;

namespace Safeguards.Compiler.Tests;

/// <summary>Duration and number facts compared with a limit: a large value never wraps around (it once did:
/// 153722867280912931 hours × 60 minutes overflowed and "held is more than 72 hours" became false). The reader
/// refuses values beyond 2^53 − 1; the engines compare without multiplying, so even a record built in code
/// with any long gets the mathematically right answer, the same in both.</summary>
public sealed class FactOverflowTests
{
    private const long Max = 9_007_199_254_740_991; // 2^53 − 1, the reader's bound

    private const string Pack = """
        pack t.overflow "Overflow"
          jurisdiction KZ
          time zone "Asia/Almaty"

        source LAW "A law"
          status binding
        article LAW 1 "Article one"

        case det "A detention"
          event apprehended "actual detention" required
          event registered "the report"
          fact held "hours held": hours
          fact weeks_held "weeks held": weeks
          fact count "a number": number

        safeguard MORE-72H "held more than 72 hours"
          cites LAW article 1
          applies to det when held is more than 72 hours
          requires registered within 3 hours after apprehended

        safeguard LEAST-90MIN "held at least 90 minutes"
          cites LAW article 1
          applies to det when held is at least 90 minutes
          requires registered within 3 hours after apprehended

        safeguard MOST-150MIN "held at most 150 minutes"
          cites LAW article 1
          applies to det when held is at most 150 minutes
          requires registered within 3 hours after apprehended

        safeguard LESS-10D "held less than 10 days"
          cites LAW article 1
          applies to det when weeks_held is less than 10 days
          requires registered within 3 hours after apprehended

        safeguard COUNT-MORE "count more than 3"
          cites LAW article 1
          applies to det when count is more than 3
          requires registered within 3 hours after apprehended
        """;

    /// <summary>What each safeguard's condition means, computed in 128 bits (exact for every long).</summary>
    private static readonly (string Id, string Fact, Func<Int128, bool> Holds)[] Conditions =
    [
        ("MORE-72H", "held", v => v * 60 > 72 * 60),
        ("LEAST-90MIN", "held", v => v * 60 >= 90),
        ("MOST-150MIN", "held", v => v * 60 <= 150),
        ("LESS-10D", "weeks_held", v => v * 7 < 10),
        ("COUNT-MORE", "count", v => v > 3),
    ];

    private static readonly Lazy<(IRulePack Compiled, IRulePack Interpreted)> engines = new(() =>
    {
        var (compiled, interpreted, _) = Build.Both(Build.Model(Pack));
        return (compiled, interpreted);
    });

    private static string Json(string fact, string value) =>
        $$"""{"id": "c", "schema": "det", "facts": {"{{fact}}": {{value}}}, "events": [{"type": "apprehended", "time": "2020-01-01T10:00:00+06:00"}, {"type": "registered", "time": "2020-01-01T11:00:00+06:00"}]}""";

    private static readonly long AsOf = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    private static bool Applies(IRulePack pack, CaseRecord record, string id)
    {
        var outcomes = new Outcome[pack.Safeguards.Count];
        pack.Evaluate(record, AsOf, outcomes);
        var index = pack.Safeguards.Select(s => s.Id).ToList().IndexOf(id);
        var outcome = outcomes[index];
        // Applicable, it is satisfied (registered after an hour); not applicable, the condition is false.
        (outcome is Outcome.Satisfied or Outcome.NotApplicable).ShouldBeTrue($"{id}: {outcome}");
        pack.Explain(record, AsOf).Single(f => f.SafeguardId == id).Outcome.ShouldBe(outcome);
        return outcome == Outcome.Satisfied;
    }

    [Theory]
    [InlineData("153722867280912931")] // × 60 wraps to a negative number of minutes
    [InlineData("9007199254740992")]
    [InlineData("-9007199254740992")]
    [InlineData("9223372036854775807")]
    public void The_reader_refuses_a_duration_beyond_the_bound(string value)
    {
        var (compiled, _) = engines.Value;
        var record = new CaseReader(compiled.Schema).ReadOne(Json("held", value), "case.json", out var errors);
        record.ShouldBeNull();
        var error = errors.ShouldHaveSingleItem();
        error.JsonPath.ShouldBe("$.facts.held");
        error.Message.ShouldBe($"fact 'held' is a number: expected a whole number from -{Max} to {Max} (a number or duration beyond that is not a real value)");
        error.Message.ShouldNotContain(value); // case contents stay out of messages
    }

    [Theory]
    [InlineData(Max)]
    [InlineData(-Max)]
    [InlineData(73)]
    public void The_reader_keeps_a_value_within_the_bound(long value)
    {
        var (compiled, _) = engines.Value;
        var record = new CaseReader(compiled.Schema).ReadOne(Json("held", value.ToString(CultureInfo.InvariantCulture)), "case.json", out var errors);
        errors.ShouldBeEmpty();
        record!.Fact(compiled.Schema.Cases[0].FindFact("held")!.Index).Number.ShouldBe(value);
    }

    /// <summary>Values drawn across every magnitude up to the bound, read from JSON: both engines give the
    /// exact answer, and "held is more than X" is monotonic in the value.</summary>
    [Fact]
    public void Read_values_compare_exactly_and_monotonically_in_both_engines()
    {
        var (compiled, interpreted) = engines.Value;
        var reader = new CaseReader(compiled.Schema);
        var random = new Random(17);
        var values = new List<long> { Max, -Max, Max - 1, 0, 72, 73, 1, 2, 3 };
        for (var i = 0; i < 3000; i++)
        {
            var magnitude = (long)Math.Pow(2, random.NextDouble() * 53);
            values.Add(Math.Min(Max, magnitude) * (random.Next(4) == 0 ? -1 : 1));
        }
        foreach (var (id, fact, holds) in Conditions)
        {
            var answers = new SortedDictionary<long, bool>();
            foreach (var value in values)
            {
                var record = reader.ReadOne(Json(fact, value.ToString(CultureInfo.InvariantCulture)), "case.json", out var errors);
                errors.ShouldBeEmpty();
                var answer = Applies(compiled, record!, id);
                Applies(interpreted, record!, id).ShouldBe(answer, $"{id} with {fact} = {value}: the engines differ");
                answer.ShouldBe(holds(value), $"{id} with {fact} = {value}");
                answers[value] = answer;
            }
            // Monotonic: a "more than / at least" condition, once true, stays true for larger values; "at most /
            // less than" the other way round.
            var sequence = answers.Values.ToList();
            var increasing = id is "MORE-72H" or "LEAST-90MIN" or "COUNT-MORE";
            for (var i = 1; i < sequence.Count; i++)
                (increasing ? !sequence[i - 1] || sequence[i] : sequence[i - 1] || !sequence[i]).ShouldBeTrue($"{id} is not monotonic");
        }
    }

    /// <summary>A record built in code is not bounded by the reader: any long still gets the exact answer.</summary>
    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(153722867280912931L)]
    [InlineData(-153722867280912931L)]
    [InlineData(long.MaxValue / 7 + 1)]
    public void Records_built_in_code_compare_exactly_for_any_long(long value)
    {
        var (compiled, interpreted) = engines.Value;
        var template = new CaseReader(compiled.Schema).ReadOne(Json("count", "0"), "case.json", out _)!;
        var schema = compiled.Schema.Cases[0];
        foreach (var (id, fact, holds) in Conditions)
        {
            var facts = template.Facts.ToArray();
            facts[schema.FindFact(fact)!.Index] = FactValue.FromNumber(value);
            var record = new CaseRecord("c", "det", template.CaseSchemaIndex, facts, template.EventsByType);
            Applies(compiled, record, id).ShouldBe(holds(value), $"compiled {id} with {fact} = {value}");
            Applies(interpreted, record, id).ShouldBe(holds(value), $"interpreted {id} with {fact} = {value}");
        }
    }

    [Fact]
    public void Exact_durations_in_code_overflow_loudly_not_silently() =>
        Should.Throw<OverflowException>(() => LegalDuration.Hours(int.MaxValue).ExactTicks);
}
