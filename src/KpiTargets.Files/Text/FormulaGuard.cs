namespace KpiTargets.Files.Text;

/// <summary>
/// The characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"): = + - @, tab and
/// carriage return. Text starting with one is written with a leading apostrophe, which Excel shows as text.
/// </summary>
internal static class FormulaGuard
{
    /// <summary>The characters, in the form CsvHelper's <c>InjectionCharacters</c> takes.</summary>
    public const string DangerousStarts = "=+-@\t\r";

    /// <summary>The escape put before them.</summary>
    public const char Escape = '\'';

    public static bool IsDangerousStart(char c) => DangerousStarts.Contains(c, StringComparison.Ordinal);
}
