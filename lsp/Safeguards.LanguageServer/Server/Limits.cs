using Safeguards.Runtime;

namespace Safeguards.LanguageServer.Server;

/// <summary>How much the server takes in at once, so a file or a message cannot exhaust it.</summary>
internal static class Limits
{
    /// <summary>The largest file the server reads or analyses: the limit the CLI and the case reader
    /// apply to one case (16 MiB), so the editor and the command line refuse the same files.</summary>
    public const int MaxDocumentBytes = CaseReader.MaxRecordBytes;

    /// <summary>Diagnostics published for one file; the last one says how many more there are.</summary>
    public const int MaxDiagnosticsPerFile = 1000;
}
