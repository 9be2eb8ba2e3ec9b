using Safeguards.Language.Diagnostics;

namespace Safeguards.LanguageServer.Server;

/// <summary>Turns a descriptor's repository-relative help link (<c>docs/diagnostics.md#sg2001</c>) into a
/// file URI, once the folder holding <c>docs/diagnostics.md</c> is found: walking up from the workspace
/// folders, then from the server's own location (a server run from the repository or bundled with its docs).</summary>
internal sealed class HelpLinks
{
    private readonly string? root;

    public HelpLinks(IEnumerable<string> startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, DiagnosticDescriptor.HelpPage)))
                {
                    root = folder.FullName;
                    return;
                }
            }
        }
    }

    public string? Root => root;

    public string? For(DiagnosticDescriptor descriptor)
    {
        if (root is null) return null;
        var link = descriptor.HelpLink;
        var hash = link.IndexOf('#');
        var path = hash < 0 ? link : link[..hash];
        var fragment = hash < 0 ? "" : link[hash..];
        return new Uri(Path.Combine(root, path)).AbsoluteUri + fragment;
    }
}
