using KpiTargets.Files.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>Header titles as offices type them, and a missing column's message that leads to the fix.</summary>
public sealed class HeaderTitleTests
{
    [Theory]
    [InlineData("Don vi,Ma chi tieu,Ket qua 2023")]              // a keyboard without Vietnamese diacritics
    [InlineData("Đơn vị,Mã chỉ tiêu,Kết quả 2023 (%)")]          // a trailing unit
    [InlineData("ĐƠN VỊ,MÃ CHỈ TIÊU,KẾT QUẢ NĂM 2023 %")]
    [InlineData("unit,indicator,result_2023 (%)")]
    public void Titles_without_diacritics_or_with_a_trailing_unit_are_accepted(string header)
    {
        var run = CliRun.Of(["assign", "-", "--output-layout", "canonical"], $"{header}\nPhòng Tư pháp,1,45\n");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().EndWith("Phòng Tư pháp,1,45,45,49.5,b\n");
    }

    [Fact]
    public void Wide_code_columns_with_a_trailing_unit_are_read()
    {
        var run = CliRun.Of(["assign", "-", "--output-layout", "canonical"], "Đơn vị,CT1 (%),Chi tieu 2 %\nPhòng Tư pháp,45,50\n");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be("unit,indicator,result_2023,central_target,target_2024,rule\nPhòng Tư pháp,1,45,45,49.5,b\nPhòng Tư pháp,2,50,50,55,b\n");
    }

    [Theory]
    [InlineData("en", "<stdin>:1: missing the column 'result_2023': title it one of: result_2023, result 2023, Kết quả 2023, Kết quả năm 2023, Kết quả thực hiện 2023, Kết quả thực hiện năm 2023, KQ 2023; the header has: Đơn vị, Mã chỉ tiêu, Ket qua 2O23; is 'Ket qua 2O23' meant to be it?")]
    [InlineData("vi", "<stdin>:1: thiếu cột 'Kết quả 2023': đặt tiêu đề cột là một trong: Kết quả 2023, Kết quả năm 2023, Kết quả thực hiện 2023, Kết quả thực hiện năm 2023, KQ 2023, result_2023, result 2023; tiêu đề có: Đơn vị, Mã chỉ tiêu, Ket qua 2O23; có phải 'Ket qua 2O23' là cột này không?")]
    public void A_missing_column_lists_its_accepted_titles_in_the_language_asked_and_the_header_title_closest_to_one(string language, string expected)
    {
        var run = CliRun.Of(["validate", "-", "--lang", language], "Đơn vị,Mã chỉ tiêu,Ket qua 2O23\nPhòng Tư pháp,1,45\n");

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be(expected);
    }

    [Fact]
    public void A_header_with_nothing_close_suggests_nothing()
    {
        var run = CliRun.Of(["validate", "-"], "unit,indicator,notes\nPhòng Tư pháp,1,45\n");

        run.ErrorLines[0].Should().EndWith("the header has: unit, indicator, notes");
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF, 0x09 })]
    public void An_old_xls_workbook_or_a_password_protected_one_given_as_csv_is_named_as_such(byte[] start)
    {
        var run = CliRun.Of(["validate", "-"], [.. start, .. new byte[4096], (byte)'\n', 0xFF]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"<stdin>:1: {Messages.English.LooksLikeOldWorkbook}", "error: 1 problem found.");
    }

    [Fact]
    public void A_byte_order_mark_decides_the_encoding_over_the_option()
    {
        byte[] utf8 = [.. "\uFEFF"u8, .. "unit,indicator,result_2023\nPhòng Tư pháp,1,45\n"u8];

        var run = CliRun.Of(["assign", "-", "--encoding", "windows-1258", "--output-layout", "canonical"], utf8);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().EndWith("Phòng Tư pháp,1,45,45,49.5,b\n");
    }
}
