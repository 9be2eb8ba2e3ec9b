using Safeguards.Evaluation;
using Safeguards.Runtime;

namespace Safeguards.Cli.Output;

/// <summary>
/// How a case-data error reads on a terminal, in the compilers' shape (<c>file(line): error CD501: path: message</c>)
/// so editors and CI logs pick it up; one place for eval's text output and explain.
/// </summary>
internal static class CaseDataErrorText
{
    public static string Line(CaseDataError error) =>
        TerminalText.Clean($"{CliConsole.Display(error.File)}({error.Line}): error {error.Code}: {error.JsonPath}: {error.Message}"
            + (error.CaseId is null ? "" : $" (case {error.CaseId})"));

    /// <summary>All problems of one record on one line (SARIF's message, a fixture failure).</summary>
    public static string Joined(IEnumerable<CaseDataError> errors) =>
        string.Join("; ", errors.Select(e => e.Problem));
}
