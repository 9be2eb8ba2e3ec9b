using System.Text.Encodings.Web;
using System.Text.Json;

namespace Safeguards.Cli.Output;

/// <summary>One setting for every JSON file the tool writes: readable text ("+06:00", not "\u002B06:00").
/// The relaxed encoder is safe here because these files are data, never embedded in HTML.</summary>
public static class JsonOutput
{
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = Encoder };
}
