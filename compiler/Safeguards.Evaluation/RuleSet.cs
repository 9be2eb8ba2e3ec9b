using Safeguards.Language.Semantics;
using Safeguards.Lowering;
using Safeguards.Runtime;

namespace Safeguards.Evaluation;

/// <summary>The entry point for evaluating bound rule files without compiling them.</summary>
public static class RuleSet
{
    /// <summary>An interpreter over every safeguard of the compilation that bound without error.</summary>
    public static bool TryCreate(Compilation compilation, out IRulePack? pack, out string? error)
    {
        pack = null;
        if (!PackLowering.TryLower(compilation, out var lowered, out error)) return false;
        pack = new Interpreter(lowered!.Plan);
        return true;
    }
}
