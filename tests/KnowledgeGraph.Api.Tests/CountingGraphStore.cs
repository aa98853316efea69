using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// A decorator of the real store that counts every call of the port by method name, so a test can see how many
/// storage calls a GraphQL query costs. Calls go through unchanged.
/// </summary>
public class CountingGraphStore : DispatchProxy
{
    private IGraphStore _inner = null!;
    private StoreCalls _calls = null!;

    public static IGraphStore Wrap(IGraphStore inner, StoreCalls calls)
    {
        var proxy = Create<IGraphStore, CountingGraphStore>();
        var counting = (CountingGraphStore)(object)proxy;
        counting._inner = inner;
        counting._calls = calls;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        _calls.Add(targetMethod.Name);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}

/// <summary>Store calls by method name since the last <see cref="Reset"/>.</summary>
public sealed class StoreCalls
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string method) => _counts.AddOrUpdate(method, 1, (_, n) => n + 1);

    public int this[string method] => _counts.GetValueOrDefault(method);

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_counts, StringComparer.Ordinal);

    public void Reset() => _counts.Clear();
}
