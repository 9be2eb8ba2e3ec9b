using Safeguards.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Safeguards.Evaluation.Batch;
using Safeguards.Runtime;

namespace Safeguards.Cli.Output.Eval;

/// <summary>Machine-readable findings (schema: docs/schemas/eval-output.schema.json). With
/// <c>lines</c> every case or error is one JSON object per line (JSON Lines), and the totals come last;
/// otherwise one document whose "results" array is written as the cases stream through. Cases evaluated
/// on the fast path (<see cref="OutcomesCase"/>, <c>--format outcomes</c>) become one short line each.</summary>
public sealed class JsonEvalWriter : IEvalWriter, IDisposable
{
    // Each item is written into this buffer and then handed to the text writer, so output streams
    // case by case while the JSON writer keeps its state (the open "results" array) between items.
    private readonly ArrayBufferWriter<byte> buffer = new(16 * 1024);
    private readonly Utf8JsonWriter json;
    private readonly TextWriter writer;
    private readonly Stream? stream;
    private readonly bool lines;
    private readonly LegalCalendar calendar;

    // The fast-path lines are written by the hundred thousand per second: names and values pre-encoded.
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind"), CaseKind = JsonEncodedText.Encode("case"),
        CaseIdName = JsonEncodedText.Encode("caseId"), SchemaName = JsonEncodedText.Encode("schema"), FileName = JsonEncodedText.Encode("file"),
        LineName = JsonEncodedText.Encode("line"), OutcomesName = JsonEncodedText.Encode("outcomes");
    private static readonly JsonEncodedText[] OutcomeValues = [.. Enum.GetValues<Outcome>().Select(o => JsonEncodedText.Encode(OutcomeNames.ToJson(o)))];
    private readonly JsonEncodedText[] safeguardIds;
    private string? lastFile;
    private JsonEncodedText lastFileEncoded;

