namespace KpiTargets.Files.Tables;

/// <summary>The header a <see cref="HeaderSearch"/> decided on: one row, or a group title row and the row below it.</summary>
/// <param name="FirstLine">The header's first row (the group title row of a two-row header).</param>
/// <param name="Line">The header's last row; the table's data follows it.</param>
/// <param name="Titles">The column titles, a group title joined to each title below it.</param>
/// <param name="Found">
/// Whether the header names the layout's columns; <see langword="false"/> when no row within the first
/// <see cref="HeaderSearch.MaxRows"/> does, and the first row stands as the header, for the layout to report what it
/// misses.
/// </param>
internal sealed record TableHeader(long FirstLine, long Line, RecordFields Titles, bool Found);
