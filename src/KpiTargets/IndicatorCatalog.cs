using System.Diagnostics.CodeAnalysis;

namespace KpiTargets;

/// <summary>
/// The indicators a plan assigns targets for, looked up by code, with the headings that group some of them.
/// </summary>
/// <remarks>
/// Immutable. Codes are unique across indicators and headings, compared without regard to case and surrounding
/// white space. A heading groups the indicators whose code starts with the heading's code and a dot
/// (heading <c>"9"</c> groups <c>"9.1"</c> and <c>"9.2"</c>). <see cref="BinhSon2024"/> is the built-in catalog;
/// other years or provinces build their own (the CLI reads one from a CSV file).
/// </remarks>
public sealed class IndicatorCatalog
{
    private readonly Dictionary<string, Indicator> _indicatorsByCode;
    private readonly Dictionary<string, IndicatorHeading> _headingsByCode;

    /// <summary>Creates a catalog and checks that codes are unique.</summary>
    /// <param name="name">A short name for people, for example the plan and year it comes from.</param>
    /// <param name="indicators">The indicators, in the order they are listed in the source.</param>
    /// <param name="headings">Group headings without targets of their own; none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Two entries share a code, or the catalog has no indicator.</exception>
    public IndicatorCatalog(string name, IEnumerable<Indicator> indicators, IEnumerable<IndicatorHeading>? headings = null)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        Name = Guard.NotBlank(name, nameof(name));
        Indicators = [.. indicators];
        Headings = [.. headings ?? []];
        if (Indicators.Count == 0)
        {
            throw new ArgumentException("A catalog needs at least one indicator.", nameof(indicators));
        }

        _indicatorsByCode = new(StringComparer.OrdinalIgnoreCase);
        _headingsByCode = new(StringComparer.OrdinalIgnoreCase);
        foreach (var indicator in Indicators)
        {
            ArgumentNullException.ThrowIfNull(indicator, nameof(indicators));
            if (!_indicatorsByCode.TryAdd(indicator.Code, indicator))
            {
                throw new ArgumentException($"Indicator code '{indicator.Code}' appears more than once.", nameof(indicators));
            }
        }

        foreach (var heading in Headings)
        {
            ArgumentNullException.ThrowIfNull(heading, nameof(headings));
            var code = heading.Code.Trim();
            if (_indicatorsByCode.ContainsKey(code) || !_headingsByCode.TryAdd(code, heading))
            {
                throw new ArgumentException($"Heading code '{heading.Code}' appears more than once.", nameof(headings));
            }
        }
    }

    /// <summary>The built-in catalog: the indicator table of the Bình Sơn 2024 plan's appendix, exactly.</summary>
    public static IndicatorCatalog BinhSon2024 { get; } = BinhSon2024Catalog.Create();

    /// <summary>A short name for people, shown by the CLI's <c>indicators</c> command.</summary>
    public string Name { get; }

    /// <summary>The indicators that carry targets, in source order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The group headings, which carry no target, in source order.</summary>
    public IReadOnlyList<IndicatorHeading> Headings { get; }

    /// <summary>Finds the indicator with <paramref name="code"/>.</summary>
    /// <param name="code">A code such as <c>"9.1"</c>; case and surrounding white space are ignored.</param>
    /// <param name="indicator">The indicator, when found.</param>
    /// <returns><see langword="true"/> when the catalog has an indicator with that code (headings do not count).</returns>
    public bool TryFind(string code, [NotNullWhen(true)] out Indicator? indicator)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _indicatorsByCode.TryGetValue(code.Trim(), out indicator);
    }

    /// <summary>Finds the indicator with <paramref name="code"/>, or throws.</summary>
    /// <param name="code">A code such as <c>"9.1"</c>; case and surrounding white space are ignored.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="KeyNotFoundException">
    /// No indicator has that code; when it is a heading's (<c>"9"</c>), the message says so and names its indicators.
    /// </exception>
    public Indicator Find(string code) =>
        TryFind(code, out var indicator) ? indicator : throw new KeyNotFoundException(NotFound(code));

    // Why Find finds nothing: a heading's code names the indicators to use instead, as the CLI's message does.
    internal string NotFound(string code) =>
        TryFindHeading(code, out var heading)
            ? $"'{code.Trim()}' is a heading of the catalog '{Name}', not an indicator; use one of its indicators: {string.Join(", ", IndicatorsUnder(heading).Select(i => i.Code))}."
            : $"The catalog '{Name}' has no indicator with code '{code}'; its codes are {string.Join(", ", Indicators.Select(i => i.Code))}.";

    /// <summary>Finds the heading with <paramref name="code"/>, such as <c>"9"</c> in the 2024 catalog.</summary>
    /// <param name="code">A heading code; case and surrounding white space are ignored.</param>
    /// <param name="heading">The heading, when found.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> names a heading.</returns>
    public bool TryFindHeading(string code, [NotNullWhen(true)] out IndicatorHeading? heading)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _headingsByCode.TryGetValue(code.Trim(), out heading);
    }

    /// <summary>The indicators a heading groups: those whose code starts with the heading's code and a dot.</summary>
    /// <param name="heading">A heading of this catalog.</param>
    /// <returns>The grouped indicators in source order; empty when none.</returns>
    public IEnumerable<Indicator> IndicatorsUnder(IndicatorHeading heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var prefix = heading.Code.Trim() + ".";
        return Indicators.Where(indicator => indicator.Code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
