namespace Safeguards.Report.Tests;

/// <summary><c>safeguards build</c> writes the same files, byte for byte, for the same rules wherever they are
/// and however their path is typed (the compiler's own determinism tests cover the assembly and PDB; this
/// covers the folder the CLI writes, manifest.json included).</summary>
public sealed class BuildDeterminismTests
{
    [Fact]
    public void Copies_of_the_rules_built_from_a_relative_and_an_absolute_path_give_identical_folders()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        Copy(Repo.Rules, Path.Combine(first.Path, "rules"));
        Copy(Repo.Rules, Path.Combine(second.Path, "somewhere", "else"));
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(first.Path, "rules"));
        Path.IsPathRooted(relative).ShouldBeFalse();

        var (exitA, _, errorA) = Repo.Run("build", relative, "-o", Path.Combine(first.Path, "out"));
        var (exitB, _, errorB) = Repo.Run("build", Path.Combine(second.Path, "somewhere", "else"), "-o", Path.Combine(second.Path, "out"));
        exitA.ShouldBe(0, errorA);
        exitB.ShouldBe(0, errorB);

        var filesA = Directory.GetFiles(Path.Combine(first.Path, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var filesB = Directory.GetFiles(Path.Combine(second.Path, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        filesB.ShouldBe(filesA);
        filesA.ShouldContain("manifest.json");
        filesA.Count(f => f!.EndsWith(".dll", StringComparison.Ordinal)).ShouldBe(2); // the pack and the runtime
        filesA.ShouldContain(f => f!.EndsWith(".pdb", StringComparison.Ordinal));
        foreach (var file in filesA)
            File.ReadAllBytes(Path.Combine(second.Path, "out", file!)).ShouldBe(File.ReadAllBytes(Path.Combine(first.Path, "out", file!)), file);
        File.ReadAllText(Path.Combine(first.Path, "out", "manifest.json")).ShouldNotContain(first.Path);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
