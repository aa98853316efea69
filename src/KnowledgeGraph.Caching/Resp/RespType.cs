namespace KnowledgeGraph.Caching.Resp;

/// <summary>The reply types of RESP2 and RESP3 (https://redis.io/docs/latest/develop/reference/protocol-spec/).</summary>
public enum RespType
{
    SimpleString,
    Error,
    Integer,
    BulkString,
    Array,
    Null,
    Boolean,
    Double,
    BigNumber,
    VerbatimString,
    Map,
    Set,
    Push,
}
