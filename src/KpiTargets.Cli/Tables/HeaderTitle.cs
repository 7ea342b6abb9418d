using System.Text;
using KpiTargets.Cli.Problems;
using KpiTargets.Cli.Text;

namespace KpiTargets.Cli.Tables;

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

    /// <summary>
    /// Finds the single column matching <paramref name="spec"/>. A title that appears more than once is reported as a
    /// problem at the header's line, since either column could be the one meant.
    /// </summary>
    /// <returns>The 0-based index, or -1 when absent or repeated (then <paramref name="repeated"/> is set).</returns>
    public static int Find(RawRecord header, ColumnSpec spec, string file, ProblemLog problems, Messages messages, out bool repeated)
    {
        var matches = Enumerable.Range(0, header.Fields.Count).Where(i => spec.Matches(header.Fields[i])).ToList();
        repeated = matches.Count > 1;
        if (repeated)
        {
            problems.Add(file, header.Line, messages.DuplicateColumn(spec.Name, matches.Count, string.Join(", ", matches.Select(i => i + 1))));
            return -1;
        }

        return matches.Count == 1 ? matches[0] : -1;
    }
}
