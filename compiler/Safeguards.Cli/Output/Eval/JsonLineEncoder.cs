using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Safeguards.Evaluation.Batch;
using Safeguards.Runtime;

namespace Safeguards.Cli.Output.Eval;

/// <summary>
/// One batch item as one JSON line (with its '\n'), the same bytes as <see cref="JsonItemWriter"/> through a minimised
/// <see cref="Utf8JsonWriter"/>. Cases with findings, most of the output of <c>eval --format jsonl</c>, are written
/// byte by byte: the part of a finding that only depends on its safeguard, outcome and severity (title, citations)
/// is encoded once and copied; strings that need no escaping are transcoded straight into the output, the others
/// go through the JSON writer. Errors and outcomes lines go through <see cref="JsonItemWriter"/>. Not thread-safe:
/// one per writer or per worker.
/// </summary>
public sealed class JsonLineEncoder : IBatchItemEncoder
{
    private readonly JsonItemWriter general;
    private readonly SafeguardZones zones;
    private LocalTimeFormatter times;
    private readonly Utf8JsonWriter json = new(new ArrayBufferWriter<byte>(1), Options);
    private readonly ArrayBufferWriter<byte> scratch = new(256);
    private readonly Utf8JsonWriter escaper;
    private readonly Dictionary<string, Heads> heads = new(StringComparer.Ordinal);
    private ArrayBufferWriter<byte> output = new(1);

    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JsonOutput.Encoder };

    public JsonLineEncoder(TimeZoneInfo zone, IReadOnlyList<SafeguardInfo>? safeguards)
    {
        zones = new SafeguardZones(zone, safeguards);
        times = zones.Primary;
        general = new JsonItemWriter(zones, safeguards);
        escaper = new Utf8JsonWriter(scratch, Options);
    }

    public void Encode(BatchItem item, ArrayBufferWriter<byte> into)
    {
        if (item is EvaluatedCase evaluated)
        {
            output = into;
            WriteCase(evaluated);
        }
        else
        {
            json.Reset(into);
            general.Write(json, item);
            json.Flush();
        }
        into.GetSpan(1)[0] = (byte)'\n';
        into.Advance(1);
    }

    private void WriteCase(EvaluatedCase evaluated)
    {
        var record = evaluated.Record;
        Raw("{\"kind\":\"case\",\"caseId\":"u8);
        String(record.Id);
        Raw(",\"schema\":"u8);
        String(record.Schema);
        if (record.SourceFile is { } file)
        {
            Raw(",\"file\":"u8);
            String(file);
        }
        Raw(",\"line\":"u8);
        Number(record.SourceLine);
        Raw(",\"findings\":["u8);
        var first = true;
        foreach (var finding in evaluated.Findings)
        {
            if (!first) Raw(","u8);
            first = false;
            WriteFinding(finding);
        }
        Raw("]}"u8);
    }

    private void WriteFinding(Finding finding)
    {
        times = zones.Of(finding.SafeguardId);
        Raw(Head(finding));
        var evidence = finding.Evidence;
        Raw("\"trigger\":"u8);
        Range(evidence.Trigger);
        Raw(",\"deadline\":"u8);
        Range(evidence.Deadline);
        Raw(",\"completingEvent\":"u8);
        String(evidence.CompletingEvent);
        Raw(",\"completedAt\":"u8);
        Range(evidence.CompletedAt);
        Raw(",\"slackSeconds\":"u8);
        Seconds(evidence.SlackTicks);
        Raw(",\"overrunSeconds\":"u8);
        Seconds(evidence.OverrunTicks);
        Raw(",\"missing\":"u8);
        String(evidence.Missing);
        Raw(",\"reason\":"u8);
        String(evidence.Reason);
        Raw("},\"message\":"u8);
        String(finding.Message);
        Raw("}"u8);
    }

    /// <summary>The finding's head (<see cref="JsonItemWriter.WriteFindingHead"/>), encoded once per safeguard, outcome
    /// and severity; a finding whose title or citations differ from the ones encoded gets its own.</summary>
    private byte[] Head(Finding finding)
    {
        if (!heads.TryGetValue(finding.SafeguardId, out var known) || !known.Fits(finding))
        {
            known = new Heads(finding.Title, finding.Citations);
            heads[finding.SafeguardId] = known;
        }
        var slot = ((int)finding.Outcome * 4) + (int)finding.Severity;
        if ((uint)slot >= (uint)known.BySlot.Length) return EncodeHead(finding);
        return known.BySlot[slot] ??= EncodeHead(finding);
    }

    private byte[] EncodeHead(Finding finding)
    {
        scratch.ResetWrittenCount();
        escaper.Reset(scratch);
        JsonItemWriter.WriteFindingHead(escaper, finding.SafeguardId, finding.Title, finding.Outcome, finding.Severity, finding.Citations);
        escaper.Flush();
        return scratch.WrittenSpan.ToArray();
    }

    private sealed class Heads(string title, IReadOnlyList<Citation> citations)
    {
        public byte[]?[] BySlot { get; } = new byte[]?[(Enum.GetValues<Outcome>().Length * 4)];

        public bool Fits(Finding finding) =>
            (ReferenceEquals(finding.Title, title) || finding.Title == title)
            && (ReferenceEquals(finding.Citations, citations) || finding.Citations.SequenceEqual(citations));
    }

    private void Range(TimeRange? range)
    {
        if (range is not { } r)
        {
            Raw("null"u8);
            return;
        }
        Raw("{\"earliest\":\""u8);
        Time(r.EarliestUtcTicks);
        Raw("\",\"latest\":\""u8);
        Time(r.LatestUtcTicks);
        Raw("\"}"u8);
    }

    private void Time(long utcTicks)
    {
        var span = output.GetSpan(LocalTimeFormatter.MaxBytes);
        output.Advance(times.Format(utcTicks, span));
    }

    private void Seconds(long? ticks)
    {
        if (ticks is { } t) Number(t / TimeSpan.TicksPerSecond);
        else Raw("null"u8);
    }

    private void Number(long value)
    {
        var span = output.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        output.Advance(written);
    }

    /// <summary>A JSON string or null. Transcoded straight into the output when nothing in it needs escaping under
    /// the writer's encoder; otherwise (quotes, control characters, unpaired surrogates...) the JSON writer escapes it.</summary>
    private void String(string? value)
    {
        if (value is null)
        {
            Raw("null"u8);
            return;
        }
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length) + 2);
        var status = Utf8.FromUtf16(value, span[1..], out _, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done && JsonOutput.Encoder.FindFirstCharacterToEncodeUtf8(span.Slice(1, written)) < 0)
        {
            span[0] = (byte)'"';
            span[written + 1] = (byte)'"';
            output.Advance(written + 2);
            return;
        }
        scratch.ResetWrittenCount();
        escaper.Reset(scratch);
        escaper.WriteStringValue(value);
        escaper.Flush();
        Raw(scratch.WrittenSpan);
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }
}
