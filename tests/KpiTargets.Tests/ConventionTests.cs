using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace KpiTargets.Tests;

/// <summary>Conventions every public type keeps, checked by reflection as NodaTime's ConsistencyTest does.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(TargetRule).Assembly.GetExportedTypes();

    [Fact]
    public void The_assembly_exposes_the_documented_types() =>
        PublicTypes.Select(type => type.Name).Should().Contain(
        [
            nameof(Indicator), nameof(IndicatorHeading), nameof(IndicatorCatalog), nameof(AssignmentPolicy), nameof(UpliftMode),
            nameof(RuleClause), nameof(RuleClauseText), nameof(TargetDecision), nameof(TargetRule), nameof(Assignment),
            nameof(UnitResult), nameof(DecimalText),
        ]);

    [Fact]   // STYLE.md: public domain types are sealed or records
    public void Every_public_type_is_sealed_static_an_enum_or_a_record_struct() =>
        PublicTypes.Where(type => !IsClosed(type)).Should().BeEmpty();

    [Fact]   // immutable: init-only at most
    public void No_public_type_has_a_public_settable_property() =>
        PublicTypes
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(property => property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}")
            .Should().BeEmpty();

    [Fact]
    public void No_public_type_has_a_public_mutable_field() =>
        PublicTypes
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsInitOnly && !field.IsLiteral && !field.DeclaringType!.IsEnum)
            .Select(field => $"{field.DeclaringType!.Name}.{field.Name}")
            .Should().BeEmpty();

    [Fact]   // the checks above can fail: they reject what they should
    public void The_convention_checks_reject_open_types_and_setters()
    {
        IsClosed(typeof(OpenSample)).Should().BeFalse();
        IsClosed(typeof(PlainStruct)).Should().BeFalse();
        IsClosed(typeof(TargetDecision)).Should().BeTrue();
        IsInitOnly(typeof(OpenSample).GetProperty(nameof(OpenSample.Settable))!.SetMethod!).Should().BeFalse();
        IsInitOnly(typeof(AssignmentPolicy).GetProperty(nameof(AssignmentPolicy.Uplift))!.SetMethod!).Should().BeTrue();
    }

    [Fact]   // Vietnamese text is compared byte for byte: it must be in one normal form
    public void Every_catalog_string_is_NFC()
    {
        var catalog = IndicatorCatalog.BinhSon2024;
        var texts = catalog.Indicators
            .SelectMany(indicator => new[] { indicator.Code, indicator.NameVietnamese, indicator.NameEnglish, indicator.UnitOfMeasure, indicator.AppliesTo })
            .Concat(catalog.Headings.SelectMany(heading => new[] { heading.Code, heading.NameVietnamese, heading.NameEnglish }))
            .Append(catalog.Name)
            .ToList();

        texts.Should().HaveCount(54).And.OnlyContain(text => text.IsNormalized(NormalizationForm.FormC));
    }

    private static bool IsClosed(Type type) =>
        type.IsEnum
        || (type.IsAbstract && type.IsSealed)      // static class
        || (type.IsClass && type.IsSealed)
        || IsRecordStruct(type);

    // The compiler gives a record struct a PrintMembers method; a plain struct has none.
    private static bool IsRecordStruct(Type type) =>
        type.IsValueType
        && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(StringBuilder)]) is not null;

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

#pragma warning disable CA1034, CA1815 // samples for the checks: nested, public, deliberately open
    public class OpenSample
    {
        public int Settable { get; set; }
    }

    public struct PlainStruct
    {
        public int Value { get; init; }
    }
#pragma warning restore CA1034, CA1815
}
