using System.Text;

namespace Safeguards.Runtime;

/// <summary>
/// Reads case data (design.md, "Case data") and validates it against a pack's schema: a
/// <c>.json</c> file holds one case, a <c>.jsonl</c> file one case per line. JSON Lines are
/// streamed line by line with bounded memory, and a bad record never stops the batch: it becomes
/// a result with errors and reading goes on with the next line.
/// </summary>
public sealed class CaseReader
{
    /// <summary>The longest record accepted (one line of .jsonl, or a whole .json file).</summary>
    public const int MaxRecordBytes = 16 * 1024 * 1024;

    private const int ReadBufferSize = 64 * 1024;

    private readonly PackSchema schema;

    public CaseReader(PackSchema schema)
    {
        this.schema = schema ?? throw new ArgumentNullException(nameof(schema));
    }

    public PackSchema Schema => schema;

    /// <summary>
    /// Reads a <c>.json</c> (one case) or <c>.jsonl</c> (one case per line) file. Problems with
    /// the file itself (missing, unreadable, unsupported extension) are reported as one error
    /// result with line 0 rather than thrown, like any other bad record. The file is opened when
    /// the result is enumerated, and again on each enumeration.
    /// </summary>
    public IEnumerable<CaseReadResult> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFileLazily(path);
    }

    /// <summary>
    /// Reads JSON Lines from a stream, one result per non-blank line, disposing the stream at the
    /// end. A line longer than <see cref="MaxRecordBytes"/> is reported and skipped without being
    /// held in memory.
    /// </summary>
    public IEnumerable<CaseReadResult> ReadJsonLines(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        foreach (var line in SplitJsonLines(stream))
        {
            var result = ReadLine(line.Content, line.Overflowed, fileName, line.Number);
            if (result is not null)
            {
                yield return result;
            }
        }
    }

    /// <summary>
    /// The lines of a JSON Lines stream, unparsed, for callers that parse them elsewhere (on other threads) with
    /// <see cref="ReadLine"/>; disposes the stream at the end. One <see cref="JsonLine"/> is reused: its content is
    /// valid until the next line is read. A line longer than <see cref="MaxRecordBytes"/> is not held in memory
    /// (<see cref="JsonLine.Overflowed"/>).
    /// </summary>
    public static IEnumerable<JsonLine> SplitJsonLines(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using (stream)
        {
            var buffer = new byte[ReadBufferSize];
            var line = new JsonLine();
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                var start = 0;
                while (start < read)
                {
                    var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                    var end = newline < 0 ? read : newline;
                    line.Buffer.Append(buffer.AsSpan(start, end - start));
                    if (newline < 0)
                    {
                        break;
                    }

                    yield return line;
                    line.Next();
                    start = newline + 1;
                }
            }

            yield return line;
        }
    }

    /// <summary>
    /// One line of a JSON Lines file, as <see cref="ReadJsonLines"/> reads it: null for a blank line, an error for
    /// an overflowed one, otherwise the case or its errors. Safe to call from several threads at once.
    /// </summary>
    public CaseReadResult? ReadLine(ReadOnlySpan<byte> content, bool overflowed, string fileName, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (overflowed)
        {
            return CaseReadResult.Failure(new CaseDataError(CaseDataCodes.LineTooLong, fileName, lineNumber, "$",
                $"the line is longer than {MaxRecordBytes / (1024 * 1024)} MiB, the limit for one case; it was skipped", null));
        }

        var bytes = content;
        if (lineNumber == 1)
        {
            bytes = StripBom(bytes);
        }

        // A trailing carriage return (Windows line ends) and blank lines carry no case.
        if (bytes.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        return CaseRecordParser.Parse(schema, bytes, fileName, LineMap.SingleLine(lineNumber));
    }

    /// <summary>Reads one case from UTF-8 bytes (a whole .json document; line numbers count from 1).</summary>
    public CaseReadResult ReadJson(ReadOnlySpan<byte> utf8, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        utf8 = StripBom(utf8);
        return CaseRecordParser.Parse(schema, utf8, fileName, LineMap.Of(utf8));
    }

    /// <summary>
    /// Reads one case from a string, for the language server and tests. Returns the case, or null
    /// with the reasons in <paramref name="errors"/>.
    /// </summary>
    public CaseRecord? ReadOne(string json, string fileName, out IReadOnlyList<CaseDataError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        var result = ReadJson(Encoding.UTF8.GetBytes(json), fileName);
        errors = result.Errors;
        return result.Record;
    }

    /// <summary>Opens the file only when enumerated, so every enumeration reads it afresh.</summary>
    private IEnumerable<CaseReadResult> ReadFileLazily(string path)
    {
        var extension = Path.GetExtension(path);
        var isLines = extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase);
        if (!isLines && !extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            yield return FileError(path, "unsupported file type: expected .json (one case) or .jsonl (one case per line)");
            yield break;
        }

        var stream = OpenFile(path, out var failure);
        if (stream is null)
        {
            yield return failure!;
            yield break;
        }

        foreach (var result in isLines ? ReadJsonLines(stream, path) : ReadJsonStream(stream, path))
        {
            yield return result;
        }
    }

    private IEnumerable<CaseReadResult> ReadJsonStream(Stream stream, string fileName)
    {
        using (stream)
        {
            if (stream.CanSeek && stream.Length > MaxRecordBytes)
            {
                yield return FileError(fileName, $"the file is larger than {MaxRecordBytes / (1024 * 1024)} MiB, the limit for one case; use .jsonl for batches");
                yield break;
            }

            var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            yield return ReadJson(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), fileName);
        }
    }

    private static ReadOnlySpan<byte> StripBom(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;

    /// <summary>Opens a case file for reading (for <see cref="SplitJsonLines"/>); null, with the error result that
    /// <see cref="ReadFile"/> reports, when it cannot be opened.</summary>
    public static Stream? OpenFile(string path, out CaseReadResult? failure)
    {
        failure = null;
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferSize, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            failure = FileError(path, $"cannot read the file ({ex.GetType().Name})");
            return null;
        }
    }

    private static CaseReadResult FileError(string path, string message) =>
        CaseReadResult.Failure(new CaseDataError(CaseDataCodes.FileUnreadable, path, 0, "$", message, null));
}
