namespace KpiTargets.Files.Tables;

/// <summary>How far apart two words are for a "did you mean" suggestion: a header title or an option typed with a slip.</summary>
internal static class EditDistance
{
    /// <summary>The Levenshtein distance: the fewest single-character insertions, deletions or changes from one to the other.</summary>
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
