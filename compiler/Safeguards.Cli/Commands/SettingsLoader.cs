using Safeguards.Evaluation.Settings;

namespace Safeguards.Cli.Commands;

/// <summary>The deployment settings of an evaluating command: the file named with --settings, or
/// safeguards.settings.json next to the first case path that has one.</summary>
public static class SettingsLoader
{
    public static bool TryLoad(CliConsole console, string command, string? path, IReadOnlyList<string> cases, out DeploymentSettings settings)
    {
        settings = DeploymentSettings.None;
        path ??= cases.Select(c => Directory.Exists(c) ? c : Path.GetDirectoryName(Path.GetFullPath(c)) ?? ".")
            .Select(folder => Path.Combine(folder, DeploymentSettings.DefaultFileName)).FirstOrDefault(File.Exists);
        if (path is null) return true;
        if (DeploymentSettings.TryLoad(path, out settings, out var error)) return true;
        console.Error.WriteLine($"safeguards {command}: {error}");
        return false;
    }
}
