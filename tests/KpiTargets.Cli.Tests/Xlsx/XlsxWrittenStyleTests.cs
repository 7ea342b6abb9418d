using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// The workbook <c>assign -o FILE.xlsx</c> writes opens without a repair prompt: its stylesheet has the default
/// ("Normal") cell style every cell format is based on, as Excel's own minimal one does (openpyxl warned "Workbook
/// contains no default style" without it), and the Open XML SDK's schema validation finds nothing, in any version.
/// </summary>
public sealed class XlsxWrittenStyleTests
{
    private static readonly string Canonical = Path.Combine(Repository.Root, "tests", "KpiTargets.Cli.Tests", "Corpus", "canonical.csv");

    [Fact]
    public void The_stylesheet_has_the_Normal_cell_style_that_every_cell_format_is_based_on()
    {
        using var temp = new TempFolder();
        var path = temp.File("targets.xlsx");
        CliRun.Of(["assign", Canonical, "-o", path]).ExitCode.Should().Be(0);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

        var normal = stylesheet.CellStyles!.Elements<CellStyle>().Should().ContainSingle().Subject;
        normal.Name!.Value.Should().Be("Normal");
        normal.BuiltinId!.Value.Should().Be(0);
        normal.FormatId!.Value.Should().Be(0);
        var baseFormat = stylesheet.CellStyleFormats!.Elements<CellFormat>().Should().ContainSingle().Subject;
        baseFormat.FontId!.Value.Should().Be(0);
        stylesheet.CellFormats!.Elements<CellFormat>().Should().HaveCount(2)
            .And.OnlyContain(format => format.FormatId! == 0u && format.NumberFormatId! == 0u, "every cell format is based on Normal and shows numbers as General");
        stylesheet.Fonts!.Elements<Font>().Should().OnlyContain(font => font.FontName != null && font.FontSize != null, "Excel's fonts name a face and a size");
        stylesheet.Fills!.Elements<Fill>().Select(fill => fill.PatternFill!.PatternType!.Value)
            .Should().Equal([PatternValues.None, PatternValues.Gray125], "Excel reserves the first two fills");
    }

    [Fact]
    public void Every_count_attribute_matches_the_elements_it_counts()
    {
        using var temp = new TempFolder();
        var path = temp.File("targets.xlsx");
        CliRun.Of(["assign", Canonical, "-o", path]).ExitCode.Should().Be(0);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

        foreach (var list in stylesheet.ChildElements)
        {
            var count = list.GetAttributes().Single(attribute => attribute.LocalName == "count").Value;
            count.Should().Be(list.ChildElements.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), list.LocalName);
        }
    }

    [Theory]
    [InlineData("long")]
    [InlineData("canonical")]
    [InlineData("wide")]
    public void The_written_workbook_is_valid_in_every_office_version(string layout)
    {
        using var temp = new TempFolder();
        var path = temp.File("targets.xlsx");
        CliRun.Of(["assign", Canonical, "-o", path, "--output-layout", layout]).ExitCode.Should().Be(0);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);

        foreach (var version in new[] { FileFormatVersions.Office2007, FileFormatVersions.Office2016, FileFormatVersions.Microsoft365 })
        {
            new OpenXmlValidator(version).Validate(document).Select(error => $"{version} {error.Path?.XPath}: {error.Description}")
                .Should().BeEmpty();
        }
    }
}
