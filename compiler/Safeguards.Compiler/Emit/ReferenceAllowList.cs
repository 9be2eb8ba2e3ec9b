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
        "System.UInt64", "System.DateOnly", "System.DayOfWeek", "System.TimeZoneInfo", "System.Nullable`1", "System.Span`1", "System.ReadOnlySpan`1", "System.Array",
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

    /// <summary>Members of allowed core types that generated code may not use even so: of
    /// <c>RuntimeHelpers</c> only what the C# compiler emits for array and span initialisers.</summary>
    private static readonly Dictionary<string, HashSet<string>> AllowedMembersOf = new(StringComparer.Ordinal)
    {
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = new(StringComparer.Ordinal) { "InitializeArray", "CreateSpan" },
    };

    /// <summary>Every type the assembly's IL refers to that is not allowed (empty when it is safe).</summary>
    public static IReadOnlyList<string> Violations(byte[] peImage)
    {
        using var pe = new PEReader(new MemoryStream(peImage));
        return Violations(pe.GetMetadataReader());
    }

    /// <summary>Every assembly, type and member the metadata refers to that is not allowed. IL can reach code
    /// outside its assembly only through these tables (a type or method token is a TypeRef, a MemberRef, or a
    /// TypeSpec or MethodSpec built from them), so checking the tables checks every call the IL can make.</summary>
    public static IReadOnlyList<string> Violations(MetadataReader metadata)
    {
        var runtimeName = typeof(IRulePack).Assembly.GetName().Name;
        var violations = new List<string>();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            var name = FullName(metadata, reference);
            var assembly = AssemblyOf(metadata, reference);
            if (IsAllowedType(name, assembly, runtimeName)) continue;
            violations.Add(assembly is null ? name : $"{name} ({assembly})");
        }
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            var memberName = metadata.GetString(member.Name);
            switch (member.Parent.Kind)
            {
                case HandleKind.TypeReference:
                    var type = FullName(metadata, metadata.GetTypeReference((TypeReferenceHandle)member.Parent));
                    if (AllowedMembersOf.TryGetValue(type, out var allowed) && !allowed.Contains(memberName)) violations.Add($"{type}.{memberName}");
                    break;
                case HandleKind.ModuleReference:
                    violations.Add($"{memberName} (a global function of another module)");
                    break;
                // TypeSpec parents are generic instantiations of types in the TypeRef table (checked above); a
                // TypeDefinition or MethodDefinition parent is the assembly's own code.
            }
        }
        foreach (var handle in metadata.AssemblyReferences)
        {
            var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
            if (name is not ("System.Runtime" or "System.Collections") && name != runtimeName)
                violations.Add($"assembly {name}");
        }
        return violations;
    }

    private static bool IsAllowedType(string name, string? assembly, string? runtimeName) =>
        (assembly == runtimeName && name.StartsWith("Safeguards.Runtime.", StringComparison.Ordinal) && !DeniedRuntimeTypes.Contains(name))
        || AllowedCoreTypes.Contains(name);

    /// <summary>The assembly a reference resolves in (through its outermost type for a nested one).</summary>
    private static string? AssemblyOf(MetadataReader metadata, TypeReference reference)
    {
        while (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            reference = metadata.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope);
        return reference.ResolutionScope.Kind == HandleKind.AssemblyReference
            ? metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name)
            : null;
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
