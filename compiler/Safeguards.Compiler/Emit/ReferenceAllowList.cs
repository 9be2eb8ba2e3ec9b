using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Safeguards.Runtime;

namespace Safeguards.Compiler.Emit;

/// <summary>What generated code may use. It is compiled against the runtime assembly and the core
/// library only, and every type its IL refers to must be on the list below: no files, network,
/// reflection, processes or threads, even if a bug let rule text into the code.</summary>
public static class ReferenceAllowList
{
    /// <summary>Types of the core library generated code needs (by full metadata name).</summary>
    private static readonly HashSet<string> AllowedCoreTypes = new(StringComparer.Ordinal)
    {
        "System.Object", "System.ValueType", "System.Enum", "System.String", "System.Boolean", "System.Byte", "System.Int32", "System.Int64",
        "System.UInt64", "System.DateOnly", "System.TimeZoneInfo", "System.Nullable`1", "System.Span`1", "System.ReadOnlySpan`1", "System.Array",
        "System.Collections.Generic.List`1", "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.IEnumerable`1",
        "System.Runtime.CompilerServices.CompilerGeneratedAttribute", "System.Runtime.CompilerServices.NullableAttribute",
        "System.Runtime.CompilerServices.NullableContextAttribute", "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
        "System.Runtime.CompilerServices.IsReadOnlyAttribute", "System.Runtime.CompilerServices.IsByRefLikeAttribute",
        "System.Runtime.CompilerServices.RuntimeHelpers", "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
        "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute", "System.Runtime.CompilerServices.ScopedRefAttribute",
        "System.Runtime.CompilerServices.EmbeddedAttribute", "System.Runtime.CompilerServices.NullablePublicOnlyAttribute",
        "System.Diagnostics.DebuggableAttribute", "System.Diagnostics.DebuggableAttribute/DebuggingModes", "System.Attribute",
        "System.AttributeUsageAttribute", "System.AttributeTargets", "System.Runtime.Versioning.TargetFrameworkAttribute",
        "System.Reflection.AssemblyTitleAttribute", "System.Security.UnverifiableCodeAttribute",
    };

    /// <summary>Runtime types that touch the outside world (CaseReader opens files): generated code evaluates
    /// records it is given and never reads anything itself.</summary>
    private static readonly HashSet<string> DeniedRuntimeTypes = new(StringComparer.Ordinal)
    {
        "Safeguards.Runtime.CaseReader", "Safeguards.Runtime.CaseRecordParser", "Safeguards.Runtime.LineBuffer",
    };

    /// <summary>The assemblies generated code is compiled against.</summary>
    public static IReadOnlyList<MetadataReference> References { get; } = BuildReferences();

    // Reference assemblies (not the runtime's implementation assemblies), so a built pack can be
    // referenced by any application compiled for .NET 10, and the machine needs no SDK to compile one.
    private static MetadataReference[] BuildReferences() =>
    [
        Basic.Reference.Assemblies.Net100.References.SystemRuntime,
        Basic.Reference.Assemblies.Net100.References.SystemCollections,
        MetadataReference.CreateFromFile(typeof(IRulePack).Assembly.Location),
    ];

    /// <summary>Every type the assembly's IL refers to that is not allowed (empty when it is safe).</summary>
    public static IReadOnlyList<string> Violations(byte[] peImage)
    {
        using var pe = new PEReader(new MemoryStream(peImage));
        var metadata = pe.GetMetadataReader();
        var runtimeName = typeof(IRulePack).Assembly.GetName().Name;
        var violations = new List<string>();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            var name = FullName(metadata, reference);
            var scope = reference.ResolutionScope;
            var assembly = scope.Kind == HandleKind.AssemblyReference
                ? metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name)
                : null;
            if (assembly == runtimeName && name.StartsWith("Safeguards.Runtime.", StringComparison.Ordinal) && !DeniedRuntimeTypes.Contains(name)) continue;
            if (AllowedCoreTypes.Contains(name)) continue;
            violations.Add(assembly is null ? name : $"{name} ({assembly})");
        }
        foreach (var handle in metadata.AssemblyReferences)
        {
            var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
            if (name is not ("System.Runtime" or "System.Collections") && name != runtimeName)
                violations.Add($"assembly {name}");
        }
        return violations;
    }

    private static string FullName(MetadataReader metadata, TypeReference reference)
    {
        var name = metadata.GetString(reference.Name);
        if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            return FullName(metadata, metadata.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope)) + "/" + name;
        var ns = metadata.GetString(reference.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
