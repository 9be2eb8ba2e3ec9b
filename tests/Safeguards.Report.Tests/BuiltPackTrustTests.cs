using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Safeguards.Compiler.Tests;

namespace Safeguards.Report.Tests;

/// <summary><c>eval</c> on a built folder whose assembly was swapped for one that writes a file: refused with
/// exit 2 and a clear message, and the file is not written, whether or not the manifest's hash was updated.</summary>
public sealed class BuiltPackTrustTests
{
    private static string BuildRealPack(TempFolder folder)
    {
        var output = Path.Combine(folder.Path, "pack");
        var (exit, _, error) = Repo.Run("build", Repo.Rules, "-o", output);
        exit.ShouldBe(0, error);
        return output;
    }

    [Theory]
    [InlineData(HostileAssembly.Trigger.TypeInitializer, false)]
    [InlineData(HostileAssembly.Trigger.TypeInitializer, true)]
    [InlineData(HostileAssembly.Trigger.ModuleInitializer, true)]
    [InlineData(HostileAssembly.Trigger.Constructor, true)]
    public void Eval_refuses_a_built_folder_with_a_hostile_assembly(HostileAssembly.Trigger trigger, bool hashUpdated)
    {
        using var folder = new TempFolder();
        var pack = BuildRealPack(folder);
        var manifestPath = Path.Combine(pack, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        var assemblyFile = manifest["assembly"]!.GetValue<string>();
        var marker = Path.Combine(folder.Path, "written-by-the-pack.txt");
        var hostile = HostileAssembly.Build(Path.GetFileNameWithoutExtension(assemblyFile), marker, trigger);
        File.WriteAllBytes(Path.Combine(pack, assemblyFile), hostile);
        if (hashUpdated)
        {
            manifest["sha256"] = Convert.ToHexStringLower(SHA256.HashData(hostile));
            File.WriteAllText(manifestPath, manifest.ToJsonString());
        }

        var (exit, output, error) = Repo.Run("eval", pack, Repo.Cases, "--as-of", Repo.AsOf);

        File.Exists(marker).ShouldBeFalse("eval ran code of the hostile assembly");
        exit.ShouldBe(2, error);
        output.ShouldBeEmpty();
        error.ShouldContain("is not a usable built pack");
        error.ShouldContain(hashUpdated ? "not a pack the Safeguards compiler writes" : "does not match manifest.json");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Eval_runs_a_folder_as_the_build_wrote_it()
    {
        using var folder = new TempFolder();
        var pack = BuildRealPack(folder);
        var (exit, _, error) = Repo.Run("eval", pack, Repo.Cases, "--as-of", Repo.AsOf, "--format", "json");
        exit.ShouldBe(1, error); // the example cases contain violations
        error.ShouldContain("case(s) evaluated");
    }
}
