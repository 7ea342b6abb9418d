namespace KpiTargets.Tests;

/// <summary>The README's install quick start is the consumer program CI builds against the packed library.</summary>
public sealed class ConsumerQuickStartTests
{
    [Fact]
    public void The_readme_shows_the_consumer_program_exactly()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root!.FullName, "KpiTargets.sln")))
        {
            root = root.Parent;
        }

        var program = File.ReadAllText(Path.Combine(root.FullName, "samples", "consumer", "Program.cs"));

        File.ReadAllText(Path.Combine(root.FullName, "README.md")).Should().Contain("```csharp\n" + program + "```");
    }
}
