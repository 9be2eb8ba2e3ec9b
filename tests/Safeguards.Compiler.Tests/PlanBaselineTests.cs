using Safeguards.Compiler.CodeGeneration;
using Safeguards.Language.Semantics;
using Safeguards.Language.Workspace;
using Safeguards.Lowering.Printing;

namespace Safeguards.Compiler.Tests;

/// <summary>
/// Baselines of the intermediate form and of the generated code, as Bicep keeps them: for every pack folder under
/// rules/ and for the feature pack of the outcome tests, the printed plans (<c>Baselines/NAME.plan.txt</c>) and the
/// generated C# (<c>Baselines/NAME.g.cs.txt</c>). A change in lowering or code generation shows as a diff to review.
/// After a deliberate change run <c>SAFEGUARDS_UPDATE_BASELINES=1 dotnet test tests/Safeguards.Compiler.Tests
/// --filter PlanBaselineTests</c> and read <c>git diff</c>.
/// </summary>
public sealed class PlanBaselineTests
{
    public static TheoryData<string> Packs() => [.. PackNames()];

    private static IEnumerable<string> PackNames() =>
        Directory.GetDirectories(Build.RulesFolder).Order(StringComparer.Ordinal)
            .Where(folder => Directory.EnumerateFiles(folder, "*.sg", SearchOption.AllDirectories).Any())
            .Select(folder => Path.GetFileName(folder))
            .Append(FeaturePack).Append(LegalTimePackName);

    private const string FeaturePack = "feature-pack";

    private const string LegalTimePackName = "legal-time-pack";

    [Theory]
    [MemberData(nameof(Packs))]
    public void Printed_plans_and_generated_code_match_their_baselines(string name)
    {
        var lowered = name == FeaturePack ? Build.Model(Evaluation.Tests.TestPack.Header + Evaluation.Tests.TestPack.Cases + Evaluation.Tests.TestPack.Safeguards)
            : name == LegalTimePackName ? Build.Model(LegalTimePack.Text)
            : Build.Model(Compilation.Create(RuleFileLoader.Load([Path.Combine(Build.RulesFolder, name)]).Trees));
        Compare($"{name}.plan.txt", PlanPrinter.Print(lowered.Plan));
        Compare($"{name}.g.cs.txt", CSharpGenerator.Generate(lowered.Plan));
    }

    [Fact]
    public void Every_baseline_belongs_to_a_pack()
    {
        var packs = PackNames().ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Folder))
        {
            var name = Path.GetFileName(file);
            var pack = name.EndsWith(".plan.txt", StringComparison.Ordinal) ? name[..^".plan.txt".Length] : name[..^".g.cs.txt".Length];
            packs.ShouldContain(pack, $"{name} has no pack: delete it");
        }
    }

    private static string Folder => Path.Combine(Build.RepoRoot, "tests", "Safeguards.Compiler.Tests", "Baselines");

    private static void Compare(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("SAFEGUARDS_UPDATE_BASELINES") is "1" or "true")
        {
            File.WriteAllText(path, actual);
            return;
        }
        File.Exists(path).ShouldBeTrue($"missing baseline {name}: run with SAFEGUARDS_UPDATE_BASELINES=1 and review it");
        actual.ShouldBe(File.ReadAllText(path).ReplaceLineEndings("\n"), $"{name} differs from its baseline; if the change is intended, regenerate it (SAFEGUARDS_UPDATE_BASELINES=1) and review the diff");
    }
}
