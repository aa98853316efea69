using System.Buffers;
using System.Buffers.Text;

namespace KnowledgeGraph.Caching.Resp;

/// <summary>Writes a command the way every Redis client does: an array of bulk strings.</summary>
internal static class RespWriter
{
    public static void WriteCommand(IBufferWriter<byte> output, RedisRequest request)
    {
        WriteHeader(output, (byte)'*', request.Arguments.Count + 1);
        WriteBulk(output, request.CommandBytes.Span);
        foreach (var argument in request.Arguments)
        {
            WriteBulk(output, argument.Span);
        }
    }

    private static void WriteBulk(IBufferWriter<byte> output, ReadOnlySpan<byte> payload)
    {
        WriteHeader(output, (byte)'$', payload.Length);
        output.Write(payload);
        output.Write("\r\n"u8);
    }

    private static void WriteHeader(IBufferWriter<byte> output, byte prefix, long length)
    {
        var span = output.GetSpan(24);
        span[0] = prefix;
        Utf8Formatter.TryFormat(length, span[1..], out var written);
        span[1 + written] = (byte)'\r';
        span[2 + written] = (byte)'\n';
        output.Advance(3 + written);
    }
}