    /// <param name="stream">When given (a file or the process's standard output), bytes go straight to it;
    /// otherwise they are decoded for <paramref name="writer"/> (tests write to a StringWriter).</param>
    /// <param name="safeguards">The pack's safeguards, to name the outcomes of <see cref="OutcomesCase"/> items.</param>
    public JsonEvalWriter(TextWriter writer, bool lines, string packName, long asOf, LegalCalendar calendar, Stream? stream = null,
        IReadOnlyList<SafeguardInfo>? safeguards = null)
    {
        safeguardIds = safeguards is null ? [] : [.. safeguards.Select(s => JsonEncodedText.Encode(s.Id, JsonOutput.Encoder))];
        this.writer = writer;
        this.stream = stream;
        this.lines = lines;
        this.calendar = calendar;
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = !lines, Encoder = JsonOutput.Encoder });
        if (lines) return;
        json.WriteStartObject();
        json.WriteString("pack", packName);
        json.WriteString("asOf", Time(asOf));
        json.WriteString("timeZone", calendar.Zone.Id);
        json.WriteStartArray("results");
    }

    public void Write(BatchItem item)
    {
        switch (item)
        {
            case EvaluatedCase evaluated: WriteCase(evaluated); break;
            case OutcomesCase fast: WriteOutcomes(fast); break;
            case UnreadableCase unreadable: WriteError(unreadable); break;
        }
        EndLine();
    }

    private void WriteCase(EvaluatedCase evaluated)
    {
        json.WriteStartObject();
        json.WriteString("kind", "case");
        json.WriteString("caseId", evaluated.Record.Id);
        json.WriteString("schema", evaluated.Record.Schema);
        if (evaluated.Record.SourceFile is { } file) json.WriteString("file", file);
        json.WriteNumber("line", evaluated.Record.SourceLine);
        json.WriteStartArray("findings");
        foreach (var finding in evaluated.Findings) WriteFinding(finding);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A case on the fast path: the outcome of each safeguard that applies (not-applicable ones are left out).</summary>
    private void WriteOutcomes(OutcomesCase fast)
    {
        var record = fast.Record;
        json.WriteStartObject();
        json.WriteString(KindName, CaseKind);
        json.WriteString(CaseIdName, record.Id);
        json.WriteString(SchemaName, record.Schema);
        if (record.SourceFile is { } file)
        {
            // Every case of a batch file names the same file: encode it once.
            if (!ReferenceEquals(file, lastFile)) (lastFile, lastFileEncoded) = (file, JsonEncodedText.Encode(file, JsonOutput.Encoder));
            json.WriteString(FileName, lastFileEncoded);
        }
        json.WriteNumber(LineName, record.SourceLine);
        json.WriteStartObject(OutcomesName);
        for (var i = 0; i < fast.Outcomes.Length; i++)
        {
            if (fast.Included[i] && fast.Outcomes[i] != Outcome.NotApplicable) json.WriteString(safeguardIds[i], OutcomeValues[(int)fast.Outcomes[i]]);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteFinding(Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("safeguard", finding.SafeguardId);
        json.WriteString("title", finding.Title);
        json.WriteString("outcome", OutcomeNames.ToJson(finding.Outcome));
        json.WriteString("severity", finding.Severity.ToKeyword());
        json.WriteStartArray("citations");
        foreach (var citation in finding.Citations)
        {
            json.WriteStartObject();
            json.WriteString("source", citation.Source);
            json.WriteString("sourceTitle", citation.SourceTitle);
            if (citation.Article is { } article) json.WriteString("article", article); else json.WriteNull("article");
            // Only for the citations that have them, so a finding citing numbered articles of a law reads as it always did.
            if (citation.Designation is { } designation) json.WriteString("designation", designation);
            if (citation.Court is { } court) json.WriteString("court", court);
            if (citation.Decided is { } decided) WriteDate("decided", decided);
            WriteDate("inForceFrom", citation.InForceFrom);
            WriteDate("inForceUntil", citation.InForceUntil);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        var evidence = finding.Evidence;
        json.WriteStartObject("evidence");
        WriteRange("trigger", evidence.Trigger);
        WriteRange("deadline", evidence.Deadline);
        if (evidence.CompletingEvent is { } completing) json.WriteString("completingEvent", completing); else json.WriteNull("completingEvent");
        WriteRange("completedAt", evidence.CompletedAt);
        WriteSeconds("slackSeconds", evidence.SlackTicks);
        WriteSeconds("overrunSeconds", evidence.OverrunTicks);
        if (evidence.Missing is { } missing) json.WriteString("missing", missing); else json.WriteNull("missing");
        json.WriteString("reason", evidence.Reason);
        json.WriteEndObject();
        if (finding.Message is { } message) json.WriteString("message", message); else json.WriteNull("message");
        json.WriteEndObject();
    }

    private void WriteError(UnreadableCase unreadable)
    {
        json.WriteStartObject();
        json.WriteString("kind", "error");
        json.WriteString("file", unreadable.Error.File);
        json.WriteNumber("line", unreadable.Error.Line);
        if (unreadable.Error.CaseId is { } id) json.WriteString("caseId", id); else json.WriteNull("caseId");
        json.WriteStartArray("problems");
        foreach (var error in unreadable.Errors)
        {
            json.WriteStartObject();
            json.WriteNumber("line", error.Line);
            json.WriteString("path", error.JsonPath);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
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
        EndLine();
        if (!lines)
        {
            if (stream is not null) stream.WriteByte((byte)'\n');
            else writer.WriteLine();
        }
        if (stream is not null) stream.Flush();
        else writer.Flush();
    }

    private void EndLine()
    {
        json.Flush();
        if (lines) buffer.GetSpan(1)[0] = (byte)'\n';
        if (lines) buffer.Advance(1);
        if (stream is not null) stream.Write(buffer.WrittenSpan);
        else writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
        if (lines) json.Reset();
    }

    private void WriteRange(string name, TimeRange? range)
    {
        if (range is not { } r)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        WriteTime("earliest", r.EarliestUtcTicks);
        WriteTime("latest", r.LatestUtcTicks);
        json.WriteEndObject();
    }

    private void WriteDate(string name, DateOnly? date)
    {
        if (date is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else json.WriteNull(name);
    }

    private void WriteSeconds(string name, long? ticks)
    {
        if (ticks is { } t) json.WriteNumber(name, t / TimeSpan.TicksPerSecond); else json.WriteNull(name);
    }

    private string Time(long utcTicks)
    {
        Span<char> text = stackalloc char[40];
        return new string(FormatTime(utcTicks, text));
    }

    // Thousands of timestamps per second: format into a stack buffer, not a new string each.
    private void WriteTime(string name, long utcTicks)
    {
        Span<char> text = stackalloc char[40];
        json.WriteString(name, FormatTime(utcTicks, text));
    }

    private ReadOnlySpan<char> FormatTime(long utcTicks, Span<char> text)
    {
        var utc = new DateTime(Math.Clamp(utcTicks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc);
        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(utc), calendar.Zone);
        local.TryFormat(text, out var written, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        return text[..written];
    }

    public void Dispose() => json.Dispose();
}
