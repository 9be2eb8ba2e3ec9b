using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Safeguards.Cli.CommandLine;

/// <summary>The library's help, followed by the exit codes every command shares.</summary>
public sealed class HelpWithExitCodes(HelpAction help) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var code = help.Invoke(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(ExitCodes.HelpText);
        return code;
    }

    /// <summary>Puts this action on the root's --help option (it applies to every command).</summary>
    public static void Install(RootCommand root)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        if (option.Action is HelpAction original) option.Action = new HelpWithExitCodes(original);
    }
}
