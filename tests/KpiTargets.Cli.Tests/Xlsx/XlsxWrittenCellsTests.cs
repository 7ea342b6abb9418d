using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// The cells of the workbook <c>assign -o FILE.xlsx</c> writes are of the kind their values are: a missing result is a
/// blank cell, not a text of no characters; the flags are booleans Excel can filter on, or the words with
/// <c>--lang vi</c>, as in CSV.
/// </summary>
public sealed class XlsxWrittenCellsTests
{
    private const string Input = "unit,indicator,result_2023\nPhòng Tư pháp,1,\nUBND xã Bình Thuận,8,95\n";

    [Fact]
    public void A_missing_result_is_a_blank_cell_and_the_flags_are_booleans()
    {
        using var temp = new TempFolder();
        var path = temp.File("targets.xlsx");
        CliRun.Of(["assign", "-", "-o", path], Input).ExitCode.Should().Be(0);

        var rows = Rows(path);

        var noResult = rows[1];
        noResult[2].CellValue.Should().BeNull("a missing result has no value");
        noResult[2].DataType.Should().BeNull();
        noResult[8].DataType!.Value.Should().Be(CellValues.Boolean);
        noResult[8].CellValue!.Text.Should().Be("1", "it has no baseline");
        var capped = rows[2];
        capped[7].DataType!.Value.Should().Be(CellValues.Boolean);
        capped[7].CellValue!.Text.Should().Be("1", "95 × 1.1 is capped at 100");
        capped[8].CellValue!.Text.Should().Be("0");
    }

    [Fact]
    public void With_lang_vi_the_flags_are_the_words_as_in_csv()
    {
        using var temp = new TempFolder();
        var path = temp.File("targets.xlsx");
        CliRun.Of(["assign", "-", "-o", path, "--lang", "vi"], Input).ExitCode.Should().Be(0);

        var capped = Rows(path)[2];

        capped[7].DataType!.Value.Should().Be(CellValues.InlineString);
        capped[7].InlineString!.InnerText.Should().Be("có");
        capped[8].InlineString!.InnerText.Should().Be("không");
    }

    [Fact]
    public void The_wide_layout_leaves_a_cell_blank_where_an_indicator_does_not_apply()
    {
        using var temp = new TempFolder();
        var path = temp.File("targets.xlsx");
        CliRun.Of(["assign", "-", "-o", path, "--output-layout", "wide"], Input).ExitCode.Should().Be(0);

        var rows = Rows(path);

        rows[1][2].CellValue.Should().BeNull("Phòng Tư pháp has no row for indicator 8");
        rows[2][1].CellValue.Should().BeNull("UBND xã Bình Thuận has no row for indicator 1");
        rows[2][2].CellValue!.Text.Should().Be("100");
    }

    private static List<Cell[]> Rows(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell => (Cell)cell.CloneNode(deep: true)).ToArray())];
    }
}
