using Safeguards.Evaluation;
using Safeguards.Language.Diagnostics;

namespace Safeguards.Cli.Output;

/// <summary>Prints diagnostics in the <c>file(line,col): error SG1234: message</c> form editors and CI annotate.</summary>
public static class DiagnosticPrinter
{
    public static void Print(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(TerminalText.Clean(diagnostic.ToCanonicalString(CliConsole.Display(diagnostic.Location.Source.Path))));
            foreach (var related in diagnostic.Related)
            {
                var start = related.Location.Start;
                writer.WriteLine(TerminalText.Clean($"    {CliConsole.Display(related.Location.Source.Path)}({start.Line + 1},{start.Character + 1}): {related.Message}"));
            }
        }
    }
}
