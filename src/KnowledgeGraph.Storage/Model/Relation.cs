namespace KnowledgeGraph.Storage.Model;

/// <summary>
/// The edge types of the graph, named as in Neo4j. Read them in batches with
/// <see cref="IGraphReader.GetNeighborsAsync"/>: outgoing goes from the first node type to the second. Every
/// backend lists neighbours in the order given per relation below ("in:" incoming, "out:" outgoing; a single
/// neighbour needs none); ties break by id, text compares by code point. Undated neighbours (no date, or a document
/// without a year) come after every dated one; any other missing value sorts first.
/// </summary>
public enum Relation
{
    /// <summary>Region → parent Region. In: children by name.</summary>
    PartOf,
    /// <summary>Agency → Region it belongs to. In: agencies by name.</summary>
    OfRegion,
    /// <summary>Document → Agency that issued it. In: documents by year, then title.</summary>
    IssuedBy,
    /// <summary>Document → Document it was made under. Out and in: by title.</summary>
    BasedOn,
    /// <summary>Delegation → Agency handing the powers down. In: delegations by date.</summary>
    DelegatedFrom,
    /// <summary>
    /// Delegation → Region (township, park, or a county standing for "all its townships") or Agency receiving.
    /// Out: in the order the report names them; a recipient a curator rejected is left out, as every rejected node is.
    /// In: delegations by date.
    /// </summary>
    DelegatedTo,
    /// <summary>Delegation → Document authorizing it. In: delegations by date.</summary>
    AuthorizedBy,
    /// <summary>Delegation → Power it covers. Out: powers by category, then field. In: delegations by date.</summary>
    Covers,
    /// <summary>Responsibility → Agency holding it. In: responsibilities by year.</summary>
    HeldBy,
    /// <summary>
    /// Problem, Metric, Delegation, Responsibility or Sentence → Report stating it. In: the report's facts without
    /// its sentences — delegations, responsibilities, problems, metrics, each group by id.
    /// </summary>
    StatedIn,
    /// <summary>
    /// Report, Problem, Metric, Responsibility or Delegation → Region it is about. In: reports, delegations,
    /// responsibilities, problems, metrics, each group by year.
    /// </summary>
    About,
    /// <summary>Report → Document it cites (every document the report names). Out: by title. In: reports by year.</summary>
    Cites,
    /// <summary>Problem → the same problem of the previous year in the same region. Out and in: by id.</summary>
    RecurrenceOf,
}

public enum Direction
{
    Outgoing = 0,
    Incoming,
}
