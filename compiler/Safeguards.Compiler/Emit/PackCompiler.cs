using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Safeguards.Compiler.CodeGeneration;
using Safeguards.Lowering;

namespace Safeguards.Compiler.Emit;

/// <summary>Compiles generated C# with Roslyn into a deterministic assembly (same rules, same bytes)
/// with a portable PDB that embeds the rule files, so a debugger steps through rule lines.</summary>
public static class PackCompiler
{
    public static bool TryCompile(LoweredPack lowered, out CompiledPack? pack, out CompileFailure? failure)
    {
        var model = lowered.Plan;
        pack = null;
        failure = null;
        var csharp = CSharpGenerator.Generate(model);
        var assemblyName = "Safeguards.Pack." + CSharpText.IdentifierPart(model.Schema.PackName);
        var tree = CSharpSyntaxTree.ParseText(csharp, new CSharpParseOptions(LanguageVersion.CSharp12), path: assemblyName + ".g.cs", encoding: Encoding.UTF8);
        var compilation = CSharpCompilation.Create(assemblyName, [tree], ReferenceAllowList.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                deterministic: true,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: false,
                concurrentBuild: false));

        // Named relative to the rules' folder, as the generator's #line directives name them (RulePaths).
        var paths = RulePaths.For(model);
        using var peStream = new MemoryStream();
        using var pdbStream = new MemoryStream();
        var embedded = lowered.Sources
            .Select(s => EmbeddedText.FromSource(CSharpText.LineDirectiveFile(paths.Relative(s.Path)), SourceText.From(s.Text, Encoding.UTF8)))
            .Append(EmbeddedText.FromSource(tree.FilePath, tree.GetText()))
            .ToImmutableArray();
        var result = compilation.Emit(peStream, pdbStream,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: assemblyName + ".pdb"),
            embeddedTexts: embedded);
        if (!result.Success)
        {
            failure = new CompileFailure([.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())]);
            return false;
        }
        var image = peStream.ToArray();
        // The same check loading a built pack makes: what passes here passes there.
        var problems = PackVerifier.Problems(image);
        if (problems.Count > 0)
        {
            failure = new CompileFailure([.. problems.Select(p => $"generated code {p}")]);
            return false;
        }
        pack = new CompiledPack(assemblyName, image, pdbStream.ToArray(), csharp);
        return true;
    }
}
