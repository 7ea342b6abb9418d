using System.CommandLine;
using KpiTargets.Files.Tables;

namespace KpiTargets.Cli.Commands;

/// <summary>
/// "Did you mean" for an option typed with a slip, among the options of the command it was given to, or nothing:
/// System.CommandLine's own suggestions look at every token, so the value of a mistyped option (<c>--decimal 1</c>)
/// was answered with <c>-o</c>.
/// </summary>
internal static class OptionSuggestions
{
    /// <summary>One line for each unmatched token that looks like an option and is close to one of the command's.</summary>
    public static IEnumerable<string> For(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var names = command.Options.SelectMany(option => option.Aliases.Prepend(option.Name)).Where(name => name.StartsWith("--", StringComparison.Ordinal)).ToList();
        foreach (var token in parseResult.UnmatchedTokens.Where(token => token.StartsWith("--", StringComparison.Ordinal)))
        {
            var closest = names
                .Select(name => (Name: name, Distance: EditDistance.Between(token, name)))
                .Where(candidate => candidate.Distance <= Math.Max(1, candidate.Name.Length / 4))
                .OrderBy(candidate => candidate.Distance)
                .Select(candidate => candidate.Name)
                .FirstOrDefault();
            if (closest is not null)
            {
                yield return $"Did you mean '{closest}' instead of '{token}'?";
            }
        }
    }
}
