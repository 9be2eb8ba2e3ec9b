using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Safeguards.Compiler.Emit;

namespace Safeguards.Compiler.Tests;

/// <summary>Assemblies that look like a built pack (a public CompiledRulePack implementing IRulePack in a
/// Safeguards.Packs namespace) but write a file as soon as any of their code runs. Shared with the CLI tests.</summary>
public static class HostileAssembly
{
    public enum Trigger
    {
        /// <summary>The pack class's static constructor writes the file (it runs when the loader creates the pack).</summary>
        TypeInitializer,

        /// <summary>A module initializer writes it (it runs when anything of the assembly is first used).</summary>
        ModuleInitializer,

        /// <summary>The instance constructor writes it.</summary>
        Constructor,
    }

    public static byte[] Build(string assemblyName, string markerPath, Trigger trigger)
    {
        var marker = SymbolDisplay.FormatLiteral(markerPath, quote: true);
        var write = $"System.IO.File.WriteAllText({marker}, \"the pack's code ran\");";
        var code = $$"""
            using System;
            using System.Collections.Generic;
            using Safeguards.Runtime;

            namespace Safeguards.Packs.Hostile
            {
                public sealed class CompiledRulePack : IRulePack
                {
                    {{(trigger == Trigger.TypeInitializer ? $"static CompiledRulePack() {{ {write} }}" : "")}}
                    {{(trigger == Trigger.Constructor ? $"public CompiledRulePack() {{ {write} }}" : "")}}
                    public PackSchema Schema => throw new NotSupportedException();
                    public IReadOnlyList<SafeguardInfo> Safeguards => throw new NotSupportedException();
                    public void Evaluate(CaseRecord record, long asOfUtcTicks, Span<Outcome> outcomes) => throw new NotSupportedException();
                    public IReadOnlyList<Finding> Explain(CaseRecord record, long asOfUtcTicks) => throw new NotSupportedException();
                }

                internal static class Startup
                {
                    {{(trigger == Trigger.ModuleInitializer ? $"[System.Runtime.CompilerServices.ModuleInitializer] internal static void Run() {{ {write} }}" : "")}}
                }
            }
            """;
        var compilation = CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(code)], ReferenceAllowList.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        result.Success.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }
}
