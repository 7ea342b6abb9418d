using System.Globalization;
using System.Text;

namespace KpiTargets.Tests;

/// <summary>The built-in catalog against section 2 of the appendix ("Danh mục các chỉ tiêu liên quan").</summary>
public sealed class CatalogTests
{
    private const string DepartmentsAndCommunes = "Các phòng, ban thuộc huyện; UBND các xã, thị trấn";

    private static IndicatorCatalog Catalog => IndicatorCatalog.BinhSon2024;

    /// <summary>The table copied byte for byte from 000_9fb540eaf517ded1.txt, lines 162-172.</summary>
    public static TheoryData<string, string, decimal, string> Appendix => new()
    {
        { "1", "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công.", 45m, DepartmentsAndCommunes },   // "Tối thiểu 45"
        { "2", "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC.", 50m, DepartmentsAndCommunes },   // "Tối thiểu 50"
        { "3", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC.", 80m, DepartmentsAndCommunes },   // "Tối thiểu 80"
        { "4", "Tỷ lệ cấp kết quả giải quyết TTHC điện tử.", 100m, DepartmentsAndCommunes },   // "100"
        { "5", "Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND cấp xã và Phòng Tư pháp cấp huyện.", 100m, "Phòng Tư pháp huyện, UBND các xã, thị trấn" },   // "100", its own units
        { "6", "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa.", 50m, DepartmentsAndCommunes },   // "Tối thiểu 50"
        { "7", "Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn.", 100m, DepartmentsAndCommunes },   // "100"
        { "8", "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp.", 90m, DepartmentsAndCommunes },   // "Tối thiểu 90"
        { "9.1", "Các phòng, ban và tương đương thuộc UBND huyện.", 95m, "Các cơ quan, đơn vị thuộc huyện" },   // "95"
        { "9.2", "UBND cấp xã.", 80m, "UBND các xã, thị trấn" },   // "80"
    };

    private const string HeadingNine = "Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng";

    [Theory, MemberData(nameof(Appendix))]
    public void Each_indicator_has_the_name_target_and_units_of_the_appendix(string code, string name, decimal central, string appliesTo)
    {
        var indicator = Catalog.Find(code);

        indicator.Code.Should().Be(code);
        indicator.NameVietnamese.Should().Be(name);
        indicator.CentralTarget.Should().Be(central);
        indicator.AppliesTo.Should().Be(appliesTo);
        indicator.UnitOfMeasure.Should().Be("%");
        indicator.Minimum.Should().Be(0m);
        indicator.Maximum.Should().Be(100m);
        indicator.NameEnglish.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]   // 1-8, then 9.1 and 9.2 under heading 9, in source order
    public void The_catalog_lists_ten_indicators_in_source_order() =>
        Catalog.Indicators.Select(indicator => indicator.Code).Should().Equal("1", "2", "3", "4", "5", "6", "7", "8", "9.1", "9.2");

    [Fact]   // 9 "Tỷ lệ xử lý văn bản, hồ sơ công việc…": no unit, no target
    public void Item_9_is_a_heading_without_a_target()
    {
        Catalog.Headings.Should().ContainSingle();
        Catalog.Headings[0].Code.Should().Be("9");
        Catalog.Headings[0].NameVietnamese.Should().Be(HeadingNine);

        FluentActions.Invoking(() => Catalog.Find("9")).Should().Throw<KeyNotFoundException>();
        Catalog.TryFind("9", out _).Should().BeFalse();
        Catalog.TryFindHeading("9", out var heading).Should().BeTrue();
        Catalog.IndicatorsUnder(heading!).Select(indicator => indicator.Code).Should().Equal("9.1", "9.2");
    }

    [Fact]
    public void Every_name_is_NFC() =>
        Catalog.Indicators.Select(indicator => indicator.NameVietnamese)
            .Concat(Catalog.Indicators.Select(indicator => indicator.AppliesTo))
            .Concat(Catalog.Headings.Select(heading => heading.NameVietnamese))
            .Append(Catalog.Name)
            .Should().OnlyContain(text => text.IsNormalized(NormalizationForm.FormC));

    [Theory]
    [InlineData(" 9.1 ", "9.1")]   // surrounding white space, as typed in a CSV cell
    [InlineData("\t2\n", "2")]
    public void Lookup_ignores_surrounding_white_space(string typed, string code)
    {
        Catalog.Find(typed).Code.Should().Be(code);
        Catalog.TryFindHeading(" 9 ", out _).Should().BeTrue();
    }

    [Fact]
    public void Lookup_ignores_case()
    {
        var catalog = new IndicatorCatalog("Custom", [Custom("KPI-a")], [new IndicatorHeading("KPI", "Nhóm", "Group")]);

        catalog.Find("kpi-A").Code.Should().Be("KPI-a");
        catalog.TryFindHeading("kpi", out _).Should().BeTrue();
        catalog.IndicatorsUnder(catalog.Headings[0]).Should().BeEmpty();   // "KPI-a" does not start with "KPI."
    }

    [Fact]
    public void An_unknown_code_is_not_found()
    {
        FluentActions.Invoking(() => Catalog.Find("10")).Should().Throw<KeyNotFoundException>().WithMessage("*'10'*");
        Catalog.TryFind("10", out var indicator).Should().BeFalse();
        indicator.Should().BeNull();
    }

    [Theory]
    [InlineData("1", "1")]    // the same code twice
    [InlineData("a", "A")]    // codes differ only in case
    [InlineData("1", " 1 ")]  // codes differ only in white space
    public void Duplicate_indicator_codes_are_rejected(string first, string second) =>
        FluentActions.Invoking(() => new IndicatorCatalog("Custom", [Custom(first), Custom(second)]))
            .Should().Throw<ArgumentException>().WithParameterName("indicators");

    [Theory]
    [InlineData("1")]     // a heading may not share an indicator's code
    [InlineData(" 9 ")]   // nor another heading's, white space aside
    public void Duplicate_heading_codes_are_rejected(string headingCode) =>
        FluentActions.Invoking(() => new IndicatorCatalog(
                "Custom",
                [Custom("1")],
                [new IndicatorHeading("9", "Nhóm", "Group"), new IndicatorHeading(headingCode, "Nhóm khác", "Other group")]))
            .Should().Throw<ArgumentException>().WithParameterName("headings");

    [Fact]
    public void An_empty_catalog_is_rejected() =>
        FluentActions.Invoking(() => new IndicatorCatalog("Custom", []))
            .Should().Throw<ArgumentException>().WithParameterName("indicators");

    [Fact]
    public void The_catalog_as_constructed_does_not_change_when_its_source_list_does()
    {
        var source = new List<Indicator> { Custom("1") };
        var catalog = new IndicatorCatalog("Custom", source);

        source.Add(Custom("2"));

        catalog.Indicators.Should().ContainSingle();
    }

    /// <summary>When the original text is next to the repository (not on a clean clone), the table above must match it.</summary>
    [Fact]
    public void The_inline_table_matches_the_original_text_when_it_is_present()
    {
        var original = OriginalText();
        if (original is null)
        {
            return;   // clean clone without ../shared: the inline table, copied from it, stands in
        }

        var rows = original
            .Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .SkipWhile(line => !line.StartsWith("2. Danh mục các chỉ tiêu liên quan", StringComparison.Ordinal))
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length == 5 && cells[0].Length > 0 && char.IsAsciiDigit(cells[0][0]))
            .ToList();

        rows.Select(cells => cells[0]).Should().Equal("1", "2", "3", "4", "5", "6", "7", "8", "9", "9.1", "9.2");
        rows.Single(cells => cells[0] == "9")[1].Should().Be(HeadingNine);
        var expected = Appendix.Select(row => (Code: (string)row[0], Name: (string)row[1], Central: (decimal)row[2], AppliesTo: (string)row[3]));
        foreach (var (code, name, central, appliesTo) in expected)
        {
            var cells = rows.Single(cells => cells[0] == code);
            cells[1].Should().Be(name);
            cells[2].Should().Be("%");
            var target = central.ToString(CultureInfo.InvariantCulture);
            cells[3].Should().BeOneOf(target, "Tối thiểu " + target);
            cells[4].Should().Be(appliesTo);
        }
    }

    private static string? OriginalText()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KpiTargets.sln")))
            {
                var path = Path.Combine(folder.FullName, "..", "shared", "domain", "000_9fb540eaf517ded1.txt");
                return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
            }
        }

        return null;
    }

    private static Indicator Custom(string code) => new(code, "Chỉ tiêu " + code, "Indicator " + code, "%", 50m, 0m, 100m, "UBND các xã, thị trấn");
}
