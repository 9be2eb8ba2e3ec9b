using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Safeguards.Compiler.CodeGeneration;

namespace Safeguards.Compiler.Emit;

/// <summary>
/// Checks an assembly before any of its code runs: it is read with <c>System.Reflection.Metadata</c>, which
/// loads nothing and runs nothing. The checks are the ones compilation applies to generated code (every
/// assembly, type and member it refers to is on <see cref="ReferenceAllowList"/>) and the shape the generator
/// gives a pack: no module initializer, a type initializer only on the pack class, no native code, no
/// forwarded or exported types, and one public pack class. docs/trust-model.md says what this does and does
/// not guarantee.
/// </summary>
public static class PackVerifier
{
    /// <summary>Every reason the image is not a pack the generator could have written (empty when none).</summary>
    public static IReadOnlyList<string> Problems(byte[] image)
    {
        var problems = new List<string>();
        try
        {
            using var pe = new PEReader(new MemoryStream(image, writable: false));
            if (!pe.HasMetadata)
            {
                problems.Add("the file is not a .NET assembly");
                return problems;
            }
            var headers = pe.PEHeaders;
            if (headers.CorHeader is { } cor && (cor.Flags & CorFlags.ILOnly) == 0) problems.Add("the assembly contains native code (it is not IL only)");
            if (headers.CorHeader is { EntryPointTokenOrRelativeVirtualAddress: not 0 }) problems.Add("the assembly has an entry point");
            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly) problems.Add("the file is a module, not an assembly");
            problems.AddRange(ReferenceAllowList.Violations(metadata).Select(v => $"refers to a forbidden type or assembly: {v}"));
            CheckShape(metadata, problems);
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or ArgumentException)
        {
            problems.Add($"the assembly's metadata cannot be read ({e.Message})");
        }
        return problems;
    }

    /// <summary>Throws <see cref="PackRejectedException"/> naming every problem, or returns when there is none.</summary>
    public static void Verify(byte[] image, string name)
    {
        var problems = Problems(image);
        if (problems.Count > 0) throw new PackRejectedException($"{name} is refused, it is not a pack the Safeguards compiler writes: {string.Join("; ", problems)}");
    }

    private static void CheckShape(MetadataReader metadata, List<string> problems)
    {
        if (metadata.GetTableRowCount(TableIndex.ModuleRef) > 0) problems.Add("it refers to native modules (P/Invoke)");
        if (metadata.ExportedTypes.Count > 0) problems.Add("it exports or forwards types to other assemblies");
        if (metadata.GetTableRowCount(TableIndex.File) > 0) problems.Add("it is made of several files");
        var packClasses = 0;
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            var name = metadata.GetString(type.Name);
            var isModuleType = name == "<Module>" && type.Namespace.IsNil;
            var isPackClass = !isModuleType && name == CSharpGenerator.ClassName && (type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public
                && metadata.GetString(type.Namespace).StartsWith(CSharpGenerator.NamespacePrefix, StringComparison.Ordinal);
            if (isPackClass) packClasses++;
            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                var methodName = metadata.GetString(method.Name);
                var where = isModuleType ? "the module" : TypeName(metadata, type);
                if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0 || (method.ImplAttributes & MethodImplAttributes.CodeTypeMask) != MethodImplAttributes.IL
                    || (method.ImplAttributes & MethodImplAttributes.InternalCall) != 0)
                    problems.Add($"{where}.{methodName} is native code, not IL");
                // The generator's static fields are initialised in the pack class's type initializer; code that runs
                // when the assembly or any other type is first touched is not something it writes.
                if (methodName == ".cctor" && isModuleType) problems.Add("it has a module initializer (code that runs when the assembly is loaded)");
                else if (methodName == ".cctor" && !isPackClass) problems.Add($"{where} has a type initializer (the generator writes one only for {CSharpGenerator.ClassName})");
                else if (isModuleType) problems.Add($"the module has a global method {methodName}");
            }
        }
        if (packClasses != 1) problems.Add($"it has {packClasses} public {CSharpGenerator.ClassName} classes in a {CSharpGenerator.NamespacePrefix}* namespace (a pack has exactly one)");
    }

    private static string TypeName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        if (type.GetDeclaringType() is { IsNil: false } outer) return TypeName(metadata, metadata.GetTypeDefinition(outer)) + "/" + name;
        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}

/// <summary>A built pack that failed verification or does not match its manifest; nothing of it has run.</summary>
public sealed class PackRejectedException(string message) : Exception(message);
