using System.Text;
using CsCheck;
using CsvHelper;
using KpiTargets.Files.Csv;

namespace KpiTargets.Cli.Tests;

/// <summary>How the CSV reader inspects a record before it is data, and where it cuts a file into slices.</summary>
public sealed class CsvRecordTests
{
    [Theory]
    [InlineData("a,1,2\n", "None")]
    [InlineData(" , ,\t\n", "Blank")]
    [InlineData("\u00a0,,\n", "Blank")]
    [InlineData("a,\0,2\n", "Nul")]
    [InlineData("\0,,\n", "Nul")]
    [InlineData("'\t,,\n", "Blank")]
    [InlineData("\"'\r\",\t,\n", "Blank")]
    [InlineData("',,\n", "None")]
    [InlineData("'x,,\n", "None")]
    public void A_record_s_first_flaw_is_found_from_its_bytes(string record, string expected) =>
        CurrentRecord(record).Inspect().ToString().Should().Be(expected);

    [Fact]
    public void A_field_is_blank_from_its_bytes_exactly_when_its_text_is_blank() =>
        Gen.OneOf<string>("", " ", "\t", "\u00a0", "\u3000", "'", "x", "1", "Đ", "=", "-")
            .Array[1, 4]
            .Sample(parts =>
            {
                var field = string.Concat(parts);
                var fields = CurrentRecord($"\"{field}\",end\n");
                return fields.IsBlank(0) == string.IsNullOrWhiteSpace(fields[0]);
            });

    [Fact]
    public void Invalid_bytes_are_found_even_in_a_column_that_repeated_valid_text_before()
    {
        using var reader = CsvReader.Create(Encoding.UTF8.GetBytes("Phòng,1\nPhòng,2\nPh\u00f2ng,3\n").Concat(new byte[] { 0xC3, 0x28, (byte)',', (byte)'4', (byte)'\n' }).ToArray(),
            new CsvReaderOptions { HasHeader = false });
        var fields = new CsvRecordFields(reader);
        var flaws = new List<CsvRecordFields.Flaw>();
        var names = new List<string>();
        while (reader.Read())
        {
            var flaw = fields.Inspect();
            flaws.Add(flaw);
            if (flaw == CsvRecordFields.Flaw.None)
            {
                names.Add(fields[0]);
            }
        }

        flaws.Should().Equal(CsvRecordFields.Flaw.None, CsvRecordFields.Flaw.None, CsvRecordFields.Flaw.None, CsvRecordFields.Flaw.InvalidText);
        names.Distinct().Should().Equal("Phòng");
        names[0].Should().BeSameAs(names[1], "a repeated name is decoded once");
    }

    private static CsvRecordFields CurrentRecord(string csv)
    {
        var reader = CsvReader.Create(Encoding.UTF8.GetBytes(csv), new CsvReaderOptions { HasHeader = false });
        reader.Read().Should().BeTrue();
        return new CsvRecordFields(reader);
    }

    [Theory]
    [InlineData("a,1,2\nb,1,3\nc,1", 12)]
    [InlineData("a,1,2\r\nb,1,3\r\n", 14)]
    [InlineData("\"a\nb\",1,2\n\"c\n", 10)]
    [InlineData("\"a\"\"\n\",1,2\nc", 11)]
    [InlineData("a,1,2", 0)]
    [InlineData("\"a\n\nb", 0)]
    [InlineData("", 0)]
    public void A_slice_ends_after_the_last_line_feed_outside_quotes(string bytes, int expected) =>
        CsvSlices.EndOfLastRecord(Encoding.UTF8.GetBytes(bytes)).Should().Be(expected);

    [Theory]
    [InlineData("unit,indicator,result_2023\nA,1,45\n", ',', 27)]
    [InlineData("\uFEFFunit;indicator;result_2023\r\nA;1;45\r\n", ';', 31)]
    [InlineData("sep=;\nunit;indicator;result_2023\n\n\nA;1;45\n", ';', 35)]
    public void The_data_starts_at_the_first_record_after_the_header(string text, char separator, long offset)
    {
        using var temp = new TempFolder();
        var path = temp.Write("results.csv", text);

        var start = CsvRecords.ReadStart(path, KpiTargets.Files.Tables.InputOptions.Default);

        start.Should().NotBeNull();
        start!.Separator.Should().Be(separator);
        start.DataOffset.Should().Be(offset);
        start.Header.Should().Equal("unit", "indicator", "result_2023");
        Encoding.UTF8.GetString(File.ReadAllBytes(path)[(int)offset..]).TrimStart('\uFEFF').Should().StartWith("A");
    }

    [Theory]
    [InlineData("unit,indicator,result_2023\n")]
    [InlineData("unit,indicator,result_2023\nA,1\n")]
    [InlineData("")]
    public void A_file_without_a_header_and_a_valid_record_after_it_has_no_start(string text)
    {
        using var temp = new TempFolder();

        CsvRecords.ReadStart(temp.Write("results.csv", text), KpiTargets.Files.Tables.InputOptions.Default).Should().BeNull();
    }

    [Fact]
    public void A_record_past_the_last_line_a_reader_gives_stops_the_file_with_a_problem()
    {
        var problems = new KpiTargets.Files.Problems.ProblemLog();
        var start = new CsvStart(1, KpiTargets.Files.Tables.RecordFields.Of(["unit", "indicator", "result_2023"]), ',', 0, 2);

        var lines = CsvRecords.ReadSlice(Encoding.UTF8.GetBytes("A,1,45\nB,1,45\nC,1,45\n"), start, KpiTargets.Files.Tables.RawRecord.MaxLine - 1, "big.csv", KpiTargets.Files.Text.Messages.English, problems)
            .Select(record => record.Line).ToList();

        lines.Should().Equal(KpiTargets.Files.Tables.RawRecord.MaxLine - 1, KpiTargets.Files.Tables.RawRecord.MaxLine);
        var closing = new StringWriter();
        problems.WriteTo(closing, KpiTargets.Files.Text.Messages.English);
        closing.ToString().Should().StartWith($"big.csv:{KpiTargets.Files.Tables.RawRecord.MaxLine + 1}: the file is longer than {KpiTargets.Files.Tables.RawRecord.MaxLine} lines; split it into several files");
    }
}
