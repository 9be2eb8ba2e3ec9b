using System.CommandLine;
using System.CommandLine.Parsing;
using Safeguards.Language.Semantics;

namespace Safeguards.Cli.CommandLine;

/// <summary>What is wrong with a command line, for every command in one place. System.CommandLine
/// hands a token it does not know to a positional argument when one accepts it, so a misspelt
/// option (<c>--as-off</c>) would become a file name; here every such token is a usage error with a
/// did-you-mean. A value that really starts with '-' can follow <c>--</c>.</summary>
public static class UsageCheck
{
    public const string ToolName = "safeguards";

    public static IReadOnlyList<string> Problems(ParseResult result)
    {
        var problems = new List<string>();
        var command = result.CommandResult.Command;
        var doubleDash = IndexOfDoubleDash(result.Tokens);
        foreach (var argument in result.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                if (LooksLikeOption(token.Value) && !After(result.Tokens, token, doubleDash)) problems.Add(UnknownOption(command, token.Value));
            }
        }
        foreach (var token in result.UnmatchedTokens)
        {
            problems.Add(LooksLikeOption(token) ? UnknownOption(command, token)
                : command is RootCommand ? UnknownCommand(command, token)
                : $"unexpected argument '{token}'");
        }
        foreach (var error in result.Errors)
        {
            // "Required command was not provided" says less than the unknown command already reported,
            // and the library's own "Unrecognized command or argument" is replaced by the messages above.
            if (command is RootCommand && result.UnmatchedTokens.Count > 0) continue;
            if (error.SymbolResult is CommandResult && result.UnmatchedTokens.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal))) continue;
            problems.Add(Flatten(error.Message));
        }
        return problems;
    }

    /// <summary>"safeguards eval", the name the messages start with.</summary>
    public static string CommandPath(ParseResult result) =>
        result.CommandResult.Command is RootCommand ? ToolName : $"{ToolName} {result.CommandResult.Command.Name}";

    private static string UnknownOption(Command command, string token)
    {
        var name = token.Split('=', 2)[0];
        var options = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        var suggestion = NameSuggestions.Closest(name, options.Where(o => o.StartsWith("--", StringComparison.Ordinal)));
        return $"unknown option '{name}'.{NameSuggestions.DidYouMean(suggestion)}";
    }

    private static string UnknownCommand(Command root, string token)
    {
        var commands = root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var suggestion = NameSuggestions.Closest(token, commands);
        return suggestion is null
            ? $"unknown command '{token}'; the commands are {string.Join(", ", commands)}."
            : $"unknown command '{token}'.{NameSuggestions.DidYouMean(suggestion)}";
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';

    private static int IndexOfDoubleDash(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Type == TokenType.DoubleDash) return i;
        return int.MaxValue;
    }

    // Tokens compare by value; a file called "-x" after "--" is the same object as in the token list.
    private static bool After(IReadOnlyList<Token> tokens, Token token, int doubleDash)
    {
        for (var i = doubleDash; i < tokens.Count; i++)
            if (ReferenceEquals(tokens[i], token)) return true;
        return false;
    }

    // The library lists allowed values on separate indented lines; one message is one line here.
    private static string Flatten(string message) =>
        string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.') + ".";
}
