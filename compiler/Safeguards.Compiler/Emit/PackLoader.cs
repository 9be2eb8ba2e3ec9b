using System.Reflection;
using System.Runtime.Loader;
using Safeguards.Compiler.CodeGeneration;
using Safeguards.Runtime;

namespace Safeguards.Compiler.Emit;

/// <summary>Loads a compiled pack (from memory or from a file built by <c>safeguards build</c>) into its own
/// load context; the runtime assembly is shared with the host, so the pack's types are the host's.</summary>
public static class PackLoader
{
    public static IRulePack Load(byte[] assembly, byte[]? pdb = null)
    {
        var context = new AssemblyLoadContext("safeguards-pack", isCollectible: false);
        var loaded = context.LoadFromStream(new MemoryStream(assembly), pdb is null ? null : new MemoryStream(pdb));
        return Instantiate(loaded);
    }

    public static IRulePack LoadFile(string assemblyPath)
    {
        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        return Load(File.ReadAllBytes(assemblyPath), File.Exists(pdbPath) ? File.ReadAllBytes(pdbPath) : null);
    }

    private static IRulePack Instantiate(Assembly assembly)
    {
        var type = assembly.GetExportedTypes().FirstOrDefault(t => t.Name == CSharpGenerator.ClassName && typeof(IRulePack).IsAssignableFrom(t))
            ?? throw new InvalidDataException($"{assembly.GetName().Name} is not a Safeguards pack (no public {CSharpGenerator.ClassName})");
        return (IRulePack)Activator.CreateInstance(type)!;
    }
}
