namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// A delegation_recipient row whose region or agency a curator rejected is no recipient: it is hidden wherever
/// recipients are read, as every rejected fact is hidden from readers.
/// </summary>
internal static class VisibleRecipient
{
    /// <summary>SQL condition on the delegation_recipient row aliased <paramref name="alias"/>.</summary>
    public static string Of(string alias) =>
        $"NOT EXISTS (SELECT 1 FROM region rg WHERE rg.id = {alias}.target_id AND rg.status = 3) " +
        $"AND NOT EXISTS (SELECT 1 FROM agency ra WHERE ra.id = {alias}.target_id AND ra.status = 3)";
}
