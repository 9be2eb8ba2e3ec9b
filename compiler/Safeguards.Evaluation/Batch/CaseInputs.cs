using Safeguards.Evaluation.Fixtures;
using Safeguards.Evaluation.Settings;

namespace Safeguards.Evaluation.Batch;

/// <summary>The case files a command was given: .json (one case) and .jsonl (one case per line),
/// directly or in folders (fixtures and settings files are not cases).</summary>
public static class CaseInputs
{
    public static IEnumerable<(string? File, string? Error, string Path)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.*", SearchOption.AllDirectories).Where(IsCaseFile).Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0) yield return (null, "the folder contains no case files (*.json, *.jsonl)", path);
                foreach (var file in files) yield return (file, null, path);
            }
            else if (File.Exists(path))
            {
                yield return (path, null, path);
            }
            else
            {
                yield return (null, "no such file or folder", path);
            }
        }
    }

    /// <summary>How many bytes of case files the paths name (to decide whether compiling the rules pays).</summary>
    public static long TotalBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var (file, _, _) in Expand(paths))
        {
            try
            {
                if (file is not null) total += new FileInfo(file).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Reported when the file is read.
            }
        }
        return total;
    }

    private static bool IsCaseFile(string file) =>
        (file.EndsWith(".json", StringComparison.Ordinal) || file.EndsWith(".jsonl", StringComparison.Ordinal))
        && !file.EndsWith(FixtureReader.Suffix, StringComparison.Ordinal)
        && !Path.GetFileName(file).Equals(DeploymentSettings.DefaultFileName, StringComparison.Ordinal);
}
