using System.IO.Pipes;
using System.Net;
using System.Net.Sockets;
using Safeguards.LanguageServer.Server;

namespace Safeguards.LanguageServer;

/// <summary>Entry point. Standard output belongs to the protocol: before anything else, Console.Out is
/// pointed at standard error, so a stray Console.WriteLine anywhere (ours or a library's) cannot corrupt
/// the JSON-RPC stream; the real standard output stream is then handed to the transport alone.
/// This is the only file of the server allowed to touch Console.Out (a test enforces it).</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var log = Console.Error;
        var protocolOut = Console.OpenStandardOutput();
        Console.SetOut(log);

        string? pipe = null;
        int? port = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? Value(string name) => arg.StartsWith(name + "=", StringComparison.Ordinal) ? arg[(name.Length + 1)..]
                : arg == name && i + 1 < args.Length ? args[++i] : null;
            if (arg is "--stdio") continue;
            if (arg.StartsWith("--pipe", StringComparison.Ordinal) && Value("--pipe") is { } p) pipe = p;
            else if (arg.StartsWith("--socket", StringComparison.Ordinal) && Value("--socket") is { } s && int.TryParse(s, out var n)) port = n;
            else if (arg.StartsWith("--clientProcessId", StringComparison.Ordinal)) Value("--clientProcessId");
            else if (arg is "--help" or "-h")
            {
                log.WriteLine("Safeguards.LanguageServer [--stdio | --pipe NAME | --socket PORT]: the language server for *.sg rule files.");
                log.WriteLine("  (default) LSP over standard input and output");
                log.WriteLine("  --pipe NAME    connect to the client's named pipe (a Unix socket path on Linux and macOS)");
                log.WriteLine("  --socket PORT  connect to the client listening on 127.0.0.1:PORT");
                return 0;
            }
            else
            {
                log.WriteLine($"Safeguards.LanguageServer: unknown argument '{arg}' (try --help)");
                return 2;
            }
        }

        Stream input, output;
        IDisposable? connection = null;
        if (pipe is not null)
        {
            var client = new NamedPipeClientStream(".", pipe, PipeDirection.InOut, PipeOptions.Asynchronous);
            await client.ConnectAsync(30_000).ConfigureAwait(false);
            input = output = client;
            connection = client;
        }
        else if (port is not null)
        {
            var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, port.Value).ConfigureAwait(false); // loopback only
            input = output = tcp.GetStream();
            connection = tcp;
        }
        else
        {
            input = Console.OpenStandardInput();
            output = protocolOut;
        }

        using var host = new LanguageServerHost(input, output, log);
        host.Start();
        try
        {
            await host.Completion.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            log.WriteLine($"Safeguards.LanguageServer: connection ended: {e.Message}");
        }
        connection?.Dispose();
        return host.ExitCode;
    }
}
