using System.CommandLine;

namespace Safeguards.Cli.Commands;

/// <summary>The commands other than check, registered in one place.</summary>
public static class ExtraCommands
{
    public static IEnumerable<Command> Create(CliConsole console) =>
    [
        TestCommand.Create(console),
        EvalCommand.Create(console),
        ReportCommand.Create(console),
        BuildCommand.Create(console),
        ExplainCommand.Create(console),
        CatalogueCommand.Create(console),
        FmtCommand.Create(console),
        SchemaCommand.Create(console),
    ];
}
