using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers
{
    /// <summary>
    /// Every diagnostic descriptor of AllTx.Sdk, in one place. Ids come from <see cref="RuleIdentifiers"/>; each
    /// descriptor's help link points to its page in docs/rules.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        /// <summary>Where the rule pages live; each rule's help link is this plus <c>ATXnnnn.md</c>.</summary>
        internal const string HelpLinkBase = "https://github.com/alltx/alltx-sdk/blob/main/docs/rules/";

        // Dosing and units (ATX1xxx)
        internal static readonly DiagnosticDescriptor DrugDoseWithoutUnit = Create(
            RuleIdentifiers.DrugDoseWithoutUnit,
            RuleCategories.Dosing,
            DiagnosticSeverity.Error,
            "Drug paired with a dose that has no unit",
            "'{0}' pairs a Drug with the unitless {1} '{2}'; use Dose, which carries its UCUM unit and basis",
            "A drug amount without its unit is read as whatever unit the reader assumes: 28 means 28 ug/d to one team and " +
            "28 mg/d to the next, a thousandfold overdose. Pair a Drug with a Dose.");

        internal static readonly DiagnosticDescriptor DoseNamedNumber = Create(
            RuleIdentifiers.DoseNamedNumber,
            RuleCategories.Dosing,
            DiagnosticSeverity.Warning,
            "Dose held in a unitless number",
            "'{0}' is named as a dose but is a unitless {1}; use Dose, which carries its UCUM unit and basis",
            "A number named as a dose loses its unit and its basis (fixed, per kg, per m2). The names checked are configured " +
            "with alltx.dose_name_patterns in .editorconfig.");

        internal static readonly DiagnosticDescriptor RadiationDoseNamedNumber = Create(
            RuleIdentifiers.RadiationDoseNamedNumber,
            RuleCategories.Dosing,
            DiagnosticSeverity.Info,
            "Radiation dose held in a unitless number",
            "'{0}' is named as a radiation dose but is a unitless {1}; use RadiationDose, which holds the total in Gy and the fractions",
            "A number named as a radiation dose (TBI, Gy, fractions) has lost its unit and its fractionation. A suggestion by " +
            "default: raise it to a warning in .editorconfig where the project records radiation doses.");

        internal static readonly DiagnosticDescriptor InvalidUnitText = Create(
            RuleIdentifiers.InvalidUnitText,
            RuleCategories.Dosing,
            DiagnosticSeverity.Error,
            "Constant unit or dose text is not valid",
            "\"{0}\" is not valid for {1}: {2}",
            "The SDK's parsers throw at run time for text that is not valid UCUM or that has no unit; a constant is checked at " +
            "build time instead, and the message gives the UCUM spelling when it is known (mcg/d is ug/d).");

        internal static readonly DiagnosticDescriptor RawAmountArithmetic = Create(
            RuleIdentifiers.RawAmountArithmetic,
            RuleCategories.Dosing,
            DiagnosticSeverity.Warning,
            "Raw amounts compared or combined without their units",
            "'{0}' uses the raw amounts of two {1} values, which may be in different units; compare the values themselves, which convert units",
            "Amount is only meaningful with its unit: 0.03 mg/d > 28 ug/d although 0.03 < 28. The comparison operators, " +
            "CompareTo and arithmetic of Quantity and Dose convert units (and refuse incommensurable ones).");

        // MRD and lab results (ATX2xxx)
        internal static readonly DiagnosticDescriptor MrdValueWithoutMethod = Create(
            RuleIdentifiers.MrdValueWithoutMethod,
            RuleCategories.LabResults,
            DiagnosticSeverity.Error,
            "MRD value without its assay method",
            "{0}",
            "An MRD level means nothing without its assay method: flow cytometry, RQ-PCR and NGS differ in sensitivity by up to " +
            "two orders of magnitude, and anti-CD19 therapy can hide CD19-gated flow MRD. Keep MRD values in an MrdResult. " +
            "The names checked are configured with alltx.mrd_name_patterns in .editorconfig.");

        internal static readonly DiagnosticDescriptor MrdLevelsOfDifferentMethods = Create(
            RuleIdentifiers.MrdLevelsOfDifferentMethods,
            RuleCategories.LabResults,
            DiagnosticSeverity.Warning,
            "MRD levels compared without checking their methods",
            "'{0}' compares the levels of two MRD results whose methods are not known to be the same; use MrdComparison.Between, or compare only when {1}.Method == {2}.Method",
            "Levels from different assays (flow cytometry vs NGS) are not comparable as numbers: a falling number can hide " +
            "rising disease. MrdComparison.Between compares levels only for the same method and specimen.");

        internal static readonly DiagnosticDescriptor NegativeWithInsufficientSensitivity = Create(
            RuleIdentifiers.NegativeWithInsufficientSensitivity,
            RuleCategories.LabResults,
            DiagnosticSeverity.Warning,
            "MRD-negative claimed at an insufficient sensitivity",
            "An MRD-negative {0} built with sensitivity {1} is less sensitive than {2}: it is negative with insufficient sensitivity, not MRD-negative",
            "MRD-negative complete remission needs an assay sensitivity of at least 1e-4 (0.01 %); a negative result from a " +
            "less sensitive assay can hide disease above the threshold (Hematology Am Soc Hematol Educ Program 2021;2021(1):718-725, " +
            "doi:10.1182/hematology.2021000224).");

        internal static readonly DiagnosticDescriptor LabValueComparedWithBareNumber = Create(
            RuleIdentifiers.LabValueComparedWithBareNumber,
            RuleCategories.LabResults,
            DiagnosticSeverity.Error,
            "Lab value compared with a number without a unit",
            "'{0}' compares the raw amount of a {1} with {2}, which has no unit; compare with a Quantity in an explicit unit",
            "A threshold without a unit means different things in different units: creatinine 1.6 is a normal value in mg/dL " +
            "and impossible in umol/L (1.6 mg/dL = 141 umol/L). Compare the value with Quantity.Of(1.6m, Unit.MilligramPerDecilitre).");

        // Privacy (ATX6xxx)
        internal static readonly DiagnosticDescriptor SensitiveValueLeaked = Create(
            RuleIdentifiers.SensitiveValueLeaked,
            RuleCategories.Privacy,
            DiagnosticSeverity.Warning,
            "Sensitive value written to a log, the console, a message or an exception",
            "'{0}' is a [Sensitive] {1} and is passed to {2}",
            "Patient identifiers, names and dates of birth must not reach logs, consoles or exception messages, which are " +
            "kept and shared far more widely than patient records. ToString() of a [Sensitive] value object redacts, but its " +
            "Value and structured logging (which serialises it) carry the real value.");

        // Value-object integrity and value-object declarations.
        internal static readonly DiagnosticDescriptor ValueObjectConstantBreaksRule = Create(
            RuleIdentifiers.ValueObjectConstantBreaksRule,
            RuleCategories.ValueObjects,
            DiagnosticSeverity.Error,
            "Constant breaks a value object's rule",
            "{0} is not a valid {1}: {2}",
            "A compile-time constant that breaks a value object's declarative rule would throw at run time; it is caught at build time instead.");

        internal static readonly DiagnosticDescriptor ValueObjectCreatedWithoutValidation = Create(
            RuleIdentifiers.ValueObjectCreatedWithoutValidation,
            RuleCategories.ValueObjects,
            DiagnosticSeverity.Error,
            "Value object created by reflection without validation",
            "'{1}' makes an uninitialised {0} without validation; create it with {0}.From, TryFrom or Parse",
            "Activator.CreateInstance and RuntimeHelpers.GetUninitializedObject bypass a value object's validation.");

        internal static readonly DiagnosticDescriptor ValueObjectMemberWithoutValue = Create(
            RuleIdentifiers.ValueObjectMemberWithoutValue,
            RuleCategories.ValueObjects,
            DiagnosticSeverity.Warning,
            "Value-object member may stay uninitialised",
            "'{0}' of type {1} gets no value: it has no initialiser, is not required and is not set by every constructor, so it starts uninitialised",
            "A value-object field or property that nothing sets holds an uninitialised value whose Value throws; make it required, initialise it, set it in every constructor, or make it nullable.");

        internal static readonly DiagnosticDescriptor ValueObjectRulesNotRun = Create(
            RuleIdentifiers.ValueObjectRulesNotRun,
            RuleCategories.ValueObjects,
            DiagnosticSeverity.Error,
            "Value object's declarative rules never run",
            "{0} declares {1} but {2}, so Vogen accepts values that break them",
            "Vogen calls a value object's Validate method and nothing else; it cannot see members that another generator " +
            "writes. The AllTx generator supplies the body of a declared 'private static partial Validation Validate(T value);' " +
            "that checks the declarative rules; a hand-written Validate must call CheckDeclaredRules(value) first.");

        internal static readonly DiagnosticDescriptor ValueObjectInGenericType = Create(
            RuleIdentifiers.ValueObjectInGenericType,
            RuleCategories.Declarations,
            DiagnosticSeverity.Error,
            "Value object cannot be generic or nested in a generic type",
            "Value object '{0}' cannot be generic or nested in a generic type; declare it at namespace level or in a non-generic type",
            "A value object has one underlying type and one set of rules; a generic declaration has neither.");

        internal static readonly DiagnosticDescriptor ValueObjectHookSignature = Create(
            RuleIdentifiers.ValueObjectHookSignature,
            RuleCategories.Declarations,
            DiagnosticSeverity.Error,
            "Validate or NormalizeInput has the wrong signature",
            "'{0}' is not called by the generated code: it must be '{1}'",
            "The generator calls only 'static Validation Validate(T value)' and 'static T NormalizeInput(T input)'; any other signature is silently ignored.");

        internal static readonly DiagnosticDescriptor ValueObjectRuleMisfit = Create(
            RuleIdentifiers.ValueObjectRuleMisfit,
            RuleCategories.Declarations,
            DiagnosticSeverity.Error,
            "Rule attribute does not fit the value object",
            "{0} on value object '{1}'",
            "A declarative rule that does not fit the underlying type (or allows no value) is ignored by the generator, so the value object would not check what its declaration promises.");

        // Union declarations (ATX9007-ATX9012): what the [Union] generator cannot complete.
        internal static readonly DiagnosticDescriptor UnionNotPartial = Create(
            RuleIdentifiers.UnionNotPartial,
            RuleCategories.Declarations,
            DiagnosticSeverity.Error,
            "Union must be partial",
            "Union '{0}' must be declared partial (and so must every type that contains it) so that its members can be generated",
            "The [Union] generator adds Match, Switch, the OneOf conversions and the JSON converter to the declared record; it " +
            "can only do so for partial types, and otherwise generates nothing.");

        internal static readonly DiagnosticDescriptor UnionNotAbstractRecord = Create(
            RuleIdentifiers.UnionNotAbstractRecord,
            RuleCategories.Declarations,
            DiagnosticSeverity.Error,
            "Union must be an abstract record",
            "Union '{0}' is {1}; declare it as an 'abstract partial record' whose nested records are its cases",
            "A union is an abstract record class with a closed set of nested case records; the generator completes nothing " +
            "else, and a union that can be instantiated itself holds none of its cases.");

        internal static readonly DiagnosticDescriptor UnionCaseNotSealedPartial = Create(
            RuleIdentifiers.UnionCaseNotSealedPartial,
            RuleCategories.Declarations,
            DiagnosticSeverity.Error,
            "Union case must be a sealed partial record",
            "Case '{0}' of union '{1}' must be declared 'sealed partial': it is {2}",
            "The generator adds the JSON kind to each case, so a case must be partial (otherwise the union gets no generated " +
            "code at all); a case that is not sealed can be derived from, and a derived record loses its own data in JSON.");

        internal static readonly DiagnosticDescriptor UnionWithoutCases = Create(
            RuleIdentifiers.UnionWithoutCases,
            RuleCategories.Declarations,
            DiagnosticSeverity.Error,
            "Union has no cases",
            "Union '{0}' has no cases: declare each case as a nested 'sealed partial record' deriving from {0}",
            "A union's cases are its nested records deriving from it; with none, the generator has nothing to complete and " +
            "no value of the union can exist.");

        internal static readonly DiagnosticDescriptor UnionGeneric = Create(
            RuleIdentifiers.UnionGeneric,
            RuleCategories.Declarations,
            DiagnosticSeverity.Error,
            "Union or union case cannot be generic",
            "'{0}' cannot be generic or nested in a generic type: [Union] supports non-generic unions and cases only; use OneOf<...> for a generic result",
            "The generated Match, Switch, JSON kinds and OneOf conversions name each case type; a generic union or case has " +
            "no single such type, so the generator completes nothing (a generic union, or one nested in a generic type) or " +
            "emits code that does not compile (a generic case).");

        internal static readonly DiagnosticDescriptor UnionCaseLessAccessible = Create(
            RuleIdentifiers.UnionCaseLessAccessible,
            RuleCategories.Declarations,
            DiagnosticSeverity.Error,
            "Union case is less accessible than its union",
            "Case '{0}' is less accessible than union '{1}': the generated Match, Switch and TryGet members of {1} expose every case",
            "Every case appears in the union's generated public members, so a case less accessible than the union makes the " +
            "generated code fail to compile (CS0051) far from the declaration that causes it.");

        // Unions and exhaustiveness (ATX4xxx)
        internal static readonly DiagnosticDescriptor NonExhaustiveUnionSwitch = Create(
            RuleIdentifiers.NonExhaustiveUnionSwitch,
            RuleCategories.Unions,
            DiagnosticSeverity.Error,
            "Switch over a union does not handle every case",
            "This switch over {0} does not handle {1}",
            "A switch over a union (a [Union] type or oneOf.Value) must handle every case without a 'when' guard, so that a " +
            "clinical outcome such as a CD19-negative relapse is never silently skipped.");

        internal static readonly DiagnosticDescriptor DiscardArmInUnionSwitch = Create(
            RuleIdentifiers.DiscardArmInUnionSwitch,
            RuleCategories.Unions,
            DiagnosticSeverity.Warning,
            "Discard or default arm in a switch over a union",
            "The {0} arm of this switch over {1} hides cases, including any added later; handle each case explicitly",
            "A '_' or 'default' arm in a switch over a union also catches the cases added to the union later, so new clinical " +
            "outcomes are handled by a catch-all instead of failing the build.");

        internal static readonly DiagnosticDescriptor IgnoredUnionResult = Create(
            RuleIdentifiers.IgnoredUnionResult,
            RuleCategories.Unions,
            DiagnosticSeverity.Warning,
            "Union result is ignored",
            "The {0} returned by '{1}' is ignored",
            "A method that returns a union reports which of several outcomes happened; ignoring it drops, for example, an " +
            "error case. Handle it with Match/Switch, or discard it explicitly with '_ ='.");

        internal static readonly DiagnosticDescriptor DefaultOneOf = Create(
            RuleIdentifiers.DefaultOneOf,
            RuleCategories.Unions,
            DiagnosticSeverity.Error,
            "Default OneOf holds no case",
            "'{0}' creates a {1} that holds none of its cases",
            "default(OneOf<...>) and new OneOf<...>() hold no case: Match, Switch, Value and JSON throw on them. Create a " +
            "OneOf from a value of one of its cases.");

        private static DiagnosticDescriptor Create(
            string id,
            string category,
            DiagnosticSeverity severity,
            string title,
            string messageFormat,
            string description) =>
            new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                severity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpLinkBase + id + ".md");
    }
}
