using System.Buffers;
using System.Text;
using KnowledgeGraph.Caching.Resp;

namespace KnowledgeGraph.Caching.Tests.Resp;

public class RespParserTests
{
    private static RespValue ParseAll(string wire)
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(wire)));
        Assert.True(RespParser.TryParse(ref reader, out var value));
        Assert.Equal(0, reader.Remaining);
        return value;
    }

    [Fact]
    public void Resp2_scalars_and_nulls_are_read()
    {
        Assert.Equal("OK", ParseAll("+OK\r\n").AsString());
        Assert.Equal(-42, ParseAll(":-42\r\n").AsInt64());
        Assert.Equal("法治政府", ParseAll("$12\r\n法治政府\r\n").AsString());
        Assert.True(ParseAll("$-1\r\n").IsNull);
        Assert.True(ParseAll("*-1\r\n").IsNull);
        Assert.Equal(0, ParseAll("$0\r\n\r\n").Bytes.Length);

        var error = ParseAll("-WRONGTYPE Operation against a key holding the wrong kind of value\r\n");
        Assert.True(error.IsError);
        Assert.StartsWith("WRONGTYPE", error.AsString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Resp3_types_are_read()
    {
        Assert.True(ParseAll("_\r\n").IsNull);
        Assert.True(ParseAll("#t\r\n").AsBoolean());
        Assert.False(ParseAll("#f\r\n").AsBoolean());
        Assert.Equal(3.25, ParseAll(",3.25\r\n").AsDouble());
        Assert.Equal(double.PositiveInfinity, ParseAll(",inf\r\n").AsDouble());
        Assert.Equal("3492890328409238509324850943850943825024385", ParseAll("(3492890328409238509324850943850943825024385\r\n").AsString());
        Assert.Equal("Some string", ParseAll("=15\r\ntxt:Some string\r\n").AsString());
        Assert.True(ParseAll("!21\r\nSYNTAX invalid syntax\r\n").IsError);

        var map = ParseAll("%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n");
        Assert.Equal(RespType.Map, map.Type);
        Assert.Equal(["first", "1", "second", "2"], map.Items.Select(i => i.AsString()));

        var set = ParseAll("~2\r\n+a\r\n+b\r\n");
        Assert.Equal(RespType.Set, set.Type);

        var push = ParseAll(">3\r\n$7\r\nmessage\r\n$3\r\nkg:\r\n$1\r\n7\r\n");
        Assert.Equal(RespType.Push, push.Type);
        Assert.Equal("7", push.Items[2].AsString());
    }

    [Fact]
    public void Attributes_are_skipped_and_the_reply_they_describe_is_returned()
    {
        var value = ParseAll("|1\r\n+key-popularity\r\n%1\r\n$1\r\na\r\n,0.19\r\n*1\r\n:2039123\r\n");
        Assert.Equal(RespType.Array, value.Type);
        Assert.Equal(2039123, value.Items[0].AsInt64());
    }

    [Fact]
    public void A_reply_split_anywhere_is_read_only_once_complete()
    {
        // A nested reply with binary content, fed in two parts at every possible split point.
        var wire = Encoding.UTF8.GetBytes("*3\r\n$5\r\na\r\nb\0\r\n%1\r\n+k\r\n*2\r\n:1\r\n_\r\n#t\r\n");
        for (var split = 0; split < wire.Length; split++)
        {
            var partial = new SequenceReader<byte>(new ReadOnlySequence<byte>(wire, 0, split));
            Assert.False(RespParser.TryParse(ref partial, out _));
            Assert.Equal(0, partial.Consumed);

            var whole = new SequenceReader<byte>(Segments.Of(wire[..split], wire[split..]));
            Assert.True(RespParser.TryParse(ref whole, out var value));
            Assert.Equal(3, value.Items.Count);
            Assert.Equal("a\r\nb\0", value.Items[0].AsString());
            Assert.Equal(RespType.Map, value.Items[1].Type);
            Assert.True(value.Items[1].Items[1].Items[1].IsNull);
            Assert.True(value.Items[2].AsBoolean());
        }
    }

    [Fact]
    public void Malformed_input_is_a_protocol_error()
    {
        Assert.Throws<RespProtocolException>(() => ParseAll("?what\r\n"));
        Assert.Throws<RespProtocolException>(() => ParseAll(":12a\r\n"));
        Assert.Throws<RespProtocolException>(() => ParseAll("$3\r\nabcd\r\n"));
    }

    private sealed class Segments : ReadOnlySequenceSegment<byte>
    {
        private Segments(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public static ReadOnlySequence<byte> Of(byte[] first, byte[] second)
        {
            var head = new Segments(first, 0);
            var tail = new Segments(second, first.Length);
            head.Next = tail;
            return new ReadOnlySequence<byte>(head, 0, tail, second.Length);
        }
    }
}
