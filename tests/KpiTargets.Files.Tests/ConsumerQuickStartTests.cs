namespace KpiTargets.Files.Tests;

/// <summary>The README's example of the files package is the consumer code CI runs against the packed package.</summary>
public sealed class ConsumerQuickStartTests
{
    [Fact]
    public void The_readme_shows_the_consumer_files_quick_start_exactly()
    {
        var quickStart = File.ReadAllText(Path.Combine(Repository.Root, "samples", "consumer", "FilesQuickStart.cs"));

        File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Should().Contain("```csharp\n" + quickStart + "```");
    }
}
