using KpiTargets.Files.Text;

namespace KpiTargets.Cli.Tests;

/// <summary>
/// Data a run would otherwise get silently wrong: a unit spelled two ways, results typed as fractions. Duplicates
/// across spellings are problems; the rest are warnings on standard error, which never change the exit code and which
/// <c>--quiet</c> hides.
/// </summary>
public sealed class WarningTests
{
    private const string Header = "unit,indicator,result_2023\n";

    [Theory]
    [InlineData("Phòng Tư Pháp")]
    [InlineData("PHÒNG TƯ PHÁP")]
    [InlineData("Phòng  Tư   pháp")]
    [InlineData(" phòng tư pháp ")]
    public void One_unit_spelled_another_way_on_the_same_indicator_is_a_duplicate_naming_both_lines(string other)
    {
        var run = CliRun.Of(["assign", "-"], Header + $"Phòng Tư pháp,1,45\nUBND xã Bình Thuận,1,50\n\"{other}\",1,46\n");

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be($"<stdin>:4: {Messages.English.DuplicateSpelledOtherwise(other, "1", 2, "Phòng Tư pháp")}");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Spellings_that_differ_only_in_case_or_spaces_on_other_indicators_are_kept_as_written_and_listed_in_a_warning()
    {
        var run = CliRun.Of(["assign", "-", "--output-layout", "canonical"], Header + "Phòng Tư pháp,1,45\nPHÒNG TƯ PHÁP,2,60\nPhòng Tư  Pháp,3,70\nPHÒNG TƯ PHÁP,4,100\n");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(
            "unit,indicator,result_2023,central_target,target_2024,rule\n"
            + "Phòng Tư pháp,1,45,45,49.5,b\nPHÒNG TƯ PHÁP,2,60,50,66,b\nPhòng Tư  Pháp,3,70,80,80,a\nPHÒNG TƯ PHÁP,4,100,100,100,b\n");
        run.ErrorLines.Should().Equal(
            Messages.English.SpelledTwoWays("<stdin>", 3, "PHÒNG TƯ PHÁP", "Phòng Tư pháp", 2),
            Messages.English.SpelledTwoWays("<stdin>", 4, "Phòng Tư  Pháp", "Phòng Tư pháp", 2));
        CliRun.Of(["assign", "-", "--quiet"], Header + "Phòng Tư pháp,1,45\nPHÒNG TƯ PHÁP,2,60\n").Error.Should().BeEmpty();
    }

    [Fact]
    public void Results_that_are_all_at_most_one_look_like_fractions_and_are_warned_about_yet_assigned()
    {
        var file = Header + "Phòng Tư pháp,1,\"0,4515\"\nUBND xã Bình Thuận,1,0.3\nPhòng Tư pháp,2,45\nUBND xã Bình Thuận,2,0\n";

        var run = CliRun.Of(["assign", "-", "--output-layout", "canonical"], file);

        run.ExitCode.Should().Be(0, run.Error);
        run.ErrorLines.Should().Equal(Messages.English.LooksLikeFractions("<stdin>", "1", "0.4515"));
        run.Output.Should().Contain("Phòng Tư pháp,1,0.4515,45,45,a");
        var validate = CliRun.Of(["validate", "-"], file);
        validate.ExitCode.Should().Be(0);
        validate.ErrorLines.Should().Equal(Messages.English.LooksLikeFractions("<stdin>", "1", "0.4515"));
        CliRun.Of(["validate", "-", "-q"], file).Error.Should().BeEmpty();
    }

    [Theory]
    [InlineData("0\n")]          // every result 0: no result above 0, no sign of fractions
    [InlineData("1.5\n")]        // one result above 1
    [InlineData("\n")]           // no result at all
    public void Results_that_do_not_look_like_fractions_give_no_warning(string second)
    {
        var run = CliRun.Of(["validate", "-"], Header + $"Phòng Tư pháp,1,0\nUBND xã Bình Thuận,1,{second}");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
    }

    [Theory]
    [InlineData("rates")]
    [InlineData("assign")]
    [InlineData("validate")]
    public void Rates_computed_from_small_counts_are_shares_and_give_no_fraction_warning(string command)
    {
        var run = CliRun.Of([command, "-"], "unit,indicator,numerator,denominator\nPhòng Tư pháp,1,1,800\nUBND xã Bình Thuận,1,3,900\n");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void An_indicator_that_never_goes_above_one_is_not_warned_about()
    {
        using var temp = new TempFolder();
        var catalog = temp.Write("catalog.csv", "code,name_vi,central_target,minimum,maximum\nR,Tỷ số,0.5,0,1\n");

        var run = CliRun.Of(["validate", "-", "--catalog", catalog], Header + "Phòng Tư pháp,R,0.4\n");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Warnings_come_with_problems_and_validate_says_only_what_it_found()
    {
        var run = CliRun.Of(["validate", "-"], Header + "Phòng Tư pháp,1,0.5\nPHÒNG TƯ PHÁP,2,x\n");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal(
            Messages.English.LooksLikeFractions("<stdin>", "1", "0.5"),
            $"<stdin>:3: {Messages.English.NotANumber("x")}",
            "error: 1 problem found.");
    }
}
