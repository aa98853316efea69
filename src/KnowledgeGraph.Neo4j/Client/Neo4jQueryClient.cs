using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Neo4j.Client.Errors;
using Polly;

namespace KnowledgeGraph.Neo4j.Client;

/// <summary>
/// A client for Neo4j's HTTP Query API (<c>/db/{db}/query/v2</c>): implicit transactions, explicit
/// transactions under <c>/tx</c>, typed JSON both ways, bookmarks for read-your-writes, retries for transient
/// failures. One instance per server; thread-safe; owns one pooled HttpClient.
/// </summary>
public sealed class Neo4jQueryClient : IDisposable
{
    /// <summary>
    /// Typed JSON, version 1: what Neo4j 5.19+ and 2025.x serve. 2025.11 added application/vnd.neo4j.query.v1.1 (adds
    /// the Vector and Unsupported types, which our graph never stores); the Query API keeps serving the earlier version.
    /// </summary>
    internal const string TypedJson = "application/vnd.neo4j.query";

    internal const string PlainJson = "application/json";
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly ResiliencePipeline _retry;
    private readonly Bookmarks _bookmarks = new();
    private readonly string _queryPath;
    private readonly AuthenticationHeaderValue? _authorization;

    public Neo4jQueryClient(Neo4jOptions options) : this(options, null) { }

