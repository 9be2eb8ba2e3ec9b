using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace Safeguards.LanguageServer.Server;

/// <summary>One frame of the LSP base protocol as read: its body (null when the header was unusable and
/// nothing could be cut out) and, when something was wrong with the framing, why (for the log).</summary>
internal readonly record struct Frame(byte[]? Body, string? Problem);

/// <summary>Reads LSP base-protocol frames (<c>Content-Length: N</c> headers, an empty line, N bytes of
/// body) and never gives up on a bad one: a header it cannot use is reported and skipped, and reading
/// resynchronises at the next <c>Content-Length</c> header. It accepts what clients get slightly wrong
/// but mean clearly: header names in any case (HTTP's rule), lines ending in LF alone, a UTF-8 byte order
/// mark before the body. A Content-Length longer than the body is detected when the body is a complete
/// JSON value followed by the next header, so one lying frame cannot swallow the requests after it.</summary>
internal sealed class FrameReader(Stream input)
{
    /// <summary>The largest body accepted: four times the largest document the server analyses
    /// (<see cref="Limits.MaxDocumentBytes"/>), which leaves room for JSON escaping of a document at the limit.</summary>
    public const int MaxBodyBytes = 4 * Limits.MaxDocumentBytes;

    private const int MaxHeaderBytes = 8 * 1024;
    private static readonly byte[] LengthName = "content-length"u8.ToArray();

