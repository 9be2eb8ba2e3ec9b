using System.Security.Cryptography;
using System.Text.Json;

namespace Safeguards.Compiler.Emit;

/// <summary>The part of manifest.json that ties a built folder to its assembly: the file name and the
/// SHA-256 of the assembly and PDB that <c>safeguards build</c> wrote. The CLI's manifest writer adds the
/// safeguards and citations for people; loading reads only these fields.</summary>
public sealed record BuiltPackManifest(string AssemblyFile, string AssemblySha256, string? PdbSha256)
{
    public const string FileName = "manifest.json";
    public const string AssemblyProperty = "assembly";
    public const string AssemblySha256Property = "sha256";
    public const string PdbSha256Property = "pdbSha256";

    /// <summary>Lower-case hexadecimal SHA-256, as the manifest records it.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <exception cref="PackRejectedException">The manifest is missing, not JSON, or lacks a field.</exception>
    public static BuiltPackManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new PackRejectedException($"{FileName} is not a JSON object");
            var assembly = Text(root, AssemblyProperty)
                ?? throw new PackRejectedException($"{FileName} does not name the assembly (\"{AssemblyProperty}\")");
            var hash = Text(root, AssemblySha256Property)
                ?? throw new PackRejectedException($"{FileName} records no SHA-256 of the assembly (\"{AssemblySha256Property}\"); it was written by an older "
                    + "'safeguards build' or by hand: build the pack again");
            // Only a file beside the manifest: a name with folders in it could point anywhere.
            if (assembly != Path.GetFileName(assembly) || !assembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                throw new PackRejectedException($"{FileName} names an assembly that is not a .dll file beside it");
            return new BuiltPackManifest(assembly, hash, Text(root, PdbSha256Property));
        }
        catch (JsonException e)
        {
            throw new PackRejectedException($"{FileName} is not valid JSON ({e.Message})");
        }
    }

    /// <exception cref="PackRejectedException">The bytes do not have the recorded hash.</exception>
    public static void CheckHash(string file, byte[] bytes, string expected)
    {
        var actual = Sha256(bytes);
        if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            throw new PackRejectedException($"{file} does not match {FileName} (its SHA-256 is {actual}, the manifest records {expected}): "
                + "the file was changed or replaced after 'safeguards build'; build the pack again from its rules");
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
