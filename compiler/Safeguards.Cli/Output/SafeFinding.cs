using Safeguards.Evaluation;
using Safeguards.Runtime;

namespace Safeguards.Cli.Output;

/// <summary>A finding whose texts that come from case data (the case id, event ids inside the reason
/// and message) are safe for a terminal (<see cref="TerminalText"/>).</summary>
public static class SafeFinding
{
    public static Finding ForTerminal(Finding finding) => finding with
    {
        CaseId = TerminalText.Clean(finding.CaseId),
        Message = finding.Message is null ? null : TerminalText.Clean(finding.Message),
        Evidence = finding.Evidence with
        {
            Reason = TerminalText.Clean(finding.Evidence.Reason),
            CompletingEvent = finding.Evidence.CompletingEvent is null ? null : TerminalText.Clean(finding.Evidence.CompletingEvent),
            Missing = finding.Evidence.Missing is null ? null : TerminalText.Clean(finding.Evidence.Missing),
        },
    };
}
