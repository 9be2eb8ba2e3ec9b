using System.Text;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Language.Text;

namespace Safeguards.Language.Workspace;

/// <summary>A path the user named that could not be read as rule files, with a coded message for people
/// (SG0001–SG0005, in the diagnostics catalogue like every other problem).</summary>
public sealed record LoadError(string Path, DiagnosticDescriptor Descriptor, string Message)
{
    public string Code => Descriptor.Code;

    /// <summary>The problem as a diagnostic at the start of the file, so that text and SARIF output carry it
    /// like any other (a file that cannot be read has no position inside it).</summary>
    public Diagnostic ToDiagnostic() => new(Descriptor, new Location(new SourceText(Path, ""), new TextSpan(0, 0)), [Message]);

    /// <summary>"path: error SG0002: this is a binary file, not a rule file" (the path as the caller displays it).</summary>
    public string Describe(string displayPath) => $"{displayPath}: error {Code}: {Message}";
}

public sealed record LoadResult(IReadOnlyList<SyntaxTree> Trees, IReadOnlyList<LoadError> Errors);

/// <summary>Finds and reads rule files (<c>*.sg</c>) from files and folders. Reading never throws:
/// a missing path, a folder without rule files, a binary file or one that is not UTF-8 becomes a
/// <see cref="LoadError"/>.</summary>
public static class RuleFileLoader
{
    public const string Extension = ".sg";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static LoadResult Load(IEnumerable<string> paths)
    {
        var trees = new List<SyntaxTree>();
        var errors = new List<LoadError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var file in Expand(path, errors))
            {
                if (!seen.Add(Path.GetFullPath(file))) continue;
                if (Read(file, errors) is { } text) trees.Add(SyntaxTree.Parse(file, text));
            }
        }
        return new LoadResult(trees, errors);
    }

    /// <summary>Every rule file under a folder (sorted, so output is stable), or the file itself.</summary>
    public static IEnumerable<string> Expand(string path, List<LoadError> errors)
    {
        if (Directory.Exists(path))
        {
            string[] files;
            try
            {
                files = Directory.GetFiles(path, "*" + Extension, SearchOption.AllDirectories);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new LoadError(path, DiagnosticCatalogue.CannotRead, $"cannot list the folder: {e.Message}"));
                return [];
            }
            Array.Sort(files, StringComparer.Ordinal);
            if (files.Length == 0) errors.Add(new LoadError(path, DiagnosticCatalogue.NoRuleFiles, $"the folder contains no rule files (*{Extension})"));
            return files;
        }
        if (File.Exists(path)) return [path];
        errors.Add(new LoadError(path, DiagnosticCatalogue.PathNotFound, "no such file or folder"));
        return [];
    }

    public static string? Read(string file, List<LoadError> errors)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new LoadError(file, DiagnosticCatalogue.CannotRead, $"cannot read the file: {e.Message}"));
            return null;
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            errors.Add(new LoadError(file, DiagnosticCatalogue.BinaryFile, "this is a binary file, not a rule file"));
            return null;
        }
        try
        {
            // GetString keeps a byte-order mark as U+FEFF, which the lexer keeps as trivia.
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            errors.Add(new LoadError(file, DiagnosticCatalogue.NotUtf8, $"the file is not valid UTF-8 (first bad byte at offset {e.Index}); save it as UTF-8"));
            return null;
        }
    }
}
