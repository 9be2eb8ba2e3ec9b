using Safeguards.Runtime.CompilerServices;
using System.Buffers;
using System.Text;
using System.Text.Json;
using Safeguards.Evaluation.Batch;
using Safeguards.Runtime;

namespace Safeguards.Cli.Output.Eval;

/// <summary>Machine-readable findings (schema: docs/schemas/eval-output.schema.json). With
/// <c>lines</c> every case or error is one JSON object per line (JSON Lines, <see cref="JsonLineEncoder"/>), and the
/// totals come last; otherwise one document whose "results" array is written as the cases stream through. Cases
/// evaluated on the fast path (<see cref="OutcomesCase"/>, <c>--format outcomes</c>) become one short line each.</summary>
public sealed class JsonEvalWriter : IEvalWriter, IDisposable
{
    // Each item is written into this buffer and then handed to the stream or text writer, so output streams
    // case by case while the JSON writer keeps its state (the open "results" array) between items.
    private readonly ArrayBufferWriter<byte> buffer = new(16 * 1024);
    private readonly Utf8JsonWriter json;
    private readonly TextWriter writer;
    private readonly Stream? stream;
    private readonly bool lines;
    private readonly JsonItemWriter items;
    private readonly JsonLineEncoder? encoder;

    /// <param name="stream">When given (a file or the process's standard output), bytes go straight to it;
    /// otherwise they are decoded for <paramref name="writer"/> (tests write to a StringWriter).</param>
    /// <param name="safeguards">The pack's safeguards, to name the outcomes of <see cref="OutcomesCase"/> items.</param>
    public JsonEvalWriter(TextWriter writer, bool lines, string packName, long asOf, LegalCalendar calendar, Stream? stream = null,
        IReadOnlyList<SafeguardInfo>? safeguards = null)
    {
        this.writer = writer;
        this.stream = stream;
        this.lines = lines;
        var zones = new SafeguardZones(calendar.Zone, safeguards);
        var times = zones.Primary;
        items = new JsonItemWriter(zones, safeguards);
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = !lines, Encoder = JsonOutput.Encoder });
        if (lines)
        {
            encoder = new JsonLineEncoder(calendar.Zone, safeguards);
            return;
        }
        json.WriteStartObject();
        json.WriteString("pack", packName);
        Span<byte> text = stackalloc byte[LocalTimeFormatter.MaxBytes];
        json.WriteString("asOf", text[..times.Format(asOf, text)]);
        json.WriteString("timeZone", calendar.Zone.Id);
        json.WriteStartArray("results");
    }

    /// <summary>Whether items can be encoded apart from this writer (<see cref="WriteEncoded"/>): each is one line.</summary>
    public bool WritesLines => lines;

    public void Write(BatchItem item)
    {
        if (encoder is not null) encoder.Encode(item, buffer);
        else items.Write(json, item);
        EndItem();
    }

    /// <summary>Lines encoded elsewhere (by a worker's <see cref="JsonLineEncoder"/>), in order.</summary>
    public void WriteEncoded(ReadOnlySpan<byte> encodedLines)
    {
        if (stream is not null) stream.Write(encodedLines);
        else writer.Write(Encoding.UTF8.GetString(encodedLines));
    }

    public void Finish(BatchTotals totals)
    {
        if (lines) json.WriteStartObject();
        else json.WriteEndArray();
        if (lines) json.WriteString("kind", "totals");
        json.WriteStartObject("totals");
        json.WriteNumber("cases", totals.Cases);
        json.WriteNumber("errors", totals.Errors);
        json.WriteNumber("findings", totals.Findings);
        foreach (var outcome in Enum.GetValues<Outcome>()) json.WriteNumber(OutcomeNames.ToJson(outcome), totals.Count(outcome));
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        EndItem();
        if (stream is not null) stream.Flush();
        else writer.Flush();
    }

    private void EndItem()
    {
        json.Flush();
        WriteEncoded(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
    }

    public void Dispose() => json.Dispose();
}
