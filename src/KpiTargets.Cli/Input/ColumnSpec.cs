namespace KpiTargets.Cli.Input;

/// <summary>A column a CSV reader looks for in the header row.</summary>
/// <param name="Name">The column title, matched without regard to case or surrounding white space.</param>
/// <param name="IsRequired">Whether a file without it is rejected.</param>
internal sealed record ColumnSpec(string Name, bool IsRequired = true);
