using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Safeguards.Compiler.CodeGeneration;
using Safeguards.Compiler.Emit;

namespace Safeguards.Bench.Eval;

/// <summary><c>profile-build N</c>: where the time of building an N-safeguard pack goes (bind, generate,
/// Roslyn parse, Roslyn emit, allow-list check), warm, in this process. For the analysis in docs/performance.md.</summary>
public static class Profile
{
    public static int Build(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "safeguards-bench-profile-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "generated.sg"), CompileBench.Generate(count));
            for (var round = 0; round < 3; round++)
            {
                var watch = Stopwatch.StartNew();
                var model = Packs.BuildModel(folder);
                var bind = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                var csharp = CSharpGenerator.Generate(model.Plan);
                var generate = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                var tree = CSharpSyntaxTree.ParseText(csharp);
                var compilation = CSharpCompilation.Create("p", [tree], ReferenceAllowList.References,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
                var diagnostics = compilation.GetDiagnostics();
                var analyse = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                var pack = Packs.Compile(model);
                var full = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                ReferenceAllowList.Violations(pack.Assembly);
                var allow = watch.Elapsed.TotalMilliseconds;
                Console.WriteLine($"round {round}: bind+model {bind:F0} ms, generate C# {generate:F0} ms ({csharp.Length / 1024} KiB, {csharp.Count(c => c == '\n')} lines), " +
                    $"Roslyn parse+bind (GetDiagnostics) {analyse:F0} ms ({diagnostics.Length} diagnostics), PackCompiler.TryCompile {full:F0} ms, allow-list check {allow:F0} ms");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
