namespace KpiTargets.Cli.Input;

/// <summary>One record of a table file as text, before its header gives the fields a meaning.</summary>
/// <param name="Line">The physical line (CSV) or row number (workbook) the record starts on, 1-based.</param>
/// <param name="Fields">The fields, Unicode NFC; a workbook row is padded to the header's width.</param>
internal readonly record struct RawRecord(long Line, string[] Fields);
