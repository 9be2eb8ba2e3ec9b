using System.Text.Json;
using Safeguards.Compiler.Emit;
using Safeguards.Runtime;

namespace Safeguards.Cli.Output;

/// <summary>manifest.json beside a built pack: its safeguards and what they cite, for tools and reviewers.</summary>
public static class ManifestWriter
{
    public const string FileName = BuiltPackManifest.FileName;

    /// <summary>The manifest's text; <paramref name="compiled"/> gives the hashes loading checks (docs/trust-model.md).</summary>
    public static string ToJson(string assemblyFile, CompiledPack compiled, IRulePack pack)
    {
        var manifest = new
        {
            pack = pack.Schema.PackName,
            assembly = assemblyFile,
            sha256 = BuiltPackManifest.Sha256(compiled.Assembly),
            pdbSha256 = BuiltPackManifest.Sha256(compiled.Pdb),
            timeZone = pack.Schema.TimeZoneId,
            cases = pack.Schema.Cases.Select(c => new { name = c.Name, events = c.Events.Select(e => e.Name), facts = c.Facts.Select(f => f.Name) }),
            safeguards = pack.Safeguards.Select(s => new
            {
                id = s.Id,
                title = s.Title,
                @case = s.CaseSchema,
                severity = s.Severity.ToKeyword(),
                status = s.Status.ToKeyword(),
                category = s.Category,
                requirements = s.Requirements.Select(r => r.Description),
                inForceFrom = s.InForceFrom?.ToString("yyyy-MM-dd"),
                inForceUntil = s.InForceUntil?.ToString("yyyy-MM-dd"),
                citations = s.Citations.Select(c => new
                {
                    source = c.Source, sourceTitle = c.SourceTitle, article = c.Article,
                    inForceFrom = c.InForceFrom?.ToString("yyyy-MM-dd"), inForceUntil = c.InForceUntil?.ToString("yyyy-MM-dd"),
                }),
                seed = s.Seed,
                source = s.SourceFile is null ? null : new { file = s.SourceFile.Replace('\\', '/'), line = s.SourceLine },
            }),
        };
        return JsonSerializer.Serialize(manifest, JsonOutput.Indented) + "\n";
    }
}
