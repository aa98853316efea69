namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The text of a GraphQL document (request or SDL) and a name used in error messages.</summary>
public sealed class Source
{
    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    /// <summary>1-based line and column of a character offset, counting UTF-16 code units like graphql-js.</summary>
    public SourceLocation GetLocation(int position)
    {
        var body = Body;
        if (position > body.Length) position = body.Length;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                    i++;
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, position + 1 - lineStart);
    }
}