    /// <param name="handler">For tests only; production uses a pooled SocketsHttpHandler.</param>
    public Neo4jQueryClient(Neo4jOptions options, HttpMessageHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        handler ??= new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            MaxConnectionsPerServer = options.MaxConnectionsPerServer,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        // Our own per-request timeout covers the whole exchange; HttpClient's would fire as a bare TaskCanceledException.
        _http = new HttpClient(handler, disposeHandler: true) { BaseAddress = options.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        _authorization = Authorization(options);
        _retry = Neo4jRetry.Build(options);
        _queryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
    }

    public Neo4jOptions Options { get; }

    /// <summary>The bookmarks sent with the next request (the newest this client received).</summary>
    public IReadOnlyList<string> Bookmarks => _bookmarks.Current;

    /// <summary>Unauthenticated <c>GET /</c>: server version, edition and whether the Query API is enabled.</summary>
    public Task<Neo4jServerInfo> DiscoverAsync(CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            using var doc = await SendAsync(request, ct, authenticate: false, accept: PlainJson).ConfigureAwait(false);
            var root = doc.Document.RootElement;
            string? S(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new Neo4jServerInfo(S("neo4j_version"), S("neo4j_edition"), S("query"), S("transaction"));
        }, cancellationToken).AsTask();

    /// <summary>Runs one statement in its own (implicit) transaction, retrying transient failures.</summary>
    public Task<Neo4jResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        Neo4jAccessMode accessMode,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        return _retry.ExecuteAsync(async ct =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _queryPath)
            {
                Content = Body(statement, parameters, accessMode, _bookmarks.Current),
            };
            using var response = await SendAsync(request, ct).ConfigureAwait(false);
            var result = QueryApiResponse.ReadResult(response.Document.RootElement);
            _bookmarks.Advance(result.Bookmarks);
            return result;
        }, cancellationToken).AsTask();
    }

    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        RunAsync(statement, parameters, Neo4jAccessMode.Write, cancellationToken);

    /// <summary>Opens an explicit transaction (retried if opening fails transiently). Dispose rolls it back unless committed.</summary>
    public Task<Neo4jTransaction> BeginTransactionAsync(Neo4jAccessMode accessMode, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(ct => new ValueTask<Neo4jTransaction>(BeginCoreAsync(accessMode, ct)), cancellationToken).AsTask();

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction and commits it. A transient failure anywhere (including
    /// commit) rolls back and re-runs the whole unit, so the work must be idempotent (ours is MERGE-based).
    /// </summary>
    public Task<T> ExecuteWriteAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        ExecuteAsync(Neo4jAccessMode.Write, work, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one read transaction (consistent snapshot across statements).</summary>
    public Task<T> ExecuteReadAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        ExecuteAsync(Neo4jAccessMode.Read, work, cancellationToken);

    private Task<T> ExecuteAsync<T>(Neo4jAccessMode mode, Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _retry.ExecuteAsync(async ct =>
        {
            var tx = await BeginCoreAsync(mode, ct).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var result = await work(tx, ct).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                return result;
            }
        }, cancellationToken).AsTask();
    }

    private async Task<Neo4jTransaction> BeginCoreAsync(Neo4jAccessMode accessMode, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _queryPath + "/tx")
        {
            Content = Body(null, null, accessMode, _bookmarks.Current),
        };
        using var response = await SendAsync(request, ct).ConfigureAwait(false);
        var root = response.Document.RootElement;
        if (!root.TryGetProperty("transaction", out var tx) || !tx.TryGetProperty("id", out var id) || id.GetString() is not { Length: > 0 } txId)
            throw new Neo4jProtocolException("Opening a transaction returned no transaction.id.");
        return new Neo4jTransaction(this, txId, Expiry(root), response.Affinity, accessMode);
    }

    /// <summary>When the server will roll the transaction back if idle: every answer inside it reports the time anew.</summary>
    private static DateTimeOffset? Expiry(JsonElement root) =>
        root.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("expires", out var e) && e.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(e.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;

    // ---- used by Neo4jTransaction ----

    internal async Task<(Neo4jResult Result, DateTimeOffset? Expires)> RunInTransactionAsync(string txId, string? affinity, string statement,
        IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_queryPath}/tx/{Uri.EscapeDataString(txId)}")
        {
            Content = Body(statement, parameters, null, null),
        };
        AddAffinity(request, affinity);
        using var response = await SendAsync(request, ct).ConfigureAwait(false);
        var root = response.Document.RootElement;
        return (QueryApiResponse.ReadResult(root), Expiry(root));
    }

    internal async Task<IReadOnlyList<string>> CommitAsync(string txId, string? affinity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_queryPath}/tx/{Uri.EscapeDataString(txId)}/commit")
        {
            Content = Body(null, null, null, null),
        };
        AddAffinity(request, affinity);
        using var response = await SendAsync(request, ct).ConfigureAwait(false);
        var bookmarks = QueryApiResponse.ReadBookmarks(response.Document.RootElement);
        _bookmarks.Advance(bookmarks);
        return bookmarks;
    }

    internal async Task RollbackAsync(string txId, string? affinity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{_queryPath}/tx/{Uri.EscapeDataString(txId)}");
        AddAffinity(request, affinity);
        using var response = await SendAsync(request, ct).ConfigureAwait(false);
    }

    private static void AddAffinity(HttpRequestMessage request, string? affinity)
    {
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
    }

    /// <summary>One HTTP exchange under the request timeout; transport failures become Neo4jServiceUnavailableException.</summary>
    private async Task<ParsedResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken, bool authenticate = true, string accept = TypedJson)
    {
        if (authenticate) request.Headers.Authorization = _authorization;
        // Only typed JSON is read (plain JSON loses INTEGER vs FLOAT, DATE vs STRING): ask for it alone. Discovery is plain JSON.
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.RequestTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            JsonDocument? document = null;
            if (bytes.Length > 0)
            {
                try { document = JsonDocument.Parse(bytes); }
                catch (JsonException e) when ((int)response.StatusCode < 300)
                {
                    throw new Neo4jProtocolException($"{request.Method} {request.RequestUri} returned invalid JSON: {e.Message}", e);
                }
                catch (JsonException)
                {
                    // An error page from a proxy: the status decides below.
                    QueryApiResponse.ThrowIfError(response.StatusCode, null);
                }
            }

            try
            {
                QueryApiResponse.ThrowIfError(response.StatusCode, document?.RootElement);
            }
            catch
            {
                document?.Dispose();
                throw;
            }

            if (accept == TypedJson && document is not null && response.Content.Headers.ContentType?.MediaType is { } mediaType
                && !mediaType.StartsWith(TypedJson, StringComparison.OrdinalIgnoreCase))
            {
                document.Dispose();
                throw new Neo4jProtocolException(
                    $"{request.Method} {request.RequestUri} answered {mediaType}, not typed JSON ({TypedJson}): a server older than Neo4j 5.19, or a proxy that rewrites Accept.");
            }
            var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new ParsedResponse(document ?? JsonDocument.Parse("{}"), affinity);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jTimeoutException(
                $"{request.Method} {request.RequestUri} got no answer within {Options.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.", e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jServiceUnavailableException($"Cannot reach Neo4j at {Options.BaseAddress}: {e.Message}", e);
        }
    }

    private static ByteArrayContent Body(string? statement, IReadOnlyDictionary<string, object?>? parameters,
        Neo4jAccessMode? accessMode, IReadOnlyList<string>? bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (statement is not null)
            {
                writer.WriteString("statement", statement);
                writer.WritePropertyName("parameters");
                TypedJsonWriter.WriteProperties(writer, parameters ?? new Dictionary<string, object?>());
                writer.WriteBoolean("includeCounters", true);
            }
            if (accessMode is { } mode) writer.WriteString("accessMode", mode == Neo4jAccessMode.Read ? "Read" : "Write");
            if (bookmarks is { Count: > 0 })
            {
                writer.WritePropertyName("bookmarks");
                writer.WriteStartArray();
                foreach (var b in bookmarks) writer.WriteStringValue(b);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson) { CharSet = "utf-8" };
        return content;
    }

    private static AuthenticationHeaderValue? Authorization(Neo4jOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken)) return new AuthenticationHeaderValue("Bearer", options.BearerToken);
        if (options.User is null) return null;
        var raw = Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
    }

    public void Dispose() => _http.Dispose();

    private sealed class ParsedResponse(JsonDocument document, string? affinity) : IDisposable
    {
        public JsonDocument Document { get; } = document;
        public string? Affinity { get; } = affinity;
        public void Dispose() => Document.Dispose();
    }
}
