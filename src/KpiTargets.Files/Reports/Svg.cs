namespace KpiTargets.Files.Reports;

/// <summary>
/// A tiny writer of inline SVG: elements with encoded attribute values and text, and coordinates in a fixed form. The
/// charts say what to draw; this says how it is spelled.
/// </summary>
/// <param name="writer">Where the markup goes.</param>
internal sealed class Svg(TextWriter writer)
{
    /// <summary>
    /// Opens <c>&lt;svg&gt;</c> sized by its view box alone, so it scales to the page and to A4; in HTML the parser puts it
    /// in SVG's namespace, so it names none.
    /// </summary>
    /// <param name="cssClass">The chart kind, for the style sheet and for tests.</param>
    /// <param name="width">The view box's width.</param>
    /// <param name="height">The view box's height.</param>
    /// <param name="label">What the chart shows, for screen readers (<c>aria-label</c>).</param>
    public void Open(string cssClass, decimal width, decimal height, string label) =>
        writer.Write($"<svg class=\"{cssClass}\" viewBox=\"0 0 {Number(width)} {Number(height)}\" role=\"img\" aria-label=\"{Html.Encode(label)}\">\n");

    /// <summary>Closes the <c>&lt;svg&gt;</c>.</summary>
    public void Close() => writer.Write("</svg>\n");

    /// <summary>Opens a group, with a tooltip <c>&lt;title&gt;</c> when <paramref name="title"/> is given.</summary>
    public void OpenGroup(string? cssClass = null, string? title = null)
    {
        writer.Write(cssClass is null ? "<g>" : $"<g class=\"{cssClass}\">");
        if (title is not null)
        {
            writer.Write($"<title>{Html.Encode(title)}</title>");
        }
    }

    /// <summary>Closes a group.</summary>
    public void CloseGroup() => writer.Write("</g>\n");

    /// <summary>A line.</summary>
    public void Line(decimal x1, decimal y1, decimal x2, decimal y2, string cssClass) =>
        writer.Write($"<line class=\"{cssClass}\" x1=\"{Number(x1)}\" y1=\"{Number(y1)}\" x2=\"{Number(x2)}\" y2=\"{Number(y2)}\"/>");

    /// <summary>A rectangle.</summary>
    public void Rect(decimal x, decimal y, decimal width, decimal height, string cssClass) =>
        writer.Write($"<rect class=\"{cssClass}\" x=\"{Number(x)}\" y=\"{Number(y)}\" width=\"{Number(Math.Max(width, 0m))}\" height=\"{Number(height)}\"/>");

    /// <summary>A circle.</summary>
    public void Circle(decimal cx, decimal cy, decimal r, string cssClass) =>
        writer.Write($"<circle class=\"{cssClass}\" cx=\"{Number(cx)}\" cy=\"{Number(cy)}\" r=\"{Number(r)}\"/>");

    /// <summary>A closed shape through the given points.</summary>
    public void Polygon(string cssClass, params ReadOnlySpan<(decimal X, decimal Y)> points)
    {
        writer.Write($"<polygon class=\"{cssClass}\" points=\"");
        for (var i = 0; i < points.Length; i++)
        {
            writer.Write($"{(i == 0 ? "" : " ")}{Number(points[i].X)},{Number(points[i].Y)}");
        }

        writer.Write("\"/>");
    }

    /// <summary>Text at a point, its baseline at <paramref name="y"/>; with a tooltip when the text shown is cut short.</summary>
    /// <param name="x">Where the text is anchored.</param>
    /// <param name="y">The baseline.</param>
    /// <param name="text">The text shown.</param>
    /// <param name="cssClass">Its style: size, weight, anchor.</param>
    /// <param name="title">The full text, when <paramref name="text"/> is a shortened form of it.</param>
    public void Text(decimal x, decimal y, string text, string cssClass, string? title = null)
    {
        writer.Write($"<text class=\"{cssClass}\" x=\"{Number(x)}\" y=\"{Number(y)}\">");
        if (title is not null)
        {
            writer.Write($"<title>{Html.Encode(title)}</title>");
        }

        writer.Write($"{Html.Encode(text)}</text>");
    }

    // Coordinates to a tenth of a unit of the view box: finer than a printer's dot, and the same text on every machine.
    private static string Number(decimal value) =>
        DecimalText.Shortest(decimal.Round(value, 1, MidpointRounding.AwayFromZero));
}
