namespace KnowledgeGraph.Storage.Model;

/// <summary>
/// The edge types of the graph, named as in Neo4j. Read them in batches with
/// <see cref="IGraphReader.GetNeighborsAsync"/>: outgoing goes from the first node type to the second.
/// </summary>
public enum Relation
{
    /// <summary>Region → parent Region.</summary>
    PartOf,
    /// <summary>Agency → Region it belongs to.</summary>
    OfRegion,
    /// <summary>Document → Agency that issued it.</summary>
    IssuedBy,
    /// <summary>Document → Document it was made under.</summary>
    BasedOn,
    /// <summary>Delegation → Agency handing the powers down.</summary>
    DelegatedFrom,
    /// <summary>Delegation → Region (township, park, or a county standing for "all its townships") or Agency receiving.</summary>
    DelegatedTo,
    /// <summary>Delegation → Document authorizing it.</summary>
    AuthorizedBy,
    /// <summary>Delegation → Power it covers.</summary>
    Covers,
    /// <summary>Responsibility → Agency holding it.</summary>
    HeldBy,
    /// <summary>Problem, Metric, Delegation, Responsibility or Sentence → Report stating it.</summary>
    StatedIn,
    /// <summary>Report, Problem, Metric, Responsibility or Delegation → Region it is about.</summary>
    About,
    /// <summary>Report → Document it cites (every document the report names).</summary>
    Cites,
    /// <summary>Problem → the same problem of the previous year in the same region.</summary>
    RecurrenceOf,
}

public enum Direction
{
    Outgoing = 0,
    Incoming,
}
