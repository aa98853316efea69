using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Caching.Resp;

/// <summary>
/// Parses RESP2 and RESP3 replies from buffered bytes. <see cref="TryParse"/> is all-or-nothing: when the
/// buffer holds only part of a reply it returns false and the caller waits for more bytes.
/// </summary>
internal static class RespParser
{
    private const int MaxDepth = 64;
    private const int MaxLineLength = 64 * 1024;

    public static bool TryParse(ref SequenceReader<byte> reader, out RespValue value)
    {
        var start = reader;
        if (TryParse(ref reader, 0, out value))
        {
            return true;
        }

        reader = start;
        return false;
    }

    private static bool TryParse(ref SequenceReader<byte> reader, int depth, out RespValue value)
    {
        value = RespValue.Null;
        if (depth > MaxDepth)
        {
            throw new RespProtocolException("Reply nested too deeply.");
        }

        if (!reader.TryRead(out var prefix) || !TryReadLine(ref reader, out var line))
        {
            return false;
        }

        switch ((char)prefix)
        {
            case '+':
                value = RespValue.SimpleString(line.ToArray());
                return true;
            case '-':
                value = RespValue.Error(line.ToArray());
                return true;
            case ':':
                value = RespValue.Integer(ParseInteger(line));
                return true;
            case '_':
                value = RespValue.Null;
                return true;
            case '#':
                value = RespValue.Boolean(line.Length == 1 && line.FirstSpan[0] == (byte)'t');
                return true;
            case ',':
                value = RespValue.Double(ParseDouble(line.IsSingleSegment ? line.FirstSpan : line.ToArray()));
                return true;
            case '(':
                value = RespValue.BigNumber(line.ToArray());
                return true;
            case '$':
            case '!':
            case '=':
                return TryReadBlob(ref reader, (char)prefix, ParseInteger(line), out value);
            case '*':
            case '~':
            case '>':
                return TryReadAggregate(ref reader, depth, prefix == '*' ? RespType.Array : prefix == '~' ? RespType.Set : RespType.Push, ParseInteger(line), out value);
            case '%':
                return TryReadAggregate(ref reader, depth, RespType.Map, checked(ParseInteger(line) * 2), out value);
            case '|':
                // Attributes describe the reply that follows; we have no use for them, so skip to that reply.
                return TryReadAggregate(ref reader, depth, RespType.Map, checked(ParseInteger(line) * 2), out _)
                    && TryParse(ref reader, depth + 1, out value);
            default:
                throw new RespProtocolException($"Unknown RESP type prefix 0x{prefix:X2}.");
        }
    }

    private static bool TryReadBlob(ref SequenceReader<byte> reader, char prefix, long length, out RespValue value)
    {
        value = RespValue.Null;
        if (length == -1 && prefix == '$')
        {
            return true; // RESP2 null bulk string
        }

        if (length < 0 || length > int.MaxValue)
        {
            throw new RespProtocolException($"Invalid blob length {length}.");
        }

        if (reader.Remaining < length + 2)
        {
            return false;
        }

        var bytes = new byte[length];
        reader.TryCopyTo(bytes);
        reader.Advance(length);
        if (!reader.IsNext("\r\n"u8, advancePast: true))
        {
            throw new RespProtocolException("Blob not terminated by CRLF.");
        }

        value = prefix switch
        {
            '!' => RespValue.Error(bytes),
            '=' => RespValue.Verbatim(bytes.Length >= 4 && bytes[3] == (byte)':' ? bytes[4..] : bytes),
            _ => RespValue.BulkString(bytes),
        };
        return true;
    }

    private static bool TryReadAggregate(ref SequenceReader<byte> reader, int depth, RespType type, long count, out RespValue value)
    {
        value = RespValue.Null;
        if (count == -1 && type == RespType.Array)
        {
            return true; // RESP2 null array
        }

        if (count < 0 || count > int.MaxValue)
        {
            throw new RespProtocolException($"Invalid aggregate length {count}.");
        }

        // Each element needs at least 3 bytes; refuse to allocate for elements that cannot be buffered yet.
        if (reader.Remaining < count * 3)
        {
            return false;
        }

        var items = new RespValue[count];
        for (var i = 0; i < items.Length; i++)
        {
            if (!TryParse(ref reader, depth + 1, out items[i]))
            {
                return false;
            }
        }

        value = RespValue.Aggregate(type, items);
        return true;
    }

    private static bool TryReadLine(ref SequenceReader<byte> reader, out ReadOnlySequence<byte> line)
    {
        if (reader.TryReadTo(out line, "\r\n"u8, advancePastDelimiter: true))
        {
            return true;
        }

        if (reader.Remaining > MaxLineLength)
        {
            throw new RespProtocolException("Line exceeds the maximum length without CRLF.");
        }

        return false;
    }

    private static long ParseInteger(ReadOnlySequence<byte> line)
    {
        Span<byte> buffer = stackalloc byte[32];
        if (line.Length > buffer.Length)
        {
            throw new RespProtocolException("Integer too long.");
        }

        line.CopyTo(buffer);
        var digits = buffer[..(int)line.Length];
        if (!Utf8Parser.TryParse(digits, out long result, out var consumed) || consumed != digits.Length)
        {
            throw new RespProtocolException($"Invalid integer '{Encoding.ASCII.GetString(digits)}'.");
        }

        return result;
    }

    internal static double ParseDouble(ReadOnlySpan<byte> text)
    {
        var s = Encoding.ASCII.GetString(text);
        return s switch
        {
            "inf" or "+inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" or "-nan" => double.NaN,
            _ when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => throw new RespProtocolException($"Invalid double '{s}'."),
        };
    }
}
