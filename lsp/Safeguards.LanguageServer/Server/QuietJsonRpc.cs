using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Safeguards.LanguageServer.Server;

/// <summary>JSON-RPC that never ships exception details to the client. StreamJsonRpc puts the type,
/// message and stack trace of an unexpected exception in the error's <c>data</c>; here a handler's own
/// refusal (<see cref="LocalRpcException"/>, with a message written for the user) goes out as it is, and
/// anything else becomes a plain internal error whose type alone goes to the log.</summary>
internal sealed class QuietJsonRpc(IJsonRpcMessageHandler handler, Action<string> log) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        if (exception is LocalRpcException refusal)
            return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)refusal.ErrorCode, Message = refusal.Message };
        log($"request '{request.Method}' failed: {exception.GetType().Name}");
        return new JsonRpcError.ErrorDetail
        {
            Code = JsonRpcErrorCode.InternalError,
            Message = "Internal error in the Safeguards language server (see its log); the request was not completed.",
        };
    }
}
