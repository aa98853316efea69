using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Caching.Resp;

/// <summary>
/// One reply from the server. Strings keep their raw bytes (values are binary-safe); aggregates keep their
/// elements in order (a map is a flat list key, value, key, value … as on the wire).
/// </summary>
public sealed class RespValue
{
    private static readonly IReadOnlyList<RespValue> NoItems = [];

    private readonly byte[]? _bytes;
    private readonly long _integer;
    private readonly double _double;
    private readonly IReadOnlyList<RespValue>? _items;

    private RespValue(RespType type, byte[]? bytes = null, long integer = 0, double number = 0, IReadOnlyList<RespValue>? items = null)
    {
        Type = type;
        _bytes = bytes;
        _integer = integer;
        _double = number;
        _items = items;
    }

    public static RespValue Null { get; } = new(RespType.Null);

    public RespType Type { get; }

    public bool IsNull => Type == RespType.Null;

    public bool IsError => Type == RespType.Error;

    public bool IsAggregate => Type is RespType.Array or RespType.Map or RespType.Set or RespType.Push;

    /// <summary>The raw bytes of a string-like reply (simple, bulk, verbatim, error, big number).</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes ?? ReadOnlyMemory<byte>.Empty;

    /// <summary>The elements of an aggregate; empty for scalars.</summary>
    public IReadOnlyList<RespValue> Items => _items ?? NoItems;

    internal static RespValue SimpleString(byte[] bytes) => new(RespType.SimpleString, bytes);

    internal static RespValue Error(byte[] bytes) => new(RespType.Error, bytes);

    internal static RespValue BulkString(byte[] bytes) => new(RespType.BulkString, bytes);

    internal static RespValue Verbatim(byte[] bytes) => new(RespType.VerbatimString, bytes);

    internal static RespValue BigNumber(byte[] bytes) => new(RespType.BigNumber, bytes);

    internal static RespValue Integer(long value) => new(RespType.Integer, integer: value);

    internal static RespValue Boolean(bool value) => new(RespType.Boolean, integer: value ? 1 : 0);

    internal static RespValue Double(double value) => new(RespType.Double, number: value);

    internal static RespValue Aggregate(RespType type, IReadOnlyList<RespValue> items) => new(type, items: items);

    /// <summary>The bytes of a string reply (a copy), or null for a null reply.</summary>
    public byte[]? ToArray() => Type == RespType.Null ? null : Bytes.ToArray();

    /// <summary>
    /// The reply's own buffer, without copying, for the typed commands that hand it straight to their caller (a
    /// 10 MB value is then copied once, off the socket, and never again). Null for a null reply.
    /// </summary>
    internal byte[]? TakeBytes() => Type == RespType.Null ? null : _bytes ?? [];

    /// <summary>The reply as text: strings decoded as UTF-8, numbers in invariant culture, null for null.</summary>
    public string? AsString() => Type switch
    {
        RespType.Null => null,
        RespType.Integer => _integer.ToString(CultureInfo.InvariantCulture),
        RespType.Boolean => _integer != 0 ? "true" : "false",
        RespType.Double => _double.ToString("R", CultureInfo.InvariantCulture),
        RespType.Array or RespType.Map or RespType.Set or RespType.Push =>
            throw new InvalidCastException($"A {Type} reply is not a string."),
        _ => Encoding.UTF8.GetString(_bytes ?? []),
    };

    /// <summary>The reply as an integer; string replies holding a number (RESP2 style) are parsed.</summary>
    public long AsInt64() => Type switch
    {
        RespType.Integer or RespType.Boolean => _integer,
        RespType.Double => checked((long)_double),
        RespType.SimpleString or RespType.BulkString or RespType.BigNumber =>
            long.Parse(Encoding.ASCII.GetString(_bytes ?? []), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"A {Type} reply is not an integer."),
    };

    /// <summary>The reply as a double (RESP3 double, or a string in RESP2).</summary>
    public double AsDouble() => Type switch
    {
        RespType.Double => _double,
        RespType.Integer => _integer,
        _ => RespParser.ParseDouble(Bytes.Span),
    };

    /// <summary>True for RESP3 true, integer 1 (RESP2) or the simple string OK.</summary>
    public bool AsBoolean() => Type switch
    {
        RespType.Boolean or RespType.Integer => _integer != 0,
        RespType.SimpleString => Bytes.Span.SequenceEqual("OK"u8),
        RespType.Null => false,
        _ => throw new InvalidCastException($"A {Type} reply is not a boolean."),
    };

    public override string ToString() => Type switch
    {
        RespType.Null => "(nil)",
        _ when IsAggregate => $"{Type}[{Items.Count}]",
        _ => $"{Type}: {AsString()}",
    };
}
