using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Http.PersistedQueries;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Language.Ast;
using KnowledgeGraph.GraphQL.Protection;
using KnowledgeGraph.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>
/// Serves one schema over HTTP per the GraphQL-over-HTTP specification: GET (queries only) and POST
/// application/json; application/graphql-response+json or application/json by Accept, with that spec's status
/// codes (request errors are 400 under graphql-response+json, 200 under application/json); automatic persisted
/// queries; limits checked before validation; an optional response cache with ETags and 304 for GET.
/// </summary>
public sealed class GraphQLHttpHandler
{
    private readonly Schema _schema;
    private readonly GraphQLHttpOptions _options;
    private readonly DocumentCache _documents;
    private readonly ParserOptions _parserOptions;
    private ExecutionOptionsPair? _execution;

    public GraphQLHttpHandler(Schema schema, GraphQLHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        _schema = schema;
        _options = options;
        _documents = new DocumentCache(options.DocumentCacheSize);
        _parserOptions = options.Execution.ParserOptions with { MaxTokens = options.Limits.MaxTokens };
    }

    public Schema Schema => _schema;

    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        string? operationKind = null;
        var hadErrors = true;
        try
        {
            (operationKind, hadErrors) = await HandleCoreAsync(http).ConfigureAwait(false);
        }
        finally
        {
            _options.OnCompleted?.Invoke(http, operationKind, hadErrors, Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task<(string? Kind, bool HadErrors)> HandleCoreAsync(HttpContext http)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(http, MediaTypes.Json, new HttpRequestProblem(StatusCodes.Status405MethodNotAllowed, "GraphQL is served over GET and POST.")).ConfigureAwait(false);
            return (null, true);
        }

        var mediaType = MediaTypes.Negotiate(request);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, MediaTypes.Json, new HttpRequestProblem(StatusCodes.Status406NotAcceptable,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.")).ConfigureAwait(false);
            return (null, true);
        }

        if (_options.Authorize(http) is { } denied)
        {
            await WriteProblemAsync(http, mediaType, denied).ConfigureAwait(false);
            return (null, true);
        }

        var ct = http.RequestAborted;
        var (parameters, problem) = await GraphQLHttpRequestReader.ReadAsync(request, _options.MaxRequestBodyBytes, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            await WriteProblemAsync(http, mediaType, problem).ConfigureAwait(false);
            return (null, true);
        }

        var (query, apqError) = await AutomaticPersistedQueries.ResolveAsync(parameters!, _options.PersistedQueries, ct).ConfigureAwait(false);
        if (apqError is not null)
        {
            await WriteResultAsync(http, mediaType, ExecutionResult.RequestError(apqError)).ConfigureAwait(false);
            return (null, true);
        }
        if (string.IsNullOrEmpty(query))
        {
            await WriteProblemAsync(http, mediaType, new HttpRequestProblem(StatusCodes.Status400BadRequest, "A \"query\" is required.")).ConfigureAwait(false);
            return (null, true);
        }
        if (System.Text.Encoding.UTF8.GetByteCount(query) > _options.Limits.MaxDocumentBytes)
        {
            await WriteResultAsync(http, mediaType, LimitError($"The document exceeds {_options.Limits.MaxDocumentBytes} bytes.", LimitErrorCodes.DocumentTooLarge)).ConfigureAwait(false);
            return (null, true);
        }

        PreparedDocument prepared;
        try
        {
            prepared = _documents.GetOrPrepare(query, _parserOptions, Validate);
        }
        catch (GraphQLError syntaxError)
        {
            // The parser's own guards speak graphql-js's words; give them our limit codes too.
            var code = syntaxError.Message.Contains("tokens. Parsing aborted", StringComparison.Ordinal) ? LimitErrorCodes.MaxTokens
                : syntaxError.Message.Contains("levels. Parsing aborted", StringComparison.Ordinal) ? LimitErrorCodes.MaxDepth
                : null;
            var error = code is null ? syntaxError : syntaxError.WithExtensions(new Dictionary<string, object?> { ["code"] = code });
            await WriteResultAsync(http, mediaType, ExecutionResult.RequestError(error)).ConfigureAwait(false);
            return (null, true);
        }

        var (operation, operationError) = GraphQLExecutor.SelectOperation(prepared.Document, parameters!.OperationName);
        var kind = operation?.Operation.Keyword();
        if (isGet && operation is { Operation: not OperationType.Query })
        {
            http.Response.Headers.Allow = "POST";
            await WriteProblemAsync(http, mediaType, new HttpRequestProblem(StatusCodes.Status405MethodNotAllowed,
                $"A {kind} cannot be sent with GET; use POST.")).ConfigureAwait(false);
            return (kind, true);
        }

        var variables = parameters.Variables is { } v ? Utilities.JsonValues.ToDictionary(v) : null;
        var limitErrors = RequestLimitsAnalyzer.Check(_schema, prepared.Document, parameters.OperationName, variables, _options.Limits);
        if (limitErrors.Count > 0)
        {
            await WriteResultAsync(http, mediaType, ExecutionResult.RequestError(limitErrors)).ConfigureAwait(false);
            return (kind, true);
        }
        if (prepared.ValidationErrors.Count > 0)
        {
            await WriteResultAsync(http, mediaType, ExecutionResult.RequestError(prepared.ValidationErrors)).ConfigureAwait(false);
            return (kind, true);
        }
        if (operation is null)
        {
            await WriteResultAsync(http, mediaType, ExecutionResult.RequestError(operationError!)).ConfigureAwait(false);
            return (null, true);
        }

        if (operation.Operation == OperationType.Subscription)
        {
            // GraphQL over HTTP answers once; subscriptions need a streaming transport this endpoint does not offer.
            await WriteResultAsync(http, mediaType, ExecutionResult.RequestError(new GraphQLError(
                "Subscriptions are not supported over this endpoint.", [operation],
                extensions: new Dictionary<string, object?> { ["code"] = "SUBSCRIPTIONS_NOT_SUPPORTED" }))).ConfigureAwait(false);
            return (kind, true);
        }

        var isQuery = operation.Operation == OperationType.Query;
        ResponseCacheProbe? probe = null;
        if (isQuery && _options.ResponseCache is { } cache)
        {
            probe = await cache.LookupAsync(http, prepared.Printed, parameters.OperationName, parameters.Variables?.GetRawText(), ct).ConfigureAwait(false);
            if (probe.IsHit)
            {
                await WriteBodyAsync(http, mediaType, StatusCodes.Status200OK, probe.Body!.Value, probe.ETag, isGet).ConfigureAwait(false);
                return (kind, false);
            }
        }

        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = _schema,
            Document = prepared.Document,
            OperationName = parameters.OperationName,
            Variables = variables,
            User = http.User,
            Role = _options.RoleSelector(http),
            Services = http.RequestServices,
            Options = ExecutionOptions(),
        }, ct).ConfigureAwait(false);

        using var body = new PooledBufferWriter();
        ExecutionResultWriter.Write(body, result);
        string? etag = null;
        if (probe is not null && result.Errors is null or { Count: 0 })
        {
            // The cache gets its own copy: the pooled buffer goes back to the pool when this response is written.
            etag = await _options.ResponseCache!.StoreAsync(probe, body.WrittenMemory.ToArray(), ct).ConfigureAwait(false);
        }
        var status = result.IsRequestError && mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        // ETags are sent for GET only (POST responses are not cached by HTTP caches), so only GET pays for the hash.
        var sendETag = isGet && isQuery && status == 200;
        await WriteBodyAsync(http, mediaType, status, body.WrittenMemory, sendETag ? etag ?? StrongETag(body.WrittenMemory.Span) : null, isGet).ConfigureAwait(false);
        return (kind, result.Errors is { Count: > 0 });
    }

    /// <summary>The endpoint's execution options with validation skipped (the document cache validated already), made once per options object.</summary>
    private ExecutionOptions ExecutionOptions()
    {
        var configured = _options.Execution;
        var cached = _execution;
        if (cached is not null && ReferenceEquals(cached.Configured, configured)) return cached.Effective;
        var effective = configured with { SkipValidation = true };
        _execution = new ExecutionOptionsPair(configured, effective);
        return effective;
    }

    private sealed record ExecutionOptionsPair(ExecutionOptions Configured, ExecutionOptions Effective);

    private IReadOnlyList<GraphQLError> Validate(DocumentNode document)
    {
        var validate = _options.Execution.Validator ?? GraphQLExecutor.DefaultValidator;
        return validate is null ? [] : validate(_schema, document);
    }

    private static ExecutionResult LimitError(string message, string code) =>
        ExecutionResult.RequestError(new GraphQLError(message, nodes: null, extensions: new Dictionary<string, object?> { ["code"] = code }));

    private static ReadOnlyMemory<byte> Serialize(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        ExecutionResultWriter.Write(buffer, result);
        return buffer.WrittenMemory;
    }

    private static string StrongETag(ReadOnlySpan<byte> body)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(body, digest);
        return "\"" + Convert.ToBase64String(digest[..18]).Replace('+', '-').Replace('/', '_') + "\"";
    }

    private Task WriteResultAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        var status = mediaType == MediaTypes.GraphQLResponse && result.IsRequestError ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return WriteBodyAsync(http, mediaType, status, Serialize(result), etag: null, isGet: false);
    }

    private Task WriteProblemAsync(HttpContext http, string mediaType, HttpRequestProblem problem) =>
        WriteBodyAsync(http, mediaType, problem.StatusCode, Serialize(ExecutionResult.RequestError(new GraphQLError(problem.Message))), etag: null, isGet: false);

    private async Task WriteBodyAsync(HttpContext http, string mediaType, int status, ReadOnlyMemory<byte> body, string? etag, bool isGet)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = MediaTypes.ContentType(mediaType);
        if (isGet && etag is not null)
        {
            var headers = response.Headers;
            headers.ETag = etag;
            headers.CacheControl = _options.GetMaxAge > TimeSpan.Zero
                ? "private, max-age=" + ((long)_options.GetMaxAge.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : "private, no-cache";
            headers.Vary = "Accept, Authorization, X-Api-Key";
            if (IfNoneMatch(http.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        response.ContentLength = body.Length;
        await response.BodyWriter.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
    }

    private static bool IfNoneMatch(HttpRequest request, string etag)
    {
        var tags = request.GetTypedHeaders().IfNoneMatch;
        if (tags is null || tags.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParse(etag, out var current)) return false;
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
