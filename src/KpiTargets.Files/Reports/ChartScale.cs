namespace KpiTargets.Files.Reports;

/// <summary>
/// Maps an indicator's values to a chart's horizontal axis, in exact decimal arithmetic so that the same report is
/// written byte for byte everywhere. The axis runs from the indicator's minimum to its maximum when the values fill a
/// fair part of that range (a percentage: 0 to 100); otherwise to a round number above the largest value, so that a
/// count whose bound is a trillion does not squeeze every mark into the first pixel.
/// </summary>
internal sealed class ChartScale
{
    private static readonly decimal[] NiceSteps = [1m, 2m, 2.5m, 5m, 10m];

    private readonly decimal _low;
    private readonly decimal _high;
    private readonly decimal _left;
    private readonly decimal _right;

    private ChartScale(decimal low, decimal high, decimal step, decimal left, decimal right)
    {
        _low = low;
        _high = high;
        _left = left;
        _right = right;
        Step = step;
    }

    /// <summary>The distance between two ticks.</summary>
    public decimal Step { get; }

    /// <summary>The values at which the axis has a tick and a label, from the low end to the high end.</summary>
    public IEnumerable<decimal> Ticks
    {
        get
        {
            for (var tick = _low; tick <= _high; tick += Step)
            {
                yield return tick;
            }
        }
    }

    /// <summary>A scale for <paramref name="indicator"/> drawn between <paramref name="left"/> and <paramref name="right"/>.</summary>
    /// <param name="indicator">Its bounds are the axis's widest extent.</param>
    /// <param name="values">Every value the chart shows, the central target included.</param>
    /// <param name="left">The x of the axis's low end.</param>
    /// <param name="right">The x of its high end.</param>
    public static ChartScale For(Indicator indicator, IEnumerable<decimal> values, decimal left, decimal right)
    {
        var low = indicator.Minimum;
        var largest = Math.Max(values.DefaultIfEmpty(low).Max(), low);
        var top = largest == low || indicator.Maximum - low <= 4m * (largest - low) ? indicator.Maximum : largest;
        var step = NiceStep((top - low) / 5m);
        var high = low + (Math.Ceiling((top - low) / step) * step);
        return new ChartScale(low, high > low ? high : low + step, step, left, right);
    }

    /// <summary>The x of <paramref name="value"/>, kept within the axis.</summary>
    public decimal X(decimal value) => _left + ((Math.Clamp(value, _low, _high) - _low) * (_right - _left) / (_high - _low));

    // The smallest of 1, 2, 2.5, 5 times a power of ten that is at least rough; 1 for a range of nothing.
    private static decimal NiceStep(decimal rough)
    {
        if (rough <= 0m)
        {
            return 1m;
        }

        var power = 1m;
        while (power * 10m <= rough)
        {
            power *= 10m;
        }

        while (power > rough && power > 0.0001m)
        {
            power /= 10m;
        }

        return NiceSteps.Select(step => step * power).First(step => step >= rough);
    }
}
