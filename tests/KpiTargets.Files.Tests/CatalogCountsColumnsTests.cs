namespace KpiTargets.Files.Tests;

/// <summary>The catalog format's optional columns that say what an indicator's numerator and denominator count.</summary>
public sealed class CatalogCountsColumnsTests
{
    [Fact]
    public void The_counts_columns_are_read_under_their_names_or_vietnamese_titles()
    {
        using var temp = new TempFolder();
        var path = temp.Write("catalog.csv", "code,name_vi,central_target,Tử số,numerator_en,Mẫu số,denominator_en\nA,Chỉ tiêu A,50,Số hồ sơ trực tuyến,Online dossiers,Tổng số hồ sơ,All dossiers\n");

        var indicator = CatalogFile.Read(path).Catalog!.Find("A");

        indicator.NumeratorVietnamese.Should().Be("Số hồ sơ trực tuyến");
        indicator.NumeratorEnglish.Should().Be("Online dossiers");
        indicator.DenominatorVietnamese.Should().Be("Tổng số hồ sơ");
        indicator.DenominatorEnglish.Should().Be("All dossiers");
    }

    [Fact]
    public void A_catalog_without_them_says_nothing_of_the_counts()
    {
        using var temp = new TempFolder();
        var path = temp.Write("catalog.csv", "code,name_vi,central_target\nA,Chỉ tiêu A,50\n");

        var indicator = CatalogFile.Read(path).Catalog!.Find("A");

        new[] { indicator.NumeratorVietnamese, indicator.NumeratorEnglish, indicator.DenominatorVietnamese, indicator.DenominatorEnglish }
            .Should().AllBe("");
    }

    [Fact]
    public void The_counts_texts_are_written_after_the_older_columns_and_read_back()
    {
        var catalog = new IndicatorCatalog("c", [new Indicator("A", "Chỉ tiêu A", "", "%", 50m, 0m, 100m, "") { NumeratorVietnamese = "=Số", DenominatorEnglish = "All, received" }]);
        using var temp = new TempFolder();
        var path = temp.File("catalog.csv");
        using (var stream = File.Create(path))
        {
            CatalogFile.Write(catalog, stream);
        }

        File.ReadAllLines(path)[0].Should().EndWith(",applies_to,numerator_vi,numerator_en,denominator_vi,denominator_en");
        CatalogFile.Read(path).Catalog!.Indicators.Should().Equal(catalog.Indicators);
    }
}
