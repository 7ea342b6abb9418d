using System.Text.RegularExpressions;

namespace KpiTargets.Tests;

/// <summary>The README's library example is this code: it compiles here, runs here, and the README must match it.</summary>
[Collection(ConsoleUsers.Name)]
public sealed class ReadmeExampleTests
{
    // README:start
    private static void Example()
    {
        var payments = IndicatorCatalog.BinhSon2024.Find("1"); // online payments, central target 45
        var assignment = TargetRule.Assign("UBND xã Bình Thuận", payments, 45.15m);

        Console.WriteLine(DecimalText.Shortest(assignment.Target2024)); // 49.67
        Console.WriteLine(assignment.Clause.Letter());                  // b
        Console.WriteLine(assignment.Explanation);
        // b) 45.15 ≥ central 45: 45.15 × 1.1 = 49.665, rounded to 2 decimals = 49.67

        var points = AssignmentPolicy.Default with { Mode = UpliftMode.Points };
        Console.WriteLine(DecimalText.Shortest(TargetRule.Decide(payments, 45.15m, points).Target)); // 55.15
    }
    // README:end

    [Fact]
    public void The_example_prints_what_its_comments_say()
    {
        var saved = Console.Out;
        using var captured = new StringWriter();
        try
        {
            Console.SetOut(captured);
            Example();
        }
        finally
        {
            Console.SetOut(saved);
        }

        captured.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "49.67", "b", "b) 45.15 ≥ central 45: 45.15 × 1.1 = 49.665, rounded to 2 decimals = 49.67", "55.15");
    }

    [Fact]
    public void The_readme_shows_the_example_exactly()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "KpiTargets.Tests", "ReadmeExampleTests.cs"));
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var body = Regex.Match(source, @"// README:start\n.*?\{\n(?<body>.*?)\n    \}\n    // README:end", RegexOptions.Singleline).Groups["body"].Value;
        var expected = "using KpiTargets;\n\n" + string.Join('\n', body.Split('\n').Select(line => line.Length >= 8 ? line[8..] : line.Trim()));

        readme.Should().Contain("```csharp\n" + expected + "\n```");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "KpiTargets.sln")))
        {
            folder = folder.Parent;
        }

        return folder.FullName;
    }
}

/// <summary>Tests that swap <see cref="Console.Out"/> run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleUsers
{
    public const string Name = "Console";
}
