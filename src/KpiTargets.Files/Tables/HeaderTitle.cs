using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Text;

namespace KpiTargets.Files.Tables;

/// <summary>
/// How header titles are compared: without regard to case, Vietnamese diacritics (<c>Don vi</c> is <c>Đơn vị</c>, as
/// typed on a keyboard without them), surrounding or repeated spaces, underscores, or a trailing unit such as
/// <c>(%)</c>.
/// </summary>
internal static partial class HeaderTitle
{
    /// <summary>
    /// The comparison key: lower case (invariant), without diacritics (<c>đ</c> as <c>d</c>), without a trailing
    /// <c>(…)</c> or <c>%</c>, underscores and runs of white space as one space, trimmed.
    /// </summary>
    public static string Key(string title)
    {
        var folded = TrailingUnit().Replace(title, "").Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var isSpace = c == '_' || char.IsWhiteSpace(c);
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!isSpace)
            {
                builder.Append(c == 'đ' ? 'd' : c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// The title of the header closest to one <paramref name="spec"/> accepts, when one is close enough to be a typing
    /// slip (<c>Ket qua 2O23</c>, <c>indicater</c>): a suggestion for the message of a missing column.
    /// </summary>
    public static string? Closest(IEnumerable<string> titles, ColumnSpec spec)
    {
        var accepted = spec.Titles(vietnamese: false).Select(Key).ToList();
        return titles
            .Select(title => (Title: title, Distance: accepted.Min(key => EditDistance.Between(Key(title), key))))
            .Where(candidate => candidate.Distance > 0 && candidate.Distance <= Math.Max(1, Key(candidate.Title).Length / 4))
            .OrderBy(candidate => candidate.Distance)
            .Select(candidate => candidate.Title)
            .FirstOrDefault();
    }

    /// <summary>
    /// The problem of a header without <paramref name="spec"/>'s column: the titles accepted for it in the language of
    /// <paramref name="messages"/> first, the header as it is, and the header's title that looks like a slip for one.
    /// </summary>
    public static string Missing(RawRecord header, ColumnSpec spec, Messages messages)
    {
        var vietnamese = messages.IsVietnamese;
        return messages.MissingColumn(
            spec.NameIn(vietnamese), string.Join(", ", spec.Titles(vietnamese)), string.Join(", ", header.Fields), Closest(header.Fields, spec));
    }

    [GeneratedRegex(@"\s*(\([^()]*\)|%)\s*$")]
    private static partial Regex TrailingUnit();

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
