using System.Globalization;
using System.Text.Json;
using Safeguards.Evaluation.Batch;
using Safeguards.Runtime;

namespace Safeguards.Cli.Output.Eval;

/// <summary>One batch item as JSON through a <see cref="Utf8JsonWriter"/> (schema: docs/schemas/eval-output.schema.json):
/// the general path, for the indented document of <c>--format json</c>, error records and outcomes lines.
/// <see cref="JsonLineEncoder"/> writes the findings of JSON Lines without it, to the same bytes. Not thread-safe.</summary>
public sealed class JsonItemWriter
{
    // The fast-path lines are written by the hundred thousand per second: names and values pre-encoded.
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind"), CaseKind = JsonEncodedText.Encode("case"),
        CaseIdName = JsonEncodedText.Encode("caseId"), SchemaName = JsonEncodedText.Encode("schema"), FileName = JsonEncodedText.Encode("file"),
        LineName = JsonEncodedText.Encode("line"), OutcomesName = JsonEncodedText.Encode("outcomes");
    private static readonly JsonEncodedText[] OutcomeValues = [.. Enum.GetValues<Outcome>().Select(o => JsonEncodedText.Encode(OutcomeNames.ToJson(o)))];
    private readonly JsonEncodedText[] safeguardIds;
    private readonly SafeguardZones zones;
    private LocalTimeFormatter times;
    private string? lastFile;
    private JsonEncodedText lastFileEncoded;

    /// <param name="safeguards">The pack's safeguards, to name the outcomes of <see cref="OutcomesCase"/> items.</param>
    public JsonItemWriter(SafeguardZones zones, IReadOnlyList<SafeguardInfo>? safeguards)
    {
        this.zones = zones;
        times = zones.Primary;
        safeguardIds = safeguards is null ? [] : [.. safeguards.Select(s => JsonEncodedText.Encode(s.Id, JsonOutput.Encoder))];
    }

    public void Write(Utf8JsonWriter json, BatchItem item)
    {
        switch (item)
        {
            case EvaluatedCase evaluated: WriteCase(json, evaluated); break;
            case OutcomesCase fast: WriteOutcomes(json, fast); break;
            case UnreadableCase unreadable: WriteError(json, unreadable); break;
        }
    }

    private void WriteCase(Utf8JsonWriter json, EvaluatedCase evaluated)
    {
        json.WriteStartObject();
        json.WriteString("kind", "case");
        json.WriteString("caseId", evaluated.Record.Id);
        json.WriteString("schema", evaluated.Record.Schema);
        if (evaluated.Record.SourceFile is { } file) json.WriteString("file", file);
        json.WriteNumber("line", evaluated.Record.SourceLine);
        json.WriteStartArray("findings");
        foreach (var finding in evaluated.Findings) WriteFinding(json, finding);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A case on the fast path: the outcome of each safeguard that applies (not-applicable ones are left out).</summary>
    private void WriteOutcomes(Utf8JsonWriter json, OutcomesCase fast)
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

    public void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        times = zones.Of(finding.SafeguardId);
        WriteFindingHead(json, finding.SafeguardId, finding.Title, finding.Outcome, finding.Severity, finding.Citations);
        var evidence = finding.Evidence;
        WriteRange(json, "trigger", evidence.Trigger);
        WriteRange(json, "deadline", evidence.Deadline);
        if (evidence.CompletingEvent is { } completing) json.WriteString("completingEvent", completing); else json.WriteNull("completingEvent");
        WriteRange(json, "completedAt", evidence.CompletedAt);
        WriteSeconds(json, "slackSeconds", evidence.SlackTicks);
        WriteSeconds(json, "overrunSeconds", evidence.OverrunTicks);
        if (evidence.Missing is { } missing) json.WriteString("missing", missing); else json.WriteNull("missing");
        json.WriteString("reason", evidence.Reason);
        json.WriteEndObject();
        if (finding.Message is { } message) json.WriteString("message", message); else json.WriteNull("message");
        json.WriteEndObject();
    }

    /// <summary>A finding up to its evidence's first property: the part that is the same for every finding of a
    /// safeguard with this outcome and severity (<see cref="JsonLineEncoder"/> writes it once and copies it).</summary>
    public static void WriteFindingHead(Utf8JsonWriter json, string safeguardId, string title, Outcome outcome, Severity severity, IReadOnlyList<Citation> citations)
    {
        json.WriteStartObject();
        json.WriteString("safeguard", safeguardId);
        json.WriteString("title", title);
        json.WriteString("outcome", OutcomeNames.ToJson(outcome));
        json.WriteString("severity", severity.ToKeyword());
        json.WriteStartArray("citations");
        foreach (var citation in citations)
        {
            json.WriteStartObject();
            json.WriteString("source", citation.Source);
            json.WriteString("sourceTitle", citation.SourceTitle);
            if (citation.Article is { } article) json.WriteString("article", article); else json.WriteNull("article");
            // Only for the citations that have them, so a finding citing numbered articles of a law reads as it always did.
            if (citation.Designation is { } designation) json.WriteString("designation", designation);
            if (citation.Court is { } court) json.WriteString("court", court);
            if (citation.Decided is { } decided) WriteDate(json, "decided", decided);
            WriteDate(json, "inForceFrom", citation.InForceFrom);
            WriteDate(json, "inForceUntil", citation.InForceUntil);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("evidence");
    }

    private static void WriteError(Utf8JsonWriter json, UnreadableCase unreadable)
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
            json.WriteString("code", error.Code);
            json.WriteNumber("line", error.Line);
            json.WriteString("path", error.JsonPath);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteRange(Utf8JsonWriter json, string name, TimeRange? range)
    {
        if (range is not { } r)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        WriteTime(json, "earliest", r.EarliestUtcTicks);
        WriteTime(json, "latest", r.LatestUtcTicks);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else json.WriteNull(name);
    }

    private static void WriteSeconds(Utf8JsonWriter json, string name, long? ticks)
    {
        if (ticks is { } t) json.WriteNumber(name, t / TimeSpan.TicksPerSecond); else json.WriteNull(name);
    }

    private void WriteTime(Utf8JsonWriter json, string name, long utcTicks)
    {
        Span<byte> text = stackalloc byte[LocalTimeFormatter.MaxBytes];
        json.WriteString(name, text[..times.Format(utcTicks, text)]);
    }
}
