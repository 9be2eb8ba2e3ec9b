namespace Safeguards.Report.Tests;

/// <summary>A symbolic link planted where the tool writes (its output, or the temporary files of a report)
/// is never followed: the file it points to keeps its bytes, and the output is a regular file with the
/// command's content. Every writer goes through AtomicFile: a new file under a random name, renamed into place.</summary>
public sealed class PlantedLinkTests
{
    private const string Precious = "precious: must not be overwritten\n";

    private static string Victim(TempFolder folder) => folder.File("victim.txt", Precious);

    private static void ShouldBeIntact(string victim, string output)
    {
        File.ReadAllText(victim).ShouldBe(Precious);
        new FileInfo(output).LinkTarget.ShouldBeNull("the output should be a regular file, not the planted link");
        File.ReadAllText(output).ShouldNotBe(Precious);
    }

    [Fact]
    public void Report_does_not_follow_links_planted_at_its_temporary_file_names()
    {
        using var folder = new TempFolder();
        var victim = Victim(folder);
        var output = Path.Combine(folder.Path, "report.html");
        // The names the report used to give its two temporary files: predictable from the output and the process id.
        var planted = new[] { "index", "cases" }.Select(part => Path.Combine(folder.Path, $".report.html.{part}.{Environment.ProcessId}.tmp")).ToList();
        foreach (var link in planted) File.CreateSymbolicLink(link, victim);

        var (exit, _, error) = Repo.Run("report", Repo.Rules, Repo.Cases, "--as-of", Repo.AsOf, "-o", output);

        exit.ShouldBe(0, error);
        ShouldBeIntact(victim, output);
        File.ReadAllText(output).ShouldStartWith("<!DOCTYPE html>");
        foreach (var link in planted) new FileInfo(link).LinkTarget.ShouldBe(victim); // left alone, not written through
        Directory.GetFiles(folder.Path, "*.tmp").Except(planted).ShouldBeEmpty();
    }

    public static TheoryData<string, string[]> Writers => new()
    {
        { "report.html", ["report", Repo.Rules, Repo.Cases, "--as-of", Repo.AsOf, "-o", "{output}"] },
        { "findings.json", ["eval", Repo.Rules, Repo.Cases, "--as-of", Repo.AsOf, "--format", "json", "-o", "{output}"] },
        { "catalogue.md", ["catalogue", Repo.Rules, "-o", "{output}"] },
        { "check.sarif", ["check", Repo.Rules, "--format", "sarif", "-o", "{output}"] },
        { "junit.xml", ["test", Repo.Rules, "--junit", "{output}"] },
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_link_planted_at_the_output_is_replaced_not_followed(string name, string[] args)
    {
        using var folder = new TempFolder();
        var victim = Victim(folder);
        var output = Path.Combine(folder.Path, name);
        File.CreateSymbolicLink(output, victim);

        var (exit, _, error) = Repo.Run([.. args.Select(a => a == "{output}" ? output : a)]);

        exit.ShouldBeInRange(0, 1, error); // eval exits 1: the example cases contain violations
        ShouldBeIntact(victim, output);
        new FileInfo(output).Length.ShouldBeGreaterThan(100);
        Directory.GetFiles(folder.Path, "*.tmp").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("Safeguards.Runtime.dll")]
    [InlineData("{pack}.dll")]
    [InlineData("{pack}.pdb")]
    public void Build_replaces_a_link_planted_in_the_output_folder(string name)
    {
        using var folder = new TempFolder();
        var victim = Victim(folder);
        var output = Path.Combine(folder.Path, "pack");
        var (exit, _, error) = Repo.Run("build", Repo.Rules, "-o", output);
        exit.ShouldBe(0, error);
        var pack = Path.GetFileNameWithoutExtension(Directory.GetFiles(output, "Safeguards.Pack.*.dll").Single());
        var file = Path.Combine(output, name.Replace("{pack}", pack, StringComparison.Ordinal));
        var built = File.ReadAllBytes(file);
        File.Delete(file);
        File.CreateSymbolicLink(file, victim);

        (exit, _, error) = Repo.Run("build", Repo.Rules, "-o", output);

        exit.ShouldBe(0, error);
        File.ReadAllText(victim).ShouldBe(Precious);
        new FileInfo(file).LinkTarget.ShouldBeNull();
        File.ReadAllBytes(file).ShouldBe(built);
        Directory.GetFiles(output, "*.tmp").ShouldBeEmpty();
    }

    [Fact]
    public void Fmt_replaces_a_rule_file_whole_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var rule = folder.File("rule.sg", "pack t.fmt \"Fmt\"\n    jurisdiction KZ\n        time zone \"Asia/Almaty\"\n");
        var (exit, _, error) = Repo.Run("fmt", rule);
        exit.ShouldBe(0, error);
        File.ReadAllText(rule).ShouldBe("pack t.fmt \"Fmt\"\n  jurisdiction KZ\n  time zone \"Asia/Almaty\"\n");
        Directory.GetFiles(folder.Path).ShouldBe([rule]);
    }
}
