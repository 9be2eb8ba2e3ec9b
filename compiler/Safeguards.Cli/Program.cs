using System.CommandLine;
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

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (Exception e)
        {
            // Users never see a stack trace: say what failed, in one line, and exit with the internal-error code.
            stderr.WriteLine($"safeguards: internal error: {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}
