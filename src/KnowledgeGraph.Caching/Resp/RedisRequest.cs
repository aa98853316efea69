using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Caching.Resp;

/// <summary>A command and its arguments, already encoded; keys and text as UTF-8, numbers in invariant culture.</summary>
public sealed class RedisRequest
{
    public RedisRequest(string command, IReadOnlyList<ReadOnlyMemory<byte>> arguments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        ArgumentNullException.ThrowIfNull(arguments);
        Command = command;
        CommandBytes = Encoding.ASCII.GetBytes(command);
        Arguments = arguments;
    }

    public string Command { get; }

    internal ReadOnlyMemory<byte> CommandBytes { get; }

    public IReadOnlyList<ReadOnlyMemory<byte>> Arguments { get; }

    public static RedisRequest Create(string command, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var encoded = new ReadOnlyMemory<byte>[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            encoded[i] = Encode(arguments[i]);
        }

        return new RedisRequest(command, encoded);
    }

    internal static ReadOnlyMemory<byte> Encode(object argument) => argument switch
    {
        null => throw new ArgumentNullException(nameof(argument), "Redis arguments cannot be null."),
        ReadOnlyMemory<byte> memory => memory,
        Memory<byte> memory => memory,
        byte[] bytes => bytes,
        string text => Encoding.UTF8.GetBytes(text),
        IFormattable number => Encoding.ASCII.GetBytes(number.ToString(null, CultureInfo.InvariantCulture)),
        _ => Encoding.UTF8.GetBytes(argument.ToString() ?? string.Empty),
    };

    public override string ToString() => Arguments.Count == 0 ? Command : $"{Command} ({Arguments.Count} args)";
}
