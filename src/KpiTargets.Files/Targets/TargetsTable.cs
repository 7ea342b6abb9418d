using KpiTargets.Files.Formats;
using KpiTargets.Files.Problems;
using KpiTargets.Files.Results;
using KpiTargets.Files.Tables;
using KpiTargets.Files.Text;

namespace KpiTargets.Files.Targets;

/// <summary>
/// Reads back a targets file this tool wrote, in the long or canonical layout, in either language of titles, CSV (any
/// encoding and separator the readers take) or a workbook, through the same readers, header matching and row checks
/// as a results file. Each row becomes an <see cref="AssignedTarget"/>, checked against the rule.
/// </summary>
/// <remarks>
/// The wide layout holds neither the 2023 results nor the clauses, so no <see cref="AssignedTarget"/> can be made from
/// it honestly: it is refused with a problem that says which layout to write instead. Without a <c>capped</c> column, a
/// clause b target equal to the indicator's maximum is taken as capped: the raised result reached the maximum, and
/// only an exact hit (which the file cannot tell apart) would not have been lowered; the target is the same either way.
/// The targets are held in memory: they grow with units × indicators, never with anything else.
/// </remarks>
internal static class TargetsTable
{
    private static readonly string[] Yes = ["true", "có"];
    private static readonly string[] No = ["false", "không"];

    /// <summary>The targets of the file, in file order; every problem goes to <paramref name="problems"/> with its line.</summary>
    /// <param name="source">The targets file.</param>
    /// <param name="options">How to read it; its layout is not consulted, the header decides.</param>
    /// <param name="catalog">The catalog the targets were made with: codes, central targets and bounds are checked against it.</param>
    /// <param name="problems">Receives every problem of the file.</param>
    /// <returns>The rows that passed every check; the file is usable only when no problem was added.</returns>
    public static IReadOnlyList<AssignedTarget> Read(InputSource source, InputOptions options, IndicatorCatalog catalog, ProblemLog problems)
    {
        var messages = options.Messages;
        var file = source.DisplayName;
        var before = problems.Count;
        var targets = new List<AssignedTarget>();
        using var records = TableFiles.Read(source, options, problems).GetEnumerator();
        if (!records.MoveNext())
        {
            if (problems.Count == before)
            {
                problems.Add(file, 1, messages.EmptyFile(string.Join(", ", TargetsColumns.All.Where(c => c.IsRequired).Select(c => c.Name))));
            }

            return targets;
        }

        var header = records.Current;
        if (Columns(header, file, problems, messages) is not { } columns)
        {
            return targets;
        }

        var checker = new ResultChecker(catalog, file, problems, messages);
        var rows = 0;
        while (records.MoveNext())
        {
            rows++;
            if (Target(records.Current, columns, checker, catalog, file, problems, messages) is { } target)
            {
                targets.Add(target);
            }
        }

        if (rows == 0 && problems.Count == before)
        {
            problems.Add(file, header.Line, messages.HeaderOnly);
        }

        return targets;
    }

    // One row's target, or null when the row has a problem (all of them reported).
    private static AssignedTarget? Target(
        RawRecord record, int[] columns, ResultChecker checker, IndicatorCatalog catalog, string file, ProblemLog problems, Messages messages)
    {
        var line = record.Line;
        string Field(ColumnSpec spec) => Array.IndexOf(TargetsColumns.All, spec) is var i && columns[i] >= 0 ? record.Fields[columns[i]] : "";
        var ok = checker.TryCheck(
            new ResultRow(line, Field(TargetsColumns.Unit), Field(TargetsColumns.Indicator), Field(TargetsColumns.Result2023)), out var result);
        var central = Number(TargetsColumns.CentralTarget, ref ok);
        var target = Number(TargetsColumns.Target2024, ref ok);
        var clause = Clause(Field(TargetsColumns.Rule).Trim(), ref ok);
        var capped = Flag(Field(TargetsColumns.Capped).Trim(), ref ok);
        if (!ok)
        {
            return null;
        }

        var indicator = result.Indicator;
        if (central != indicator.CentralTarget)
        {
            problems.Add(file, line, messages.CentralTargetDiffers(
                indicator.Code, DecimalText.Shortest(central), DecimalText.Shortest(indicator.CentralTarget), catalog.Name));
            return null;
        }

        var isCapped = capped ?? (clause == RuleClause.B && target == indicator.Maximum);
        var language = messages.IsVietnamese ? ExplanationLanguage.Vietnamese : ExplanationLanguage.English;
        if (AssignedTarget.FindContradiction(indicator, result.Result2023, target, clause, isCapped, language) is { } contradiction)
        {
            problems.Add(file, line, messages.ContradictsRule(contradiction));
            return null;
        }

        return new AssignedTarget(result.Unit, indicator, result.Result2023, target, clause, isCapped);

        decimal Number(ColumnSpec spec, ref bool ok)
        {
            var text = Field(spec);
            if (text.Trim().Length == 0)
            {
                problems.Add(file, line, messages.CatalogEmpty(spec.NameIn(messages.IsVietnamese)));
                ok = false;
            }
            else if (!DecimalInput.TryParse(text, out var value))
            {
                problems.Add(file, line, messages.CatalogNotANumber(spec.NameIn(messages.IsVietnamese), text));
                ok = false;
            }
            else
            {
                return value;
            }

            return 0m;
        }

        RuleClause Clause(string text, ref bool ok)
        {
            if (text.Equals("a", StringComparison.OrdinalIgnoreCase) || text.Equals("b", StringComparison.OrdinalIgnoreCase))
            {
                return text.Equals("a", StringComparison.OrdinalIgnoreCase) ? RuleClause.A : RuleClause.B;
            }

            problems.Add(file, line, messages.UnknownRule(text));
            ok = false;
            return RuleClause.A;
        }

        bool? Flag(string text, ref bool ok)
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (Yes.Contains(text, StringComparer.OrdinalIgnoreCase) || No.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                return Yes.Contains(text, StringComparer.OrdinalIgnoreCase);
            }

            problems.Add(file, line, messages.NotAFlag(TargetsColumns.Capped.NameIn(messages.IsVietnamese), text));
            ok = false;
            return null;
        }
    }

    // Where each of TargetsColumns.All is (-1 for an absent optional one); null when a required one is missing or
    // repeated, or the header is the wide layout's.
    private static int[]? Columns(RawRecord header, string file, ProblemLog problems, Messages messages)
    {
        var anyRepeated = false;
        var columns = TargetsColumns.All.Select(spec =>
        {
            var index = HeaderTitle.Find(header, spec, file, problems, messages, out var repeated);
            anyRepeated |= repeated;
            return index;
        }).ToArray();
        if (anyRepeated)
        {
            return null;
        }

        var missing = TargetsColumns.All.Where((spec, i) => spec.IsRequired && columns[i] < 0).ToList();
        if (missing.Count == 0)
        {
            return columns;
        }

        // The wide layout: a unit column, and no indicator or rule column but target columns instead.
        if (columns[0] >= 0 && missing.Contains(TargetsColumns.Indicator) && missing.Contains(TargetsColumns.Rule))
        {
            problems.Add(file, header.Line, messages.TargetsInWideLayout(string.Join(", ", header.Fields)));
            return null;
        }

        foreach (var spec in missing)
        {
            problems.Add(file, header.Line, HeaderTitle.Missing(header, spec, messages));
        }

        return null;
    }
}
