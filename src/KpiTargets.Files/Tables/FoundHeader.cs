using KpiTargets.Files.Problems;

namespace KpiTargets.Files.Tables;

/// <summary>What a reader gives once its <see cref="HeaderSearch"/> has decided: the header, then the records read past it.</summary>
internal static class FoundHeader
{
    /// <summary>
    /// The header and the records the search read past it, each held to the header's width as the reader holds its
    /// own. The problems found while searching wait in <paramref name="held"/> and go to <paramref name="problems"/>
    /// now, but for those of title rows above a header that was found (they are no part of the table), and those of
    /// rows below a first row that stands as a header without naming the layout's columns (the layout refuses it, so
    /// they would never have been read). The problem that ended the reading is kept wherever it is: the header may
    /// never have been found because of it (an encoding error in its line).
    /// </summary>
    /// <param name="search">The decided search.</param>
    /// <param name="held">The problems found while searching.</param>
    /// <param name="problems">The run's problems.</param>
    /// <param name="endedAt">The line of the problem that ended the reading during the search; 0 when none did.</param>
    /// <param name="misfit">The reader's check of a record against the header's width: a problem, or <see langword="null"/> when it fits.</param>
    public static IEnumerable<RawRecord> Records(HeaderSearch search, ProblemLog held, ProblemLog problems, long endedAt, Func<RawRecord, int, string?> misfit)
    {
        var header = search.Header;
        foreach (var problem in held.Kept)
        {
            if (header is null || problem.Line == endedAt || (header.Found ? problem.Line >= header.FirstLine : problem.Line <= header.Line))
            {
                problems.Add(problem.File, problem.Line, problem.Message);
            }
        }

        if (header is null)
        {
            yield break;
        }

        var width = header.Titles.Count;
        yield return new RawRecord(header.Line, header.Titles);
        foreach (var record in search.Rest)
        {
            yield return Fitted(record, width, misfit(record, width));
        }
    }

    /// <summary>
    /// <paramref name="record"/> as wide as the header, with its <paramref name="misfit"/>: a workbook row is as wide as
    /// its last cell, and a record of another width is cut or padded for the layout to see where it would belong.
    /// </summary>
    public static RawRecord Fitted(RawRecord record, int width, string? misfit) =>
        record.Fields.Count == width && misfit is null
            ? record
            : new RawRecord(record.Line, RecordFields.Of([.. record.Fields.Take(width), .. Enumerable.Repeat("", Math.Max(0, width - record.Fields.Count))])) { Misfit = misfit };
}
