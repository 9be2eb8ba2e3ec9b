namespace Safeguards.Runtime;

/// <summary>
/// A problem with one case record. Messages name fields and token kinds, never the values
/// (case data is sensitive), except ids and schema-like names.
/// </summary>
/// <param name="Code">What kind of mistake, as a stable code of <see cref="CaseDataCodes"/> (<c>CD501</c>).</param>
/// <param name="File">The file (or the name given to an in-memory read).</param>
/// <param name="Line">1-based line of the offending token; 0 when the whole file is at fault.</param>
/// <param name="JsonPath">Where in the record: <c>$.events[2].time</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <param name="CaseId">The record's id when it could be read.</param>
public sealed record CaseDataError(string Code, string File, int Line, string JsonPath, string Message, string? CaseId)
{
    public override string ToString() => $"{File}({Line}): {Code}: {JsonPath}: {Message}";

    /// <summary>The problem without its place in the file: <c>CD501 $.events[0].time: message</c>.</summary>
    public string Problem => $"{Code} {JsonPath}: {Message}";
}
