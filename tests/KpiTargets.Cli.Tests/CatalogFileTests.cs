namespace KpiTargets.Cli.Tests;

/// <summary>Custom catalogs with --catalog: read like any input, with line-numbered errors.</summary>
public sealed class CatalogFileTests
{
    private const string Header = "code,name_vi,name_en,unit,central_target,minimum,maximum,applies_to\n";

    [Fact]
    public void A_custom_catalog_sets_the_codes_and_central_targets()
    {
        using var temp = new TempFolder();
        var catalog = temp.Write("catalog.csv", "code,name_vi,central_target\nA1,Chỉ tiêu A,60\n");

        var run = CliRun.Of(["assign", "-", "--catalog", catalog], "unit,indicator,result_2023\nX,A1,70\nY,a1,50\n");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Split('\n')[1..3].Select(line => string.Join(',', line.Split(',').Take(6)))
            .Should().Equal("X,A1,70,60,77,b", "Y,A1,50,60,60,a");
    }

    [Fact]
    public void Indicators_shows_a_custom_catalog()
    {
        using var temp = new TempFolder();
        var catalog = temp.Write("catalog.csv", Header + "7,Tỷ lệ X,Rate X,%,70,0,100,UBND các xã\n");

        var run = CliRun.Of(["indicators", "--catalog", catalog, "--format", "csv"]);

        // Written with the counts columns, empty where the catalog does not say what its counts count.
        run.Output.Should().Be(Header.TrimEnd('\n') + ",numerator_vi,numerator_en,denominator_vi,denominator_en\n" + "7,Tỷ lệ X,Rate X,%,70,0,100,UBND các xã,,,,\n");
    }

    public static TheoryData<string, string> CatalogErrors => new()
    {
        { Header + "1,X,,%,abc,0,100,\n", "catalog.csv:2: the central_target 'abc' is not a number; write a decimal, for example 45.5" },
        { Header + "1,X,,%,50,0,100,\n1,Y,,%,50,0,100,\n", "catalog.csv:3: the code '1' is already used at line 2" },
        { Header + "1,X,,%,50,60,40,\n", "catalog.csv:2: the minimum 60 is greater than the maximum 40" },
        { Header + "1,X,,%,120,0,100,\n", "catalog.csv:2: the central target 120 is outside the bounds 0 to 100" },
        { Header + ",X,,%,50,0,100,\n", "catalog.csv:2: the 'code' is empty" },
        { Header + "1,,,%,50,0,100,\n", "catalog.csv:2: the 'name_vi' is empty" },
        { Header + "9,Heading only,,,,,,\n", "catalog.csv:1: the catalog has no indicator with a central target" },
        { "code,name_vi\n1,X\n", "catalog.csv:1: missing the column 'central_target': title it one of: central_target; the header has: code, name_vi" },
    };

    [Theory, MemberData(nameof(CatalogErrors))]
    public void A_bad_catalog_gets_line_numbered_errors_and_exit_code_2(string content, string expected)
    {
        using var temp = new TempFolder();
        var catalog = temp.Write("catalog.csv", content);

        var run = CliRun.Of(["indicators", "--catalog", catalog]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be(expected.Replace("catalog.csv", catalog, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_catalog_file_is_a_usage_error()
    {
        var run = CliRun.Of(["indicators", "--catalog", "no-such-catalog.csv"]);

        run.ExitCode.Should().Be(1);
        run.ErrorLines[0].Should().StartWith("The catalog file 'no-such-catalog.csv' does not exist.");
    }
}
