namespace KpiTargets.Cli.Tables;

/// <summary>A column a reader looks for in the header row, under its English name or one of its aliases.</summary>
/// <param name="Name">The English title, also used in messages.</param>
/// <param name="IsRequired">Whether a file without it is rejected.</param>
/// <param name="Aliases">Other accepted titles, such as the Vietnamese ones.</param>
internal sealed record ColumnSpec(string Name, bool IsRequired, params string[] Aliases)
{
    /// <summary>Whether <paramref name="title"/> names this column, by <see cref="HeaderTitle.Key"/>.</summary>
    public bool Matches(string title)
    {
        var key = HeaderTitle.Key(title);
        return key == HeaderTitle.Key(Name) || Aliases.Any(alias => key == HeaderTitle.Key(alias));
    }
}
