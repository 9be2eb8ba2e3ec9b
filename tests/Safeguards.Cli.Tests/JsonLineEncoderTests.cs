using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Safeguards.Cli.Output;
using Safeguards.Cli.Output.Eval;
using Safeguards.Evaluation.Batch;
using Safeguards.Runtime;

namespace Safeguards.Cli.Tests;

/// <summary>The byte-by-byte JSON Lines encoder and its time formatter write what the general path
/// (<see cref="Utf8JsonWriter"/>, <see cref="DateTimeOffset"/> formatting) writes.</summary>
public sealed class JsonLineEncoderTests
{
    private static readonly string[] Zones = ["Asia/Almaty", "Asia/Qyzylorda", "America/Havana", "Australia/Lord_Howe", "America/St_Johns", "Europe/Dublin", "UTC"];

    [Fact]
    public void Times_are_formatted_as_DateTimeOffset_formats_them_in_the_zone()
    {
        foreach (var id in Zones)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            var formatter = new LocalTimeFormatter(zone);
            var text = new byte[LocalTimeFormatter.MaxBytes];
            foreach (var instant in Instants(zone))
            {
                var expected = TimeZoneInfo.ConvertTime(new DateTimeOffset(new DateTime(instant, DateTimeKind.Utc)), zone)
                    .ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
                var written = formatter.Format(instant, text);
                Encoding.UTF8.GetString(text, 0, written).ShouldBe(expected, $"{id} at {instant} ticks");
            }
        }
    }

    /// <summary>The runtime's sentences (<see cref="TimeText.Instant"/>) write instants digit by digit too: the same text as
    /// the general formatting they replaced.</summary>
    [Fact]
    public void Instants_in_sentences_read_as_the_general_formatting_writes_them()
    {
        foreach (var id in Zones)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            var calendar = new Safeguards.Runtime.CompilerServices.LegalCalendar(zone, default);
            foreach (var instant in Instants(zone).Where(t => t < DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay))
            {
                var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(instant, TimeSpan.Zero), zone);
                var sign = local.Offset < TimeSpan.Zero ? "-" : "+";
                var expected = local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" ({sign}{local.Offset:hh\\:mm})";
                TimeText.Instant(calendar, instant).ShouldBe(expected, $"{id} at {instant} ticks");
            }
        }
    }

    /// <summary>Around every offset change from 1900 to 2040, to the tick, and anywhere in between, with fractions;
    /// and the ends of the calendar.</summary>
    private static List<long> Instants(TimeZoneInfo zone)
    {
        var random = new Random(18);
        var instants = new List<long> { DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks, 1, DateTime.MaxValue.Ticks - 1 };
        for (var t = new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks; t < new DateTime(2040, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks; t += TimeSpan.TicksPerHour * 7)
        {
            var next = t + (TimeSpan.TicksPerHour * 7);
            if (zone.GetUtcOffset(new DateTime(t, DateTimeKind.Utc)) != zone.GetUtcOffset(new DateTime(next, DateTimeKind.Utc)))
            {
                for (var s = t; s <= next; s += TimeSpan.TicksPerMinute * 15) instants.AddRange([s - 1, s, s + 1]);
            }
            instants.Add(t + random.NextInt64(TimeSpan.TicksPerHour * 7));
            instants.Add(t + (random.Next(420) * TimeSpan.TicksPerMinute));
        }
        return instants;
    }

    [Fact]
    public void A_case_with_findings_is_the_line_the_JSON_writer_writes()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
        var encoder = new JsonLineEncoder(zone, null);
        var citations = new[] { new Citation("CPC", "Criminal \"Procedure\" Code — 2014", "134.1", new DateOnly(2015, 1, 1), null), new Citation("C", "Const.", null, null, new DateOnly(2030, 2, 3)), new Citation("ECHR", "Court", null, null, null, "§ 3", "ECtHR", new DateOnly(2010, 1, 2)) };
        var exact = TimeRange.Exact(new DateTimeOffset(2024, 3, 1, 0, 30, 0, TimeSpan.FromHours(6)));
        var range = new TimeRange(exact.EarliestUtcTicks, exact.EarliestUtcTicks + (TimeSpan.TicksPerDay * 40) + 1234567);
        var findings = new List<Finding>();
        string[] texts = ["plain", "quote \" and \\ backslash", "line\nbreak\ttab\u0001", "<script>&'+", "Кириллица, 中文, emoji 😀", "lone \ud800 surrogate", ""];
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            foreach (var (text, i) in texts.Select((t, i) => (t, i)))
            {
                var evidence = new Evidence(i % 2 == 0 ? exact : range, i % 3 == 0 ? null : range, i % 2 == 0 ? text : null, i % 4 == 0 ? null : exact,
                    i % 2 == 0 ? 3600 * TimeSpan.TicksPerSecond : null, i % 3 == 0 ? -7 * TimeSpan.TicksPerSecond : null, i % 2 == 1 ? text : null, "Reason: " + text);
                findings.Add(new Finding("c1", "SG-" + (i % 3), "Title " + (i % 3), outcome, (Severity)(i % 3), i % 2 == 0 ? citations : citations[..1], evidence,
                    i % 2 == 0 ? null : text));
            }
        }
        var record = new CaseRecord("case \"1\"", "detention", 0, [], [], "folder/ca\u00e9se.jsonl", 42);
        var item = new EvaluatedCase(record, findings);

        var fast = new ArrayBufferWriter<byte>();
        encoder.Encode(item, fast);
        encoder.Encode(item, fast); // the second time from the encoded heads

        var general = new ArrayBufferWriter<byte>();
        var items = new JsonItemWriter(new SafeguardZones(zone, null), null);
        for (var round = 0; round < 2; round++)
        {
            using var json = new Utf8JsonWriter(general, new JsonWriterOptions { Indented = false, Encoder = JsonOutput.Encoder });
            items.Write(json, item);
            json.Flush();
            general.Write("\n"u8);
        }
        Encoding.UTF8.GetString(fast.WrittenSpan).ShouldBe(Encoding.UTF8.GetString(general.WrittenSpan));
        fast.WrittenSpan.SequenceEqual(general.WrittenSpan).ShouldBeTrue();
    }
}
