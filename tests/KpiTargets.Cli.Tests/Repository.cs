namespace KpiTargets.Cli.Tests;

/// <summary>Paths inside the repository, found from the test assembly's folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SamplesFolder => Path.Combine(Root, "samples");

    public static string GoldensFolder => Path.Combine(Root, "tests", "KpiTargets.Cli.Tests", "Goldens");

    /// <summary>Set <c>KPI_TARGETS_UPDATE_GOLDENS=1</c> to rewrite golden files for review; CI never sets it.</summary>
    public static bool UpdateGoldens => Environment.GetEnvironmentVariable("KPI_TARGETS_UPDATE_GOLDENS") == "1";

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KpiTargets.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("KpiTargets.sln not found above " + AppContext.BaseDirectory);
    }
}
