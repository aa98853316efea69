namespace KnowledgeGraph.GraphQL.Language;

/// <summary>What a visitor wants next: go on, skip the current node's subtree, or stop the whole walk.</summary>
public enum VisitAction
{
    Continue,
    SkipChildren,
    Break,
}
