using System.Buffers.Text;
using System.Net;
using System.Runtime.CompilerServices;
using System.Net.Sockets;
using System.Text;

namespace KnowledgeGraph.Benchmarks.GraphQLBench;

/// <summary>
/// One HTTP/1.1 keep-alive connection that sends the same pre-encoded request again and again and reads each
/// response to its last byte. The GraphQL suite drives both servers (ours on Kestrel, graphql-js on node:http) with
/// it, so the HTTP figures compare the servers: the same bytes on the wire, the same client code and cost. It
/// allocates nothing per request, so the client adds no garbage to a server that shares its process.
/// Responses must carry Content-Length (both servers under test send it); anything else is an error.
/// </summary>
public sealed class RawHttpConnection : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] ContentLengthName = "content-length:"u8.ToArray();

    private readonly Socket _socket;
    private readonly byte[] _request;
    private byte[] _buffer = new byte[16 * 1024];

    private RawHttpConnection(Socket socket, byte[] request)
    {
        _socket = socket;
        _request = request;
    }

    /// <summary>The request bytes of a POST with a JSON body, as any HTTP/1.1 client would send them.</summary>
    public static byte[] JsonPost(IPEndPoint server, string path, string accept, string jsonBody)
    {
        ArgumentNullException.ThrowIfNull(server);
        var body = Encoding.UTF8.GetBytes(jsonBody);
        var head = $"POST {path} HTTP/1.1\r\nHost: {server}\r\nContent-Type: application/json\r\nAccept: {accept}\r\n" +
                   $"Content-Length: {body.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }

    public static async Task<RawHttpConnection> OpenAsync(IPEndPoint server, byte[] request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(server, cancellationToken).ConfigureAwait(false);
            return new RawHttpConnection(socket, request);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Sends the request once and reads the whole response; returns the body's length in bytes.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<int> SendAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (sent < _request.Length)
        {
            sent += await _socket.SendAsync(_request.AsMemory(sent), SocketFlags.None, cancellationToken).ConfigureAwait(false);
        }

        var filled = 0;
        var headerLength = -1;
        var bodyLength = -1;
        while (true)
        {
            if (filled == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            var read = await _socket.ReceiveAsync(_buffer.AsMemory(filled), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (read == 0) throw new IOException("The server closed the connection before the response was complete.");
            filled += read;
            if (headerLength < 0)
            {
                var end = _buffer.AsSpan(0, filled).IndexOf(HeaderEnd);
                if (end < 0) continue;
                headerLength = end + HeaderEnd.Length;
                bodyLength = ReadHead(_buffer.AsSpan(0, end));
                if (headerLength + bodyLength > _buffer.Length) Array.Resize(ref _buffer, headerLength + bodyLength);
            }
            if (filled < headerLength + bodyLength) continue;
            if (filled > headerLength + bodyLength) throw new IOException("The server sent more bytes than its Content-Length.");
            return bodyLength;
        }
    }

    /// <summary>Checks the status line for 200 and returns the Content-Length.</summary>
    private static int ReadHead(ReadOnlySpan<byte> head)
    {
        var lineEnd = head.IndexOf("\r\n"u8);
        var statusLine = lineEnd < 0 ? head : head[..lineEnd];
        if (statusLine.Length < 12 || !statusLine[9..12].SequenceEqual("200"u8))
        {
            throw new IOException("The server answered: " + Encoding.ASCII.GetString(statusLine));
        }
        var rest = head[(lineEnd + 2)..];
        while (!rest.IsEmpty)
        {
            var next = rest.IndexOf("\r\n"u8);
            var line = next < 0 ? rest : rest[..next];
            if (line.Length > ContentLengthName.Length && Ascii.EqualsIgnoreCase(line[..ContentLengthName.Length], ContentLengthName))
            {
                var value = line[ContentLengthName.Length..].Trim((byte)' ');
                if (Utf8Parser.TryParse(value, out int length, out var consumed) && consumed == value.Length) return length;
            }
            rest = next < 0 ? [] : rest[(next + 2)..];
        }
        throw new IOException("The response has no Content-Length.");
    }

    public void Dispose() => _socket.Dispose();
}
