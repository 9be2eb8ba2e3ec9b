using Safeguards.Evaluation;
using Safeguards.Runtime;

namespace Safeguards.Cli.Commands;

/// <summary>Opens the rule pack a command names: rule files, evaluated by the interpreter.</summary>
public static class PackSource
{
    public static IRulePack? Open(CliConsole console, string path, string command)
    {
        var loaded = RulePackLoader.Load(console, [path], command);
        return loaded is null ? null : new Interpreter(loaded.Model);
    }
}
