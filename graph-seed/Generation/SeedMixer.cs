namespace KnowledgeGraph.Seed.Generation;

/// <summary>
/// Derives an independent seed for each (county, year) from the corpus seed with SplitMix64, so reports can be
/// composed in parallel and in any order yet come out the same. (HashCode is randomized per process: not usable.)
/// </summary>
internal static class SeedMixer
{
    public static int Mix(int seed, int county, int year)
    {
        var x = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)county << 20 ^ (ulong)(uint)year);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return unchecked((int)(uint)x);
    }
}
