namespace KpiTargets;

// The indicator table of section 2 of the appendix ("Danh mục các chỉ tiêu liên quan") of the Bình Sơn district
// 2024 administrative-procedure control plan. The central targets are those of Government Resolutions
// 01/NQ-CP and 02/NQ-CP of 05/01/2024. Names are copied from the source text; a test compares them with it.
internal static class BinhSon2024Catalog
{
    private const string Percent = "%";
    private const string DepartmentsAndCommunes = "Các phòng, ban thuộc huyện; UBND các xã, thị trấn";

    public static IndicatorCatalog Create() => new(
        "Bình Sơn 2024 (Nghị quyết 01/NQ-CP, 02/NQ-CP ngày 05/01/2024)",
        [
            Percentage(
                "1",
                "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công.",
                "Online payments through the National Public Service Portal, share of all public-service payment transactions",
                45m,
                DepartmentsAndCommunes,
                new("Số hồ sơ thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia", "Dossiers paid online through the National Public Service Portal"),
                new("Tổng số hồ sơ của TTHC có yêu cầu nộp phí, lệ phí", "Dossiers of procedures that require a fee or charge")),
            Percentage(
                "2",
                "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC.",
                "Online dossiers, share of all dossiers received and handled",
                50m,
                DepartmentsAndCommunes,
                new("Số hồ sơ tiếp nhận trực tuyến", "Dossiers received online"),
                new("Tổng số hồ sơ tiếp nhận (trực tuyến và trực tiếp)", "All dossiers received (online and in person)")),
            Percentage(
                "3",
                "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC.",
                "Digitisation of dossiers and results",
                80m,
                DepartmentsAndCommunes,
                new("Số hồ sơ được số hóa thành phần hồ sơ và kết quả giải quyết", "Dossiers digitised, their components and their result"),
                new("Tổng số hồ sơ đã giải quyết", "All dossiers handled")),
            Percentage(
                "4",
                "Tỷ lệ cấp kết quả giải quyết TTHC điện tử.",
                "Results issued electronically",
                100m,
                DepartmentsAndCommunes,
                new("Số hồ sơ được cấp kết quả giải quyết điện tử", "Dossiers given an electronic result"),
                new("Tổng số hồ sơ của TTHC có quy định cấp kết quả giải quyết bản giấy", "Dossiers of procedures whose result is issued on paper")),
            Percentage(
                "5",
                "Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND cấp xã và Phòng Tư pháp cấp huyện.",
                "Electronic certified copies from originals at commune People's Committees and the district Justice Office",
                100m,
                "Phòng Tư pháp huyện, UBND các xã, thị trấn",
                new("Số bản sao chứng thực điện tử từ bản chính", "Certified copies made electronically from originals"),
                new("Tổng số bản sao chứng thực từ bản chính", "All certified copies made from originals")),
            Percentage(
                "6",
                "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa.",
                "Reuse of digitised information and data",
                50m,
                DepartmentsAndCommunes,
                new("Số hồ sơ có khai thác, sử dụng lại thông tin, dữ liệu số hóa", "Dossiers that reuse digitised information and data"),
                new("Tổng số hồ sơ tiếp nhận", "All dossiers received")),
            Percentage(
                "7",
                "Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn.",
                "Feedback and petitions handled on time",
                100m,
                DepartmentsAndCommunes,
                new("Số phản ánh, kiến nghị được xử lý đúng hạn", "Feedback and petitions handled on time"),
                new("Tổng số phản ánh, kiến nghị tiếp nhận", "All feedback and petitions received")),
            Percentage(
                "8",
                "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp.",
                "Satisfaction of citizens and businesses with the handling of procedures",
                90m,
                DepartmentsAndCommunes,
                new("Số hồ sơ được giải quyết không có phản ánh, kiến nghị, không bị đánh giá không hài lòng và không trễ hạn", "Dossiers handled without a complaint or petition, a dissatisfied rating or a delay"),
                new("Tổng số hồ sơ đã giải quyết", "All dossiers handled")),
            Percentage(
                "9.1",
                "Các phòng, ban và tương đương thuộc UBND huyện.",
                "Documents and work files processed online by district departments and equivalent bodies",
                95m,
                "Các cơ quan, đơn vị thuộc huyện",
                new("Số văn bản, hồ sơ công việc được xử lý trên môi trường mạng", "Documents and work files processed online"),
                new("Tổng số văn bản, hồ sơ công việc (trừ hồ sơ mật)", "All documents and work files (except classified)")),
            Percentage(
                "9.2",
                "UBND cấp xã.",
                "Documents and work files processed online by commune People's Committees",
                80m,
                "UBND các xã, thị trấn",
                new("Số văn bản, hồ sơ công việc được xử lý trên môi trường mạng", "Documents and work files processed online"),
                new("Tổng số văn bản, hồ sơ công việc (trừ hồ sơ mật)", "All documents and work files (except classified)")),
        ],
        [
            new IndicatorHeading(
                "9",
                "Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng",
                "Documents and work files (except classified) processed online"),
        ]);

    // What a share's numerator or denominator counts, from the formulas of the national service index (Decision
    // 766/QĐ-TTg of 23/6/2022) that the plan's indicators follow.
    private readonly record struct Counted(string Vietnamese, string English);

    private static Indicator Percentage(
        string code, string nameVietnamese, string nameEnglish, decimal central, string appliesTo, Counted numerator, Counted denominator) =>
        new(code, nameVietnamese, nameEnglish, Percent, central, minimum: 0m, maximum: 100m, appliesTo)
        {
            NumeratorVietnamese = numerator.Vietnamese,
            NumeratorEnglish = numerator.English,
            DenominatorVietnamese = denominator.Vietnamese,
            DenominatorEnglish = denominator.English,
        };
}
