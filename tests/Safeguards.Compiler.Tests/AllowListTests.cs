using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Safeguards.Compiler.Emit;

namespace Safeguards.Compiler.Tests;

/// <summary>Generated code can reach only the runtime and a small part of the core library.</summary>
public class AllowListTests
{
    private static readonly string[] AllowedAssemblies = ["System.Runtime", "System.Collections", "System.Private.CoreLib", "Safeguards.Runtime"];

    [Fact]
    public void The_rules_assembly_references_only_the_runtime_and_basic_core_types()
    {
        var image = Build.Rules.Pack.Assembly;
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        var assemblies = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
        assemblies.ShouldAllBe(a => AllowedAssemblies.Contains(a));
        assemblies.ShouldContain("Safeguards.Runtime");

        var types = metadata.TypeReferences.Select(h => metadata.GetTypeReference(h))
            .Select(t => (Namespace: metadata.GetString(t.Namespace), Name: metadata.GetString(t.Name))).ToList();
        types.ShouldNotBeEmpty();
        foreach (var (ns, name) in types)
        {
            var full = ns.Length == 0 ? name : $"{ns}.{name}";
            // Nothing that reaches files, network, processes, threads, reflection or native code.
            string[] forbidden = ["System.IO", "System.Net", "System.Diagnostics.Process", "System.Threading", "System.Reflection.Emit",
                "System.Runtime.InteropServices", "System.Environment", "System.AppDomain", "System.Activator", "System.Type", "System.GC"];
            forbidden.ShouldNotContain(f => full == f || full.StartsWith(f + ".", StringComparison.Ordinal), full);
            (ns is "Safeguards.Runtime" or "Safeguards.Runtime.CompilerServices" or "Safeguards.Runtime.Calendars" or "" || ns.StartsWith("System", StringComparison.Ordinal)).ShouldBeTrue(full);
        }
        // Member references: no method by a dangerous name on any type.
        var members = metadata.MemberReferences.Select(h => metadata.GetString(metadata.GetMemberReference(h).Name)).ToHashSet();
        members.ShouldNotContain("Delete");
        members.ShouldNotContain("Start");
        members.ShouldNotContain("GetType");
        members.ShouldNotContain("ReadFile");
        ReferenceAllowList.Violations(image).ShouldBeEmpty();
    }

    private static byte[] CompileSnippet(string code, params MetadataReference[] extra)
    {
        var compilation = CSharpCompilation.Create("Snippet", [CSharpSyntaxTree.ParseText(code)], [.. ReferenceAllowList.References, .. extra],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        result.Success.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }

    private static MetadataReference Framework(string name) =>
        MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, name + ".dll"));

    [Fact]
    public void A_snippet_that_deletes_a_file_is_rejected()
    {
        var image = CompileSnippet("public static class S { public static void Run() => System.IO.File.Delete(\"x\"); }");
        ReferenceAllowList.Violations(image).ShouldContain(v => v.StartsWith("System.IO.File", StringComparison.Ordinal));
    }

    [Fact]
    public void A_snippet_that_starts_a_process_is_rejected()
    {
        var image = CompileSnippet("public static class S { public static void Run() => System.Diagnostics.Process.Start(\"sh\"); }",
            Framework("System.Diagnostics.Process"), Framework("System.ComponentModel.Primitives"));
        var violations = ReferenceAllowList.Violations(image);
        violations.ShouldContain(v => v.StartsWith("System.Diagnostics.Process", StringComparison.Ordinal));
        violations.ShouldContain("assembly System.Diagnostics.Process");
    }

    [Theory]
    [InlineData("public static class S { public static object Run() => typeof(S).Assembly; }", "System.Type")]
    [InlineData("public static class S { public static void Run() => System.Environment.Exit(1); }", "System.Environment")]
    [InlineData("public static class S { public static void Run() => System.GC.Collect(); }", "System.GC")]
    public void Reflection_environment_and_threads_are_rejected(string code, string type) =>
        ReferenceAllowList.Violations(CompileSnippet(code)).ShouldContain(v => v.StartsWith(type, StringComparison.Ordinal));

    [Fact]
    public void A_snippet_that_reads_case_files_through_the_runtime_is_rejected()
    {
        var image = CompileSnippet("public static class S { public static object Run(Safeguards.Runtime.PackSchema p) => new Safeguards.Runtime.CaseReader(p).ReadFile(\"/etc/passwd\"); }");
        ReferenceAllowList.Violations(image).ShouldContain(v => v.StartsWith("Safeguards.Runtime.CaseReader", StringComparison.Ordinal));
    }

    [Fact]
    public void A_snippet_using_only_allowed_types_passes()
    {
        var image = CompileSnippet("public static class S { public static long Run(Safeguards.Runtime.TimeRange r) => r.EarliestUtcTicks + new System.Collections.Generic.List<int>().Count; }");
        ReferenceAllowList.Violations(image).ShouldBeEmpty();
    }
}
