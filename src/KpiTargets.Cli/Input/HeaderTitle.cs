using System.Text;

namespace KpiTargets.Cli.Input;

/// <summary>How header titles are compared: without regard to case, surrounding or repeated spaces, or underscores.</summary>
internal static class HeaderTitle
{
    /// <summary>The comparison key: NFC, lower case (invariant), underscores and runs of white space as one space, trimmed.</summary>
    public static string Key(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in TextCleaning.Nfc(title).Trim().ToLowerInvariant())
        {
            var isSpace = c == '_' || char.IsWhiteSpace(c);
            if (!isSpace)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Finds the single column matching <paramref name="spec"/>; reports a title that appears twice.</summary>
    /// <returns>The 0-based index, or -1 when absent or repeated (repeats are reported through <paramref name="onRepeated"/>).</returns>
    public static int Find(IReadOnlyList<string> titles, ColumnSpec spec, Action<IReadOnlyList<int>> onRepeated)
    {
        var matches = Enumerable.Range(0, titles.Count).Where(i => spec.Matches(titles[i])).ToList();
        if (matches.Count > 1)
        {
            onRepeated(matches);
            return -1;
        }

        return matches.Count == 1 ? matches[0] : -1;
    }
}
