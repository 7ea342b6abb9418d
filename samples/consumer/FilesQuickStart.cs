using KpiTargets;
using KpiTargets.Files;

// KpiTargets.Files, run by Program.cs with the sample's folder (samples/binh-son-2023) as its argument.
internal static class FilesQuickStart
{
    public static bool Run(string sampleFolder)
    {
        // The Bình Sơn sample, read with the checks of `kpi-targets validate`: 303 results, no problem.
        var sample = ResultsFile.Read(Path.Combine(sampleFolder, "results.csv"));
        Console.WriteLine($"{sample.Results.Count} results, {sample.ProblemCount} problems");

        // Its targets, written as `kpi-targets assign` writes them (all or nothing): the bytes of expected.csv.
        var targets = Path.Combine(Path.GetTempPath(), $"targets-{Guid.NewGuid():N}.csv");
        TargetsFile.Write(targets, TargetRule.AssignAll(sample.Results, IndicatorCatalog.BinhSon2024));
        var expected = File.ReadAllBytes(Path.Combine(sampleFolder, "expected.csv"));
        var asAssignWrites = File.ReadAllBytes(targets).SequenceEqual(expected);
        File.Delete(targets);

        // A row with an unknown indicator code: the problem validate prints, with its line, for instance
        // /tmp/results-….csv:3: unknown indicator code '10'; use one of: 1, 2, 3, 4, 5, 6, 7, 8, 9.1, 9.2
        var broken = Path.Combine(Path.GetTempPath(), $"results-{Guid.NewGuid():N}.csv");
        File.WriteAllText(broken, "unit,indicator,result_2023\nPhòng Tư pháp,1,45\nPhòng Tư pháp,10,50\n");
        var problem = ResultsFile.Read(broken).Problems.Single();
        File.Delete(broken);
        Console.WriteLine(problem);

        return sample.Results.Count == 303 && sample.IsValid && asAssignWrites
            && problem.Line == 3 && problem.Message.StartsWith("unknown indicator code '10';", StringComparison.Ordinal);
    }
}
