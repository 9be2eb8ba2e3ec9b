using System.Text.Json;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Settings;

/// <summary>How one deployment treats the safeguards, as analyzers are configured per project: raise or
/// lower a safeguard's severity, or turn it off, by id, by category or by legal status (an NGO that
/// treats recommendations as errors). The most specific entry wins: id, then category, then status.</summary>
/// <example>
/// { "safeguards": { "DET-REG-3H": "warning", "MED-INDEP": "off" },
///   "categories": { "detention": "error" },
///   "statuses":   { "recommendation": "error" } }
/// </example>
public sealed class DeploymentSettings
{
    public const string DefaultFileName = "safeguards.settings.json";

    private readonly Dictionary<string, SeverityOverride> byId;
    private readonly Dictionary<string, SeverityOverride> byCategory;
    private readonly Dictionary<string, SeverityOverride> byStatus;

    private DeploymentSettings(Dictionary<string, SeverityOverride> byId, Dictionary<string, SeverityOverride> byCategory,
        Dictionary<string, SeverityOverride> byStatus, string? source)
    {
        this.byId = byId;
        this.byCategory = byCategory;
        this.byStatus = byStatus;
        Source = source;
    }

    public static DeploymentSettings None { get; } = new([], [], [], null);

    /// <summary>The file the settings came from, for messages.</summary>
    public string? Source { get; }

    /// <summary>The severity a finding of this safeguard carries here, or null when it is turned off.</summary>
    public Severity? EffectiveSeverity(SafeguardInfo safeguard)
    {
        if (byId.TryGetValue(safeguard.Id, out var o)) return o.Severity;
        if (safeguard.Category is { } category && byCategory.TryGetValue(category, out o)) return o.Severity;
        if (byStatus.TryGetValue(safeguard.Status.ToKeyword(), out o)) return o.Severity;
        return safeguard.Severity;
    }

    public static bool TryLoad(string path, out DeploymentSettings settings, out string? error)
    {
        settings = None;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"{path}: expected a JSON object with \"safeguards\", \"categories\" or \"statuses\"";
                return false;
            }
            var sections = new Dictionary<string, Dictionary<string, SeverityOverride>>(StringComparer.Ordinal)
            {
                ["safeguards"] = new(StringComparer.Ordinal),
                ["categories"] = new(StringComparer.Ordinal),
                ["statuses"] = new(StringComparer.Ordinal),
            };
            foreach (var section in root.EnumerateObject())
            {
                if (!sections.TryGetValue(section.Name, out var target) || section.Value.ValueKind != JsonValueKind.Object)
                {
                    error = $"{path}: unknown setting \"{section.Name}\" (expected \"safeguards\", \"categories\" or \"statuses\", each an object)";
                    return false;
                }
                foreach (var entry in section.Value.EnumerateObject())
                {
                    if (!SeverityOverride.TryParse(entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() : null, out var value))
                    {
                        error = $"{path}: \"{section.Name}\".\"{entry.Name}\" must be \"error\", \"warning\", \"info\" or \"off\"";
                        return false;
                    }
                    target[entry.Name] = value;
                }
            }
            settings = new DeploymentSettings(sections["safeguards"], sections["categories"], sections["statuses"], path);
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            error = $"{path}: cannot read the settings: {e.Message}";
            return false;
        }
    }
}

/// <summary>A severity, or "off".</summary>
public readonly record struct SeverityOverride(Severity? Severity)
{
    public static bool TryParse(string? text, out SeverityOverride value)
    {
        value = text switch
        {
            "error" => new SeverityOverride(Runtime.Severity.Error),
            "warning" => new SeverityOverride(Runtime.Severity.Warning),
            "info" => new SeverityOverride(Runtime.Severity.Info),
            "off" => new SeverityOverride(null),
            _ => default,
        };
        return text is "error" or "warning" or "info" or "off";
    }
}
