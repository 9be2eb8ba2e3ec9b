using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Safeguards.Compiler.Emit;

namespace Safeguards.Compiler.Tests;

/// <summary>Loading a built folder verifies the assembly before any of its code runs: its hash against the
/// manifest, then what it refers to and how it is shaped against what the generator writes.</summary>
public sealed class BuiltPackVerificationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sg-built-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string AssemblyFile => Build.Rules.Pack.AssemblyName + ".dll";

    /// <summary>The folder as the build leaves it: assembly, PDB and a manifest with their hashes.</summary>
    private void WriteRealPack()
    {
        var pack = Build.Rules.Pack;
        File.WriteAllBytes(Path.Combine(folder, AssemblyFile), pack.Assembly);
        File.WriteAllBytes(Path.Combine(folder, pack.AssemblyName + ".pdb"), pack.Pdb);
        var manifest = new JsonObject
        {
            [BuiltPackManifest.AssemblyProperty] = AssemblyFile,
            [BuiltPackManifest.AssemblySha256Property] = BuiltPackManifest.Sha256(pack.Assembly),
            [BuiltPackManifest.PdbSha256Property] = BuiltPackManifest.Sha256(pack.Pdb),
        };
        File.WriteAllText(Path.Combine(folder, BuiltPackManifest.FileName), manifest.ToJsonString());
    }

    private void SetManifestHash(string hash)
    {
        var path = Path.Combine(folder, BuiltPackManifest.FileName);
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        manifest[BuiltPackManifest.AssemblySha256Property] = hash;
        File.WriteAllText(path, manifest.ToJsonString());
    }

    [Fact]
    public void A_folder_as_the_build_writes_it_loads()
    {
        WriteRealPack();
        var pack = PackLoader.LoadBuilt(folder);
        pack.Safeguards.Count.ShouldBe(Build.Rules.Compiled.Safeguards.Count);
    }

    [Theory]
    [InlineData(HostileAssembly.Trigger.TypeInitializer, false)]
    [InlineData(HostileAssembly.Trigger.TypeInitializer, true)]
    [InlineData(HostileAssembly.Trigger.ModuleInitializer, false)]
    [InlineData(HostileAssembly.Trigger.ModuleInitializer, true)]
    [InlineData(HostileAssembly.Trigger.Constructor, true)]
    public void A_hostile_assembly_in_a_built_folder_is_refused_before_it_runs(HostileAssembly.Trigger trigger, bool hashUpdated)
    {
        WriteRealPack();
        var marker = Path.Combine(folder, "written-by-the-pack.txt");
        var hostile = HostileAssembly.Build(Build.Rules.Pack.AssemblyName, marker, trigger);
        File.WriteAllBytes(Path.Combine(folder, AssemblyFile), hostile);
        if (hashUpdated) SetManifestHash(BuiltPackManifest.Sha256(hostile));

        var refusal = Should.Throw<PackRejectedException>(() => PackLoader.LoadBuilt(folder));
        File.Exists(marker).ShouldBeFalse("the hostile assembly's code ran");
        if (hashUpdated)
        {
            refusal.Message.ShouldContain("System.IO.File");
            refusal.Message.ShouldContain("not a pack the Safeguards compiler writes");
        }
        else
        {
            refusal.Message.ShouldContain($"{AssemblyFile} does not match manifest.json");
        }
        // Named directly, the file is refused as well (verification does not need the manifest).
        Should.Throw<PackRejectedException>(() => PackLoader.LoadFile(Path.Combine(folder, AssemblyFile)));
        Should.Throw<PackRejectedException>(() => PackLoader.Load(hostile));
        File.Exists(marker).ShouldBeFalse("the hostile assembly's code ran");
    }

    [Fact]
    public void One_changed_byte_of_a_real_pack_is_a_hash_mismatch()
    {
        WriteRealPack();
        var path = Path.Combine(folder, AssemblyFile);
        var bytes = File.ReadAllBytes(path);
        bytes[^1] ^= 1;
        File.WriteAllBytes(path, bytes);
        Should.Throw<PackRejectedException>(() => PackLoader.LoadBuilt(folder)).Message.ShouldContain("does not match manifest.json");
    }

    [Fact]
    public void A_manifest_without_a_hash_is_refused()
    {
        WriteRealPack();
        var path = Path.Combine(folder, BuiltPackManifest.FileName);
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        manifest.Remove(BuiltPackManifest.AssemblySha256Property);
        File.WriteAllText(path, manifest.ToJsonString());
        Should.Throw<PackRejectedException>(() => PackLoader.LoadBuilt(folder)).Message.ShouldContain("records no SHA-256");
    }

    [Theory]
    [InlineData("../elsewhere.dll")]
    [InlineData("/tmp/elsewhere.dll")]
    [InlineData("notes.txt")]
    public void A_manifest_naming_a_file_outside_the_folder_is_refused(string assembly)
    {
        WriteRealPack();
        var path = Path.Combine(folder, BuiltPackManifest.FileName);
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        manifest[BuiltPackManifest.AssemblyProperty] = assembly;
        File.WriteAllText(path, manifest.ToJsonString());
        Should.Throw<PackRejectedException>(() => PackLoader.LoadBuilt(folder)).Message.ShouldContain("not a .dll file beside it");
    }

    private static byte[] Compile(string code)
    {
        var compilation = CSharpCompilation.Create("Snippet", [CSharpSyntaxTree.ParseText(code)], ReferenceAllowList.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        result.Success.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }

    private const string PackClass = """
        namespace Safeguards.Packs.Snippet
        {
            public sealed class CompiledRulePack
            {
                private static readonly string[] table = new string[] { "a", "b" };
                public string First => table[0];
            }
        }
        """;

    [Fact]
    public void The_generated_pack_and_a_plain_pack_class_pass()
    {
        PackVerifier.Problems(Build.Rules.Pack.Assembly).ShouldBeEmpty();
        PackVerifier.Problems(Compile(PackClass)).ShouldBeEmpty();
    }

    // Each of these uses only allowed types: it is the shape, not a reference, that gives it away.
    [Theory]
    [InlineData("namespace X { static class M { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { } } }", "module initializer")]
    [InlineData("namespace X { static class Other { static readonly string[] t = new string[] { \"c\" }; public static string A => t[0]; } }", "X.Other has a type initializer")]
    [InlineData("namespace X { static class N { [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)] public static extern int Native(); } }", "native code")]
    public void Code_the_generator_never_writes_is_refused(string extra, string problem)
    {
        var problems = PackVerifier.Problems(Compile(PackClass + extra));
        problems.ShouldContain(p => p.Contains(problem, StringComparison.Ordinal), string.Join("\n", problems));
    }

    [Fact]
    public void An_assembly_without_a_pack_class_is_refused() =>
        PackVerifier.Problems(Compile("namespace Safeguards.Packs.X { public sealed class Other { } }"))
            .ShouldContain(p => p.Contains("0 public CompiledRulePack classes", StringComparison.Ordinal));

    [Fact]
    public void Runtime_helpers_beyond_array_initialisers_are_refused() =>
        PackVerifier.Problems(Compile(PackClass + "namespace X { static class R { public static void Run() => System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(default); } }"))
            .ShouldContain(p => p.Contains("RuntimeHelpers.RunClassConstructor", StringComparison.Ordinal));

    [Fact]
    public void Bytes_that_are_not_an_assembly_are_refused() =>
        PackVerifier.Problems([0x4D, 0x5A, 1, 2, 3]).ShouldNotBeEmpty();
}
