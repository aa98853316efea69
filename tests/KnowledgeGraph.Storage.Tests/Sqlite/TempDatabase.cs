namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>A scratch directory for database files, removed with everything in it.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase() => System.IO.Directory.CreateDirectory(Directory);

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "kg-storage-tests", Guid.NewGuid().ToString("N"));

    public string NewPath() => Path.Combine(Directory, Guid.NewGuid().ToString("N") + ".db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a child process may still hold a file for a moment; the OS temp cleaner takes it later
        }
    }
}
