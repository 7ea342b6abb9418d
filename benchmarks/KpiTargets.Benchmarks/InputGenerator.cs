using System.Globalization;
using System.Text;

namespace KpiTargets.Benchmarks;

/// <summary>
/// Writes a deterministic results CSV of any size for the benchmarks: 10 rows (codes 1 … 8, 9.1, 9.2) per unit,
/// Vietnamese unit names with diacritics, about 4 % quoted names containing a comma, 5 % empty results, 2 % results
/// exactly at the central target, 0 to 2 decimals. The same row count always gives the same bytes.
/// </summary>
public static class InputGenerator
{
    private static readonly string[] Kinds = ["UBND xã", "UBND phường", "UBND thị trấn", "Phòng Tư pháp", "Phòng Tài chính – Kế hoạch", "Văn phòng HĐND và UBND"];
    private static readonly string[] Places = ["Bình Thuận", "Bình Hải", "Tịnh Khê", "Nghĩa Lộ", "Châu Ổ", "Đức Phổ", "Sơn Hà", "Trà Bồng", "Lý Sơn", "Mộ Đức"];

    public static void Write(long rows, string path)
    {
        var catalog = IndicatorCatalog.BinhSon2024;
        var random = new Random(2024);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("unit,indicator,result_2023\n");
        for (long row = 0, unit = 0; row < rows; unit++)
        {
            var name = $"{Kinds[unit % Kinds.Length]} {Places[(unit / Kinds.Length) % Places.Length]} {unit.ToString(CultureInfo.InvariantCulture)}";
            if (random.NextDouble() < 0.04)
            {
                name = $"\"{name}, Quảng Ngãi\"";
            }

            foreach (var indicator in catalog.Indicators)
            {
                if (row++ == rows)
                {
                    break;
                }

                writer.Write(name);
                writer.Write(',');
                writer.Write(indicator.Code);
                writer.Write(',');
                var draw = random.NextDouble();
                if (draw >= 0.05)
                {
                    var result = draw < 0.07
                        ? indicator.CentralTarget
                        : Math.Round((decimal)(random.NextDouble() * 100), random.Next(0, 3), MidpointRounding.AwayFromZero);
                    writer.Write(DecimalText.Shortest(result));
                }

                writer.Write('\n');
            }
        }
    }
}
