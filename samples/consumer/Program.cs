using KpiTargets;

// Two targets from the appendix's worked examples: indicator 2 (central 50) at 62.5 → 68.75 (clause b), and
// indicator 8 (central 90) at 95 → 100 (104.5, capped).
var onlineDossiers = TargetRule.Assign("UBND xã Bình Thuận", IndicatorCatalog.BinhSon2024.Find("2"), 62.5m);
var satisfaction = TargetRule.Assign("Phòng Tư pháp", IndicatorCatalog.BinhSon2024.Find("8"), 95m);

Console.WriteLine(onlineDossiers.Explanation);
Console.WriteLine(satisfaction.Explanation);

var ok = onlineDossiers.Target2024 == 68.75m && onlineDossiers.Clause == RuleClause.B
    && satisfaction.Target2024 == 100m && satisfaction.IsCapped
    && FilesQuickStart.Run(args[0]); // the files package: see the README's "Files package"
Console.WriteLine(ok ? "consumer check: ok" : "consumer check: FAILED");
return ok ? 0 : 1;
