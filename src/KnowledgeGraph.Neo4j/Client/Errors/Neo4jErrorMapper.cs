using System.Net;

namespace KnowledgeGraph.Neo4j.Client.Errors;

/// <summary>Turns Neo4j's status codes (and bare HTTP statuses) into our exception classes. Codes decide, never messages.</summary>
public static class Neo4jErrorMapper
{
    public static Neo4jException FromCode(string? code, string? message, HttpStatusCode status)
    {
        var text = string.IsNullOrWhiteSpace(message) ? $"Neo4j answered HTTP {(int)status}." : message;
        var full = code is null ? text : $"{code}: {text}";
        if (code is not null)
        {
            if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
                return new Neo4jAuthenticationException(code, full);
            if (code.StartsWith("Neo.ClientError.", StringComparison.Ordinal))
                return new Neo4jClientException(code, full);
            if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
                return new Neo4jTransientException(code, full);
            if (code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal))
                return new Neo4jDatabaseException(code, full);
        }

        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new Neo4jAuthenticationException(code, full),
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                new Neo4jServiceUnavailableException(full),
            >= HttpStatusCode.InternalServerError => new Neo4jDatabaseException(code, full),
            >= HttpStatusCode.BadRequest => new Neo4jClientException(code, full),
            _ => new Neo4jProtocolException(full),
        };
    }
}