    private readonly PipeReader reader = PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));

    /// <summary>The next frame, or null when the stream has ended.</summary>
    public async ValueTask<Frame?> ReadAsync(CancellationToken cancellation)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellation).ConfigureAwait(false);
            var buffer = result.Buffer;
            var outcome = TryParseHeader(buffer, result.IsCompleted, out var consumed, out var bodyStart, out var length, out var problem);
            switch (outcome)
            {
                case HeaderOutcome.NeedMore when result.IsCompleted:
                    reader.AdvanceTo(buffer.End);
                    await reader.CompleteAsync().ConfigureAwait(false);
                    return null;
                case HeaderOutcome.NeedMore:
                    reader.AdvanceTo(buffer.Start, buffer.End);
                    continue;
                case HeaderOutcome.Skip:
                    reader.AdvanceTo(consumed);
                    return new Frame(null, problem);
                case HeaderOutcome.Complete:
                    reader.AdvanceTo(bodyStart);
                    return await ReadBodyAsync(length, cancellation).ConfigureAwait(false);
                default:
                    throw new InvalidOperationException($"unknown header outcome {outcome}");
            }
        }
    }

    private enum HeaderOutcome { NeedMore, Skip, Complete }

    /// <summary>Parses a header block at the start of the buffer. Garbage before a header (the rest of a
    /// frame whose length was wrong) is skipped up to the next <c>Content-Length</c>.</summary>
    private static HeaderOutcome TryParseHeader(ReadOnlySequence<byte> buffer, bool completed, out SequencePosition consumed,
        out SequencePosition bodyStart, out int length, out string? problem)
    {
        consumed = bodyStart = buffer.Start;
        length = -1;
        problem = null;
        var bytes = buffer.Length > MaxHeaderBytes ? buffer.Slice(0, MaxHeaderBytes).ToArray() : buffer.ToArray();

        // Blank lines between frames are harmless; anything else before a header is skipped.
        var start = 0;
        while (start < bytes.Length && bytes[start] is (byte)'\r' or (byte)'\n') start++;
        var headerAt = IndexOfIgnoreCase(bytes, LengthName, start);
        var firstLineEnd = Array.IndexOf(bytes, (byte)'\n', start);
        if (headerAt > start && (firstLineEnd < 0 || headerAt < firstLineEnd))
        {
            // The rest of a bad frame glued to the next header ("true" + "Content-Length: 90"): skip to the header.
            problem = $"skipped {headerAt} byte(s) that are not a message header";
            consumed = buffer.GetPosition(headerAt);
            return HeaderOutcome.Skip;
        }
        var firstLineIsHeader = start < bytes.Length && LooksLikeHeaderLine(bytes, start);
        if (!firstLineIsHeader)
        {
            if (start == bytes.Length) return start == 0 ? HeaderOutcome.NeedMore : Skipped(buffer, start, null, out consumed, out problem);
            if (headerAt < 0)
            {
                // Keep the tail: it may be the start of a header split across reads.
                var keep = Math.Min(bytes.Length, LengthName.Length);
                var drop = completed ? bytes.Length : bytes.Length - keep;
                if (drop <= 0) return HeaderOutcome.NeedMore;
                problem = $"skipped {drop} byte(s) that are not a message header";
                consumed = buffer.GetPosition(drop);
                return HeaderOutcome.Skip;
            }
            problem = $"skipped {headerAt} byte(s) that are not a message header";
            consumed = buffer.GetPosition(headerAt);
            return HeaderOutcome.Skip;
        }

        // Header lines up to an empty line; each ends in CRLF or LF.
        var position = start;
        string? lengthText = null;
        while (true)
        {
            var newline = Array.IndexOf(bytes, (byte)'\n', position);
            if (newline < 0)
            {
                if (bytes.Length >= MaxHeaderBytes || completed)
                {
                    return Skipped(buffer, bytes.Length, "a message header longer than 8 KiB, or cut off, was skipped", out consumed, out problem);
                }
                return HeaderOutcome.NeedMore;
            }
            var lineEnd = newline > position && bytes[newline - 1] == '\r' ? newline - 1 : newline;
            var line = Encoding.ASCII.GetString(bytes, position, lineEnd - position);
            position = newline + 1;
            if (line.Length == 0) break;
            var colon = line.IndexOf(':');
            if (colon <= 0) continue; // not a header: ignored, as unknown headers are
            var name = line[..colon].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) lengthText = line[(colon + 1)..].Trim();
        }

        if (lengthText is null)
            return Skipped(buffer, position, "a message without a Content-Length header was skipped", out consumed, out problem);
        if (!int.TryParse(lengthText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length))
            return Skipped(buffer, position, $"a message with an unusable Content-Length ('{Printable(lengthText)}') was skipped", out consumed, out problem);
        if (length > MaxBodyBytes)
            return Skipped(buffer, position, $"a message of {length} bytes (over the {MaxBodyBytes / (1024 * 1024)} MiB limit) was skipped", out consumed, out problem);
        bodyStart = buffer.GetPosition(position);
        return HeaderOutcome.Complete;
    }

    private static HeaderOutcome Skipped(ReadOnlySequence<byte> buffer, int upTo, string? why, out SequencePosition consumed, out string? problem)
    {
        consumed = buffer.GetPosition(upTo);
        problem = why;
        return HeaderOutcome.Skip;
    }

    /// <summary>A header line is "Name: value" with a token name (letters, digits and '-').</summary>
    private static bool LooksLikeHeaderLine(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length && (char.IsAsciiLetterOrDigit((char)bytes[i]) || bytes[i] == '-')) i++;
        if (i == bytes.Length) return true; // not known yet: treat as a header being received
        return i > start && bytes[i] == ':';
    }

    private async ValueTask<Frame?> ReadBodyAsync(int length, CancellationToken cancellation)
    {
        var searchedUpTo = 0;
        while (true)
        {
            var result = await reader.ReadAsync(cancellation).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length >= length)
            {
                var body = buffer.Slice(0, length).ToArray();
                reader.AdvanceTo(buffer.GetPosition(length));
                return new Frame(StripBom(body), null);
            }

            // Not all there yet. If a complete JSON value is followed by the next header, the length lied.
            // Only the bytes that arrived since the last look are searched (a large body arrives in many reads).
            var from = Math.Max(0, searchedUpTo - LengthName.Length);
            var at = IndexOfIgnoreCase(buffer.Slice(from).ToArray(), LengthName, 0);
            searchedUpTo = (int)buffer.Length;
            if (at >= 0 && from + at > 0)
            {
                var header = from + at;
                var prefix = buffer.Slice(0, header).ToArray();
                if (IsCompleteJson(prefix))
                {
                    reader.AdvanceTo(buffer.GetPosition(header));
                    return new Frame(StripBom(prefix),
                        $"a message's Content-Length ({length}) is longer than its body ({header} bytes): the next header follows");
                }
            }
            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                return new Frame(null, $"the stream ended inside a message ({buffer.Length} of {length} bytes)");
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static bool IsCompleteJson(ReadOnlySpan<byte> bytes)
    {
        bytes = bytes.TrimEnd("\r\n \t"u8);
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        try
        {
            var json = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MessageEnvelope.MaxDepth });
            if (!json.Read()) return false;
            json.Skip();
            return json.BytesConsumed == bytes.Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static byte[] StripBom(byte[] body) => body.AsSpan().StartsWith("\uFEFF"u8) ? body[3..] : body;

    private static int IndexOfIgnoreCase(byte[] bytes, byte[] lowerNeedle, int from)
    {
        for (var i = Math.Max(0, from); i + lowerNeedle.Length <= bytes.Length; i++)
        {
            var match = true;
            for (var j = 0; j < lowerNeedle.Length && match; j++) match = (bytes[i + j] | 0x20) == lowerNeedle[j];
            if (match) return i;
        }
        return -1;
    }

    private static string Printable(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
