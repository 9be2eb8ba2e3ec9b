using Safeguards.Language.Diagnostics;
using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;

namespace Safeguards.Language.Tests.Baselines;

/// <summary>
/// Baseline tests in Bicep's style. Each folder under <c>Baselines/valid</c> and
/// <c>Baselines/invalid</c> holds <c>main.sg</c> (and, for multi-file samples, more <c>*.sg</c>
/// files compiled together with it) and, for every rule file, the expected
/// <c>.diagnostics</c> (each diagnostic under the line it points to), <c>.tokens</c> and <c>.tree</c>.
/// <para>To regenerate after a deliberate change, run
/// <c>SAFEGUARDS_UPDATE_BASELINES=1 dotnet test tests/Safeguards.Language.Tests</c>: the tests
/// then write the actual output into the source folder; review the diff with <c>git diff</c>.</para>
/// </summary>
public sealed class BaselineTests
{
    public const string UpdateVariable = "SAFEGUARDS_UPDATE_BASELINES";

    /// <summary>Codes no baseline can produce, each with the reason. Keep this list short and honest.</summary>
    public static readonly IReadOnlyDictionary<string, string> CodesWithoutBaseline = new Dictionary<string, string>
    {
        // Problems with files, not inside one: a baseline is a readable rule file. The CLI tests produce each.
        ["SG0001"] = "a path that does not exist (FileDiagnosticsTests)",
        ["SG0002"] = "a binary file (FileDiagnosticsTests)",
        ["SG0003"] = "a file that is not UTF-8 (FileDiagnosticsTests)",
        ["SG0004"] = "a folder without rule files (FileDiagnosticsTests)",
        ["SG0005"] = "an unreadable file or folder (FileDiagnosticsTests)",
        // Fixture files, not rule files: tests/Safeguards.Evaluation.Tests/FixtureValidationTests produces each.
        ["SG6001"] = "fixture files", ["SG6002"] = "fixture files", ["SG6003"] = "fixture files", ["SG6004"] = "fixture files",
        ["SG6005"] = "fixture files", ["SG6006"] = "fixture files", ["SG6007"] = "fixture files", ["SG6008"] = "fixture files",
    };

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true";

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var sample in SampleFolders()) data.Add(sample);
        return data;
    }

    internal static IEnumerable<string> SampleFolders() =>
        new[] { "valid", "invalid" }
            .SelectMany(group => Directory.GetDirectories(Path.Combine(RepoPaths.Baselines, group)))
            .Where(dir => File.Exists(Path.Combine(dir, "main.sg")))
            .Select(dir => Path.GetRelativePath(RepoPaths.Baselines, dir).Replace('\\', '/'))
            .OrderBy(s => s, StringComparer.Ordinal);

    internal static Compilation Compile(string sample)
    {
        var folder = Path.Combine(RepoPaths.Baselines, sample);
        var trees = Directory.GetFiles(folder, "*.sg").OrderBy(f => f, StringComparer.Ordinal)
            .Select(file => SyntaxTree.Parse(Path.GetFileName(file), ReadKeepingBom(file)))
            .ToList();
        return Compilation.Create(trees);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Baseline_matches(string sample)
    {
        var folder = Path.Combine(RepoPaths.Baselines, sample);
        var compilation = Compile(sample);
        var mismatches = new List<string>();
        foreach (var tree in compilation.Trees)
        {
            var stem = Path.GetFileNameWithoutExtension(tree.Source.Path);
            Check(folder, stem + ".diagnostics", BaselineWriter.Diagnostics(tree, compilation.DiagnosticsFor(tree), p => p), mismatches);
            Check(folder, stem + ".tokens", BaselineWriter.Tokens(tree), mismatches);
            Check(folder, stem + ".tree", BaselineWriter.Tree(tree), mismatches);
        }
        mismatches.ShouldBeEmpty(
            $"baselines of {sample} differ from the actual output. If the change is intended, run {UpdateVariable}=1 dotnet test tests/Safeguards.Language.Tests and review git diff.");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_file_prints_back_exactly(string sample)
    {
        var folder = Path.Combine(RepoPaths.Baselines, sample);
        foreach (var tree in Compile(sample).Trees)
            tree.Root.ToFullString().ShouldBe(ReadKeepingBom(Path.Combine(folder, tree.Source.Path)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Valid_samples_have_no_errors_and_invalid_ones_have_diagnostics(string sample)
    {
        var diagnostics = Compile(sample).Diagnostics;
        if (sample.StartsWith("valid/", StringComparison.Ordinal))
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        else
            diagnostics.ShouldNotBeEmpty();
    }

    [Fact]
    public void There_are_at_least_ten_samples_with_valid_and_invalid_ones()
    {
        var samples = SampleFolders().ToList();
        samples.Count.ShouldBeGreaterThanOrEqualTo(10);
        samples.ShouldContain(s => s.StartsWith("valid/", StringComparison.Ordinal));
        samples.ShouldContain(s => s.StartsWith("invalid/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_catalogue_code_appears_in_some_baseline()
    {
        var produced = SampleFolders().SelectMany(s => Compile(s).Diagnostics).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var missing = DiagnosticCatalogue.All.Select(d => d.Code)
            .Where(code => !produced.Contains(code) && !CodesWithoutBaseline.ContainsKey(code)).ToList();
        missing.ShouldBeEmpty("every diagnostic code needs a baseline sample that produces it (or an entry with a reason in CodesWithoutBaseline)");
    }

    [Fact]
    public void The_allow_list_names_only_catalogue_codes_that_no_baseline_produces()
    {
        var produced = SampleFolders().SelectMany(s => Compile(s).Diagnostics).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (code, reason) in CodesWithoutBaseline)
        {
            DiagnosticCatalogue.Find(code).ShouldNotBeNull($"{code} is allow-listed but not in the catalogue");
            produced.ShouldNotContain(code, $"{code} is allow-listed ({reason}) but a baseline produces it: remove it from the list");
        }
    }

    /// <summary>Reads a file as the CLI does: a byte-order mark stays in the text (as U+FEFF), so it is tested too.</summary>
    internal static string ReadKeepingBom(string path) => new System.Text.UTF8Encoding(false).GetString(File.ReadAllBytes(path));

    private static void Check(string folder, string fileName, string actual, List<string> mismatches)
    {
        var path = Path.Combine(folder, fileName);
        var expected = File.Exists(path) ? ReadKeepingBom(path).ReplaceLineEndings("\n") : null;
        if (expected == actual) return;
        if (Updating)
        {
            File.WriteAllText(path, actual);
            return;
        }
        mismatches.Add(expected is null ? $"{fileName}: missing" : $"{fileName}: differs at line {FirstDifference(expected, actual)}");
    }

    private static int FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            if (a[i] != b[i]) return i + 1;
        return Math.Min(a.Length, b.Length) + 1;
    }
}
