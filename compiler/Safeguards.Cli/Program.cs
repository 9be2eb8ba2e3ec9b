using System.CommandLine;
using Safeguards.Cli.CommandLine;
using Safeguards.Cli.Commands;

namespace Safeguards.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool with the given writers (tests call this directly).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var console = new CliConsole(stdout, stderr);
        var root = new RootCommand("Safeguards: check, build and evaluate rule packs of legal safeguards against torture and arbitrary detention.");
        root.Subcommands.Add(CheckCommand.Create(console));
        foreach (var command in ExtraCommands.Create(console)) root.Subcommands.Add(command);
        HelpWithExitCodes.Install(root);

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return Invoke(root, args, configuration, stderr);
        }
        catch (Exception e)
        {
            // Users never see a stack trace: say what failed, in one line, and exit with the internal-error code.
            stderr.WriteLine($"safeguards: internal error: {e.Message}");
            return ExitCodes.InternalError;
        }
    }

    private static int Invoke(RootCommand root, string[] args, InvocationConfiguration configuration, TextWriter stderr)
    {
        var result = root.Parse(args);
        if (result.Action is { ClearsParseErrors: true }) return result.Invoke(configuration);   // --help, --version
        if (args.Length == 0)
        {
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
            return ExitCodes.InputError;
        }
        var problems = UsageCheck.Problems(result);
        if (problems.Count == 0) return result.Invoke(configuration);
        var name = UsageCheck.CommandPath(result);
        foreach (var problem in problems) stderr.WriteLine($"{name}: error: {problem}");
        stderr.WriteLine($"Run '{name} --help' for its arguments, options and exit codes.");
        return ExitCodes.InputError;
    }
}
