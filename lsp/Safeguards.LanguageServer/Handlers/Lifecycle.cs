using System.Reflection;
using System.Text.Json;
using Safeguards.LanguageServer.Protocol;
using Safeguards.LanguageServer.Server;
using StreamJsonRpc;

namespace Safeguards.LanguageServer.Handlers;

internal sealed class InitializeHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Initialize, UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        var folders = (parameters.WorkspaceFolders ?? []).Select(f => Uris.ToPath(f.Uri)).OfType<string>().ToList();
        if (folders.Count == 0 && parameters.RootUri is { } rootUri && Uris.ToPath(rootUri) is { } root) folders.Add(root);
        if (folders.Count == 0 && parameters.RootPath is { Length: > 0 } rootPath) folders.Add(rootPath);

        if (parameters.InitializationOptions is { ValueKind: JsonValueKind.Object } options
            && options.TryGetProperty("diagnosticsDelay", out var delay) && delay.TryGetInt32(out var milliseconds))
            context.Publisher.DelayMilliseconds = Math.Clamp(milliseconds, 0, 5000);

        foreach (var message in context.Workspace.LoadFolders(folders)) context.Log(message);
        context.HelpLinks = new HelpLinks([.. folders, AppContext.BaseDirectory]);
        context.Log($"initialized for {(folders.Count == 0 ? "no folder" : string.Join(", ", folders))}; "
            + $"help links {(context.HelpLinks.Root is { } r ? "from " + r : "unavailable (no docs/diagnostics.md found)")}");
        context.Initialized = true;
        var version = typeof(InitializeHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        return new InitializeResult(new ServerCapabilities(), new ServerInfo("Safeguards.LanguageServer", version));
    }
}

internal sealed class InitializedHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Initialized)]
    public void Initialized() => context.Publisher.Schedule();
}

internal sealed class ShutdownHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Shutdown)]
    public object? Shutdown()
    {
        context.ShutdownRequested = true;
        return null;
    }
}

internal sealed class ExitHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Exit)]
    public void Exit()
    {
        context.ExitCode = context.ShutdownRequested ? 0 : 1;
        context.ExitRequested.TrySetResult();
        _ = Task.Run(() => context.Rpc.Dispose());
    }
}
