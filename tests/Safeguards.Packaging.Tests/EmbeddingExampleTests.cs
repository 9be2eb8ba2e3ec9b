using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace Safeguards.Packaging.Tests;

/// <summary>
/// The complete program of docs/embedding.md, read from the page, restored from the packages `dotnet pack`
/// makes (in a temporary folder used as a source next to nuget.org), built with warnings as errors and run
/// on example cases; its findings are the CLI's. Slow (one pack of five packages, one restore and build):
/// it runs with every <c>dotnet test</c>, in CI too.
/// </summary>
[Trait("Category", "Slow")]
public sealed class EmbeddingExampleTests : IDisposable
{
    private const string AsOf = "2026-11-23T12:00:00+05:00";
    private static readonly string[] Packages = ["Safeguards.Runtime", "Safeguards.Language", "Safeguards.Lowering", "Safeguards.Evaluation", "Safeguards.Compiler", "Safeguards.Cli"];

    private readonly string temp = Directory.CreateTempSubdirectory("sg-packaging-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(temp, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void The_documented_program_builds_from_the_packages_and_gives_the_CLI_s_findings()
    {
        // A version of its own, so that restore cannot take a package of the same id and version from an earlier
        // pack out of a NuGet cache: what is built is what this test packed.
        var version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";
        var feed = Directory.CreateDirectory(Path.Combine(temp, "feed")).FullName;

        // 1. dotnet pack: the libraries and the tool, from the build the tests run on.
        foreach (var project in Packages)
        {
            var (exit, output) = Tool.Dotnet(Tool.Root, "pack", Path.Combine("compiler", project), "-c", Tool.Configuration, "--no-build", "-o", feed, $"-p:PackageVersion={version}");
            exit.ShouldBe(0, output);
            output.ShouldNotContain("warning", Case.Insensitive, $"dotnet pack {project}:\n{output}");
        }
        foreach (var id in Packages.Select(p => p == "Safeguards.Cli" ? "Safeguards.Tool" : p)) CheckPackage(Path.Combine(feed, $"{id}.{version}.nupkg"), id);

        // 2. The project and the program, exactly as the page shows them but for the feed folder and the version.
        var snippets = DocSnippets.Read(Path.Combine(Tool.Root, "docs", "embedding.md"));
        snippets.Keys.ShouldBe(["Screening.csproj", "Program.cs"], ignoreOrder: true);
        var app = Directory.CreateDirectory(Path.Combine(temp, "Screening")).FullName;
        var csproj = snippets["Screening.csproj"];
        csproj.ShouldContain("$(HOME)/safeguards-feed");
        csproj.ShouldContain("Version=\"0.1.0\"");
        File.WriteAllText(Path.Combine(app, "Screening.csproj"), csproj.Replace("$(HOME)/safeguards-feed", feed).Replace("Version=\"0.1.0\"", $"Version=\"{version}\""));
        File.WriteAllText(Path.Combine(app, "Program.cs"), snippets["Program.cs"]);

        // 3. Restore (the feed and nuget.org; packages already on this machine are reused from its NuGet folder
        //    without being copied) and build. The page's code must build without a warning.
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var (built, buildOutput) = Tool.Dotnet(app, "build", "-c", "Release", "-warnaserror",
            $"-p:RestorePackagesPath={Path.Combine(temp, "packages")}", $"-p:RestoreFallbackFolders={globalPackages}");
        built.ShouldBe(0, buildOutput);
        var program = Path.Combine(app, "bin", "Release", "net10.0", "Screening.dll");
        File.Exists(program).ShouldBeTrue();
        Directory.GetDirectories(Path.Combine(temp, "packages")).Select(Path.GetFileName)
            .ShouldContain("safeguards.compiler", "the compiler package came from the feed this test packed");

        // 4. Run it: rules compiled at run time, one example case. It reports what `safeguards eval` reports.
        var rules = Path.Combine(Tool.Root, "rules");
        var caseFile = Path.Combine(Tool.Root, "examples", "cases", "alimbekov-2007-detention.json");
        var (ran, output1) = Tool.Dotnet(app, program, rules, AsOf, caseFile);
        ran.ShouldBe(0, output1);
        var expected = CliFindings(rules, caseFile);
        var lines = output1.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe($"alimbekov-2007-detention: {expected.Count(f => f.Outcome == "violated")} violation(s)");
        lines.Skip(1).Select(l => l.Trim()[..l.Trim().IndexOf(':')]).ShouldBe(expected.Select(f => $"{f.Id} {f.Outcome}"), ignoreOrder: true);
        expected.ShouldContain(f => f.Outcome == "violated");

        // 5. And a pack built by `safeguards build`, loaded from its file, on a folder of cases: every case read.
        var pack = Path.Combine(temp, "pack");
        Tool.Cli("build", rules, "-o", pack).Exit.ShouldBe(0);
        var dll = Directory.GetFiles(pack, "Safeguards.Pack.*.dll").Single();
        var cases = Path.Combine(Tool.Root, "examples", "cases");
        var (ranPack, output2) = Tool.Dotnet(app, program, dll, AsOf, cases);
        ranPack.ShouldBe(0, output2);
        output2.ShouldNotContain("unreadable");
        var caseLines = output2.Split('\n').Count(l => l.EndsWith("violation(s)", StringComparison.Ordinal));
        caseLines.ShouldBe(CountCases(cases));
        output2.ShouldContain(lines[0]);
    }

    /// <summary>Each package has its id, a description, the licence expression, authors and its README.</summary>
    private static void CheckPackage(string nupkg, string id)
    {
        File.Exists(nupkg).ShouldBeTrue(nupkg);
        using var zip = ZipFile.OpenRead(nupkg);
        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Field("id").ShouldBe(id);
        Field("description").ShouldNotBeNullOrWhiteSpace();
        Field("description")!.ShouldNotBe("Package Description", id);
        Field("authors").ShouldBe("Safeguards maintainers");
        Field("license").ShouldBe("MIT");
        Field("readme").ShouldBe("README.md");
        var readme = zip.GetEntry("README.md");
        readme.ShouldNotBeNull($"{id} has no README.md");
        using var text = new StreamReader(readme.Open());
        text.ReadToEnd().ShouldStartWith($"# {id}");
    }

    private static List<(string Id, string Outcome)> CliFindings(string rules, string caseFile)
    {
        var (_, output, error) = Tool.Cli("eval", rules, caseFile, "--as-of", AsOf, "--format", "json");
        using var document = JsonDocument.Parse(output);
        var findings = document.RootElement.GetProperty("results")[0].GetProperty("findings").EnumerateArray()
            .Select(f => (Id: f.GetProperty("safeguard").GetString()!, Outcome: f.GetProperty("outcome").GetString()!))
            .Where(f => f.Outcome != "not-applicable").ToList();
        findings.ShouldNotBeEmpty(error);
        return findings;
    }

    private static int CountCases(string folder) =>
        Directory.GetFiles(folder, "*.json").Length
        + Directory.GetFiles(folder, "*.jsonl").Sum(f => File.ReadLines(f).Count(l => l.Trim().Length > 0));
}
