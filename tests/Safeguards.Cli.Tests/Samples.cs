namespace Safeguards.Cli.Tests;

/// <summary>Paths and small inputs the command tests share.</summary>
internal static class Samples
{
    public static string Rules => Path.Combine(Cli.RepoRoot, "rules");

    public static string Cases => Path.Combine(Cli.RepoRoot, "examples", "cases");

    public static string OneCase => Path.Combine(Cases, "ro-2011-detention.json");

    public const string AsOf = "2026-11-23T12:00:00+05:00";

    /// <summary>A detention case registered 4 h 30 min after apprehension (DET-REG-3H violated), with this id.</summary>
    public static string LateRegistration(string id, string registeredId = "e2", string registeredAt = "2009-03-10T14:30:00+06:00") =>
        $$"""
        {"id": {{System.Text.Json.JsonSerializer.Serialize(id)}}, "schema": "detention", "facts": {"kind": "criminal"},
         "events": [{"id": "e1", "type": "apprehended", "time": "2009-03-10T10:00:00+06:00"},
                    {"id": {{System.Text.Json.JsonSerializer.Serialize(registeredId)}}, "type": "registered", "time": "{{registeredAt}}"}]}
        """;

    /// <summary><see cref="LateRegistration"/> written to a temporary file, for commands that read files.</summary>
    public static string LateRegistrationFile()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("sg-zone-").FullName, "late.json");
        File.WriteAllText(path, LateRegistration("late-1"));
        return path;
    }
}
