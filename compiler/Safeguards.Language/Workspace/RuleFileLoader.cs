using System.Text;
using Safeguards.Language.Syntax;

namespace Safeguards.Language.Workspace;

/// <summary>A path the user named that could not be read as rule files, with a message for people.</summary>
public sealed record LoadError(string Path, string Message);

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
                errors.Add(new LoadError(path, $"cannot list the folder: {e.Message}"));
                return [];
            }
            Array.Sort(files, StringComparer.Ordinal);
            if (files.Length == 0) errors.Add(new LoadError(path, $"the folder contains no rule files (*{Extension})"));
            return files;
        }
        if (File.Exists(path)) return [path];
        errors.Add(new LoadError(path, "no such file or folder"));
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
            errors.Add(new LoadError(file, $"cannot read the file: {e.Message}"));
            return null;
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            errors.Add(new LoadError(file, "this is a binary file, not a rule file"));
            return null;
        }
        try
        {
            // GetString keeps a byte-order mark as U+FEFF, which the lexer keeps as trivia.
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            errors.Add(new LoadError(file, $"the file is not valid UTF-8 (first bad byte at offset {e.Index}); save it as UTF-8"));
            return null;
        }
    }
}
