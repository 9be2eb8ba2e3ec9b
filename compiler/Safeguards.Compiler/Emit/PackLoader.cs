using System.Reflection;
using System.Runtime.Loader;
using Safeguards.Compiler.CodeGeneration;
using Safeguards.Runtime;

namespace Safeguards.Compiler.Emit;

/// <summary>Loads a compiled pack (from memory or from a file built by <c>safeguards build</c>) into its own
/// load context; the runtime assembly is shared with the host, so the pack's types are the host's. Every
/// entry point verifies the assembly with <see cref="PackVerifier"/> first, so nothing of a pack that fails
/// runs (not even a type initializer); <see cref="LoadBuilt"/> also checks it against its manifest.</summary>
public static class PackLoader
{
    /// <exception cref="PackRejectedException">The assembly fails verification.</exception>
    public static IRulePack Load(byte[] assembly, byte[]? pdb = null)
    {
        PackVerifier.Verify(assembly, "the assembly");
        return LoadVerified(assembly, pdb);
    }

    /// <summary>Loads an assembly file (and its PDB beside it, if any) after verifying it; without the
    /// manifest there is no hash to compare, so prefer <see cref="LoadBuilt"/> for a built folder.</summary>
    /// <exception cref="PackRejectedException">The assembly fails verification.</exception>
    public static IRulePack LoadFile(string assemblyPath)
    {
        var assembly = File.ReadAllBytes(assemblyPath);
        PackVerifier.Verify(assembly, Path.GetFileName(assemblyPath));
        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        return LoadVerified(assembly, File.Exists(pdbPath) ? File.ReadAllBytes(pdbPath) : null);
    }

    /// <summary>Loads the pack of a folder written by <c>safeguards build</c>: the assembly the manifest names
    /// must have the SHA-256 the manifest records (and the PDB too), then pass verification.</summary>
    /// <exception cref="PackRejectedException">No usable manifest, a hash that differs, or failed verification.</exception>
    public static IRulePack LoadBuilt(string folder)
    {
        var manifest = BuiltPackManifest.Read(folder);
        var assemblyPath = Path.Combine(folder, manifest.AssemblyFile);
        var assembly = File.ReadAllBytes(assemblyPath);
        BuiltPackManifest.CheckHash(manifest.AssemblyFile, assembly, manifest.AssemblySha256);
        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        byte[]? pdb = null;
        if (manifest.PdbSha256 is { } pdbHash && File.Exists(pdbPath))
        {
            pdb = File.ReadAllBytes(pdbPath);
            BuiltPackManifest.CheckHash(Path.GetFileName(pdbPath), pdb, pdbHash);
        }
        PackVerifier.Verify(assembly, manifest.AssemblyFile);
        return LoadVerified(assembly, pdb);
    }

    private static IRulePack LoadVerified(byte[] assembly, byte[]? pdb)
    {
        var context = new AssemblyLoadContext("safeguards-pack", isCollectible: false);
        var loaded = context.LoadFromStream(new MemoryStream(assembly), pdb is null ? null : new MemoryStream(pdb));
        return Instantiate(loaded);
    }

    private static IRulePack Instantiate(Assembly assembly)
    {
        var type = assembly.GetExportedTypes().FirstOrDefault(t => t.Name == CSharpGenerator.ClassName && typeof(IRulePack).IsAssignableFrom(t))
            ?? throw new InvalidDataException($"{assembly.GetName().Name} is not a Safeguards pack (no public {CSharpGenerator.ClassName})");
        return (IRulePack)Activator.CreateInstance(type)!;
    }
}
