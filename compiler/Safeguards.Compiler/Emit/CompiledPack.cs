namespace Safeguards.Compiler.Emit;

/// <summary>The output of compiling a pack: the assembly and its debug symbols, and the C# they came from.</summary>
public sealed record CompiledPack(string AssemblyName, byte[] Assembly, byte[] Pdb, string CSharp);

/// <summary>A problem Roslyn found in generated code (a compiler bug, reported plainly) or a use of a
/// forbidden type.</summary>
public sealed record CompileFailure(IReadOnlyList<string> Messages);
