using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KpiTargets.Cli.Tests;

/// <summary>Excel workbooks in and out: the same targets as CSV, numbers as numeric cells, text never as formulas.</summary>
public sealed class XlsxTests
{
    private static readonly string Corpus = Path.Combine(Repository.Root, "tests", "KpiTargets.Cli.Tests", "Corpus");
    private static readonly string ExcelWorkbook = Path.Combine(Corpus, "valid", "excel-workbook.xlsx");

    [Fact]
    public void A_workbook_written_by_assign_reads_back_to_the_same_targets()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("targets.xlsx");
        var canonical = Path.Combine(Corpus, "canonical.csv");

        CliRun.Of(["assign", canonical, "-o", workbook]).ExitCode.Should().Be(0);
        var again = CliRun.Of(["assign", workbook]);

        again.ExitCode.Should().Be(0, again.Error);
        again.Output.Should().Be(CliRun.Of(["assign", canonical]).Output);
    }

    [Fact]
    public void The_same_targets_give_the_same_workbook_bytes_whenever_they_are_written()
    {
        using var temp = new TempFolder();
        var canonical = Path.Combine(Corpus, "canonical.csv");

        CliRun.Of(["assign", canonical, "-o", temp.File("first.xlsx")]).ExitCode.Should().Be(0);
        CliRun.Of(["assign", canonical, "-o", temp.File("second.xlsx")]).ExitCode.Should().Be(0);

        File.ReadAllBytes(temp.File("second.xlsx")).Should().Equal(File.ReadAllBytes(temp.File("first.xlsx")));
        using var package = System.IO.Compression.ZipFile.OpenRead(temp.File("first.xlsx"));
        package.Entries.Should().OnlyContain(entry => entry.LastWriteTime.Year == 1980, "no part carries the time it was written");
    }

    [Fact]
    public void The_output_workbook_has_a_frozen_header_numeric_cells_for_numbers_and_no_formulas()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("targets.xlsx");

        CliRun.Of(["assign", "-", "-o", workbook], "unit,indicator,result_2023\n\"=1+1\",1,45.15\n").ExitCode.Should().Be(0);

        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        worksheet.Descendants<CellFormula>().Should().BeEmpty("nothing written is ever a formula");
        worksheet.Descendants<Pane>().Single().State!.Value.Should().Be(PaneStateValues.Frozen);
        worksheet.Descendants<Column>().Should().NotBeEmpty("columns get readable widths");
        var row = worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        row[0].InlineString!.InnerText.Should().Be("=1+1");
        row[4].DataType!.Value.Should().Be(CellValues.Number);
        row[4].CellValue!.Text.Should().Be("49.67");
    }

    [Fact]
    public void The_output_workbook_has_the_csv_column_titles()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("targets.xlsx");

        CliRun.Of(["assign", Path.Combine(Corpus, "canonical.csv"), "-o", workbook]).ExitCode.Should().Be(0);

        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().First().Elements<Cell>()
            .Select(cell => cell.InnerText)
            .Should().Equal("unit", "indicator", "result_2023", "central_target", "target_2024", "rule", "indicator_name", "capped", "no_baseline", "explanation");
    }

    [Fact]
    public void The_canonical_workbook_has_six_columns_of_six_cells()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("targets.xlsx");

        CliRun.Of(["assign", Path.Combine(Corpus, "canonical.csv"), "-o", workbook, "--output-layout", "canonical"]).ExitCode.Should().Be(0);

        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        worksheet.Descendants<Column>().Should().HaveCount(6);
        worksheet.Descendants<Row>().Should().OnlyContain(row => row.Elements<Cell>().Count() == 6);
        worksheet.Descendants<Row>().First().Elements<Cell>().Select(cell => cell.InnerText)
            .Should().Equal("unit", "indicator", "result_2023", "central_target", "target_2024", "rule");
    }

    [Theory]
    [InlineData("Kết quả 2023")]
    [InlineData("kết quả 2023")]
    public void A_sheet_is_chosen_by_name_without_regard_to_case(string sheet) =>
        CliRun.Of(["validate", ExcelWorkbook, "--sheet", sheet]).ExitCode.Should().Be(0);

    [Fact]
    public void A_missing_sheet_names_the_sheets_there_are()
    {
        var run = CliRun.Of(["validate", ExcelWorkbook, "--sheet", "2024"]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be($"{ExcelWorkbook}:1: there is no sheet '2024'; the sheets are: Kết quả 2023");
    }

    [Fact]
    public void A_problem_in_a_workbook_names_the_worksheet_row()
    {
        using var temp = new TempFolder();
        var workbook = temp.File("bad.xlsx");
        CliRun.Of(["assign", "-", "-o", workbook, "--no-cap", "--uplift", "100"], "unit,indicator,result_2023\nA,1,40\nB,1,60\n").ExitCode.Should().Be(0);

        var run = CliRun.Of(["validate", workbook, "--catalog", WriteCatalog(temp, centralTarget: "50")]);

        run.ExitCode.Should().Be(0, "the targets file reads as results: unit, indicator, result_2023");
        CliRun.Of(["validate", workbook, "--catalog", WriteCatalog(temp, centralTarget: "50", maximum: "50")])
            .ErrorLines[0].Should().Be($"{workbook}:3: the result 60 is outside the bounds of indicator 1 (0 to 50)");
    }

    private static string WriteCatalog(TempFolder temp, string centralTarget, string maximum = "100") =>
        temp.Write($"catalog-{maximum}.csv", $"code,name_vi,central_target,maximum\n1,Chỉ tiêu 1,{centralTarget},{maximum}\n");
}
