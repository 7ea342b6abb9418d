namespace KpiTargets.Files.Tests;

/// <summary>
/// <see cref="CatalogFile"/> reads catalogs with the checks of <c>kpi-targets --catalog</c> and writes them as
/// <c>kpi-targets indicators --format csv</c> does (<c>samples/catalog/binh-son-2024.csv</c> is that output).
/// </summary>
public sealed class CatalogFileTests
{
    private static readonly string Sample = Repository.Sample("catalog", "binh-son-2024.csv");

    [Fact]
    public void The_sample_catalog_reads_as_the_built_in_one()
    {
        var read = CatalogFile.Read(Sample);

        read.Problems.Should().BeEmpty();
        read.ProblemCount.Should().Be(0);
        read.Catalog!.Name.Should().Be("binh-son-2024.csv");
        read.Catalog.Indicators.Should().Equal(IndicatorCatalog.BinhSon2024.Indicators);
        read.Catalog.Headings.Should().Equal(IndicatorCatalog.BinhSon2024.Headings);
    }

    [Fact]
    public void The_built_in_catalog_is_written_as_indicators_format_csv_prints_it()
    {
        using var written = new MemoryStream();

        CatalogFile.Write(IndicatorCatalog.BinhSon2024, written);

        written.ToArray().Should().Equal(File.ReadAllBytes(Sample));
    }

    [Fact]
    public void A_catalog_written_reads_back_as_the_same_catalog_text_a_spreadsheet_would_run_included()
    {
        var catalog = new IndicatorCatalog(
            "catalog.csv",
            [
                new Indicator("A.1", "=Chỉ tiêu \"một\", có dấu phẩy", "-first", "lượt", 60.5m, -10m, 250m, "+UBND các xã"),
                new Indicator("A.2", "@Chỉ tiêu hai", "", "%", 0m, 0m, 100m, ""),
            ],
            [new IndicatorHeading("A", "Nhóm A", "Group A")]);
        using var temp = new TempFolder();
        var path = temp.File("catalog.csv");
        using (var file = File.Create(path))
        {
            CatalogFile.Write(catalog, file);
        }

        var read = CatalogFile.Read(path);

        read.Problems.Should().BeEmpty();
        read.Catalog!.Indicators.Should().Equal(catalog.Indicators);
        read.Catalog.Headings.Should().Equal(catalog.Headings);
    }

    [Fact]   // kpi-targets indicators --catalog broken-catalog.csv
    public void A_broken_catalog_gives_no_catalog_and_the_problems_the_cli_prints()
    {
        using var temp = new TempFolder();
        var path = temp.Write("broken-catalog.csv", "code,name_vi,central_target,maximum\n1,Thanh toán trực tuyến,45,100\n1,Hồ sơ trực tuyến,50,100\n2,,abc,100\n3,Số hóa,120,100\n");

        var read = CatalogFile.Read(path);

        read.Catalog.Should().BeNull();
        read.Problems.Select(problem => problem.ToString()).Should().Equal(
            $"{path}:3: the code '1' is already used at line 2",
            $"{path}:4: the 'name_vi' is empty",
            $"{path}:4: the central_target 'abc' is not a number; write a decimal, for example 45.5",
            $"{path}:5: the central target 120 is outside the bounds 0 to 100");
        read.ProblemCount.Should().Be(4);
    }
}
