namespace Safeguards.Runtime;

/// <summary>The verdict of one safeguard on one case, with the law and the evidence behind it.</summary>
/// <param name="CaseId">The case's id.</param>
/// <param name="SafeguardId">The safeguard's identifier (<c>DET-REG-3H</c>).</param>
/// <param name="Title">The safeguard's title.</param>
/// <param name="Outcome">The verdict.</param>
/// <param name="Severity">How loudly to report it when violated.</param>
/// <param name="Citations">The law versions that applied.</param>
/// <param name="Evidence">Times compared and the reason.</param>
/// <param name="Message">The safeguard's message with placeholders filled, when it has one.</param>
public sealed record Finding(
    string CaseId,
    string SafeguardId,
    string Title,
    Outcome Outcome,
    Severity Severity,
    IReadOnlyList<Citation> Citations,
    Evidence Evidence,
    string? Message);
