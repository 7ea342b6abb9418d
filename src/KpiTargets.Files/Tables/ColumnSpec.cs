namespace KpiTargets.Files.Tables;

/// <summary>A column a reader looks for in the header row, under its English name or one of its other titles.</summary>
/// <param name="Name">The English title, also used in messages.</param>
/// <param name="IsRequired">Whether a file without it is rejected.</param>
/// <param name="Vietnamese">Vietnamese titles accepted for it, the first one named in Vietnamese messages.</param>
/// <param name="English">Other English titles accepted for it.</param>
internal sealed record ColumnSpec(string Name, bool IsRequired, string[]? Vietnamese = null, string[]? English = null)
{
    /// <summary>Every title accepted, in the order a message in Vietnamese or English lists them: its own language's first.</summary>
    public IReadOnlyList<string> Titles(bool vietnamese) =>
        vietnamese ? [.. Vietnamese ?? [], Name, .. English ?? []] : [Name, .. English ?? [], .. Vietnamese ?? []];

    private HashSet<string>? _keys;

    /// <summary>The name messages in Vietnamese or English call the column by.</summary>
    public string NameIn(bool vietnamese) => Titles(vietnamese)[0];

    /// <summary>Whether <paramref name="title"/> names this column, by <see cref="HeaderTitle.Key"/>.</summary>
    public bool Matches(string title) =>
        (_keys ??= [.. Titles(vietnamese: false).Select(HeaderTitle.Key)]).Contains(HeaderTitle.Key(title));
}
