using System.Text;
using KpiTargets.Files.Catalogs;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Text;

namespace KpiTargets.Cli.Jobs;

/// <summary>Shows the catalog in use, as a table for people or in the catalog CSV format for reuse with <c>--catalog</c>.</summary>
internal static class IndicatorsJob
{
    /// <summary>The value of <c>--format</c> that prints a table for people (the default).</summary>
    public const string TableFormat = "table";

    /// <summary>The value of <c>--format</c> that prints the catalog CSV format.</summary>
    public const string CsvFormat = "csv";

    public static int Run(string? catalogPath, string format, CliConsole console)
    {
        var problems = new ProblemLog();
        var catalog = CatalogCsvReader.Load(catalogPath, Messages.English, problems);
        if (catalog is null)
        {
            problems.WriteTo(console.Error, Messages.English);
            return ExitCodes.DataError;
        }

        if (format == CsvFormat)
        {
            using var buffer = new MemoryStream();
            CatalogCsvWriter.Write(catalog, buffer);
            console.Output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
        else
        {
            WriteTable(catalog, console.Output);
        }

        console.Output.Flush();
        return ExitCodes.Success;
    }

    private static void WriteTable(IndicatorCatalog catalog, TextWriter output)
    {
        output.WriteLine($"Catalog: {catalog.Name}");
        output.WriteLine();
        output.WriteLine("code  unit  central  bounds    indicator");
        foreach (var indicator in catalog.Indicators)
        {
            foreach (var heading in CatalogOrder.HeadingsBefore(catalog, indicator))
            {
                output.WriteLine($"{heading.Code,-4}  (heading, no target of its own)  {heading.NameVietnamese}");
                WriteDetail(output, heading.NameEnglish);
            }

            var bounds = $"{DecimalText.Shortest(indicator.Minimum)}-{DecimalText.Shortest(indicator.Maximum)}";
            output.WriteLine($"{indicator.Code,-4}  {indicator.UnitOfMeasure,-4}  {DecimalText.Shortest(indicator.CentralTarget),7}  {bounds,-8}  {indicator.NameVietnamese}");
            WriteDetail(output, indicator.NameEnglish);
            WriteDetail(output, indicator.AppliesTo.Length == 0 ? "" : $"Applies to: {indicator.AppliesTo}");
            WriteCounted(output, "Numerator", indicator.NumeratorVietnamese, indicator.NumeratorEnglish);
            WriteCounted(output, "Denominator", indicator.DenominatorVietnamese, indicator.DenominatorEnglish);
        }
    }

    // What a count counts, Vietnamese first, as the catalog names are shown; nothing when the catalog does not say.
    private static void WriteCounted(TextWriter output, string label, string vietnamese, string english)
    {
        var text = string.Join(" / ", new[] { vietnamese, english }.Where(part => part.Length > 0));
        WriteDetail(output, text.Length == 0 ? "" : $"{label}: {text}");
    }

    private static void WriteDetail(TextWriter output, string text)
    {
        if (text.Length > 0)
        {
            output.WriteLine($"{"",-30}{text}");
        }
    }
}
