namespace AllTx.Analyzers
{
    /// <summary>
    /// Every diagnostic id of AllTx.Sdk, in one place. Ids are grouped: 1xxx dosing and units, 2xxx MRD and lab results,
    /// 3xxx value-object integrity, 4xxx unions and exhaustiveness, 5xxx clinical timeline, 6xxx privacy,
    /// 9xxx declaration errors. Each id has a page at docs/rules/ATXnnnn.md.
    /// </summary>
    internal static class RuleIdentifiers
    {
        // 1xxx dosing and units
        internal const string DrugDoseWithoutUnit = "ATX1001";
        internal const string DoseNamedNumber = "ATX1002";
        internal const string InvalidUnitText = "ATX1003";
        internal const string RawAmountArithmetic = "ATX1004";
        internal const string RadiationDoseNamedNumber = "ATX1005";

        // 2xxx MRD and lab results
        internal const string MrdValueWithoutMethod = "ATX2001";
        internal const string MrdLevelsOfDifferentMethods = "ATX2002";
        internal const string NegativeWithInsufficientSensitivity = "ATX2003";
        internal const string LabValueComparedWithBareNumber = "ATX2004";

        // 6xxx privacy
        internal const string SensitiveValueLeaked = "ATX6001";

        // Value-object integrity and value-object declarations.
        internal const string ValueObjectConstantBreaksRule = "ATX3003";
        internal const string ValueObjectCreatedWithoutValidation = "ATX3004";
        internal const string ValueObjectMemberWithoutValue = "ATX3005";
        internal const string ValueObjectRulesNotRun = "ATX3006";
        internal const string ValueObjectInGenericType = "ATX9002";
        internal const string ValueObjectHookSignature = "ATX9004";
        internal const string ValueObjectRuleMisfit = "ATX9006";

        // Union declarations the [Union] generator cannot complete.
        internal const string UnionNotPartial = "ATX9007";
        internal const string UnionNotAbstractRecord = "ATX9008";
        internal const string UnionCaseNotSealedPartial = "ATX9009";
        internal const string UnionWithoutCases = "ATX9010";
        internal const string UnionGeneric = "ATX9011";
        internal const string UnionCaseLessAccessible = "ATX9012";

        // 4xxx unions and exhaustiveness
        internal const string NonExhaustiveUnionSwitch = "ATX4001";
        internal const string DiscardArmInUnionSwitch = "ATX4002";
        internal const string IgnoredUnionResult = "ATX4003";
        internal const string DefaultOneOf = "ATX4004";
        internal const string ExhaustiveUnionSwitchSuppression = "ATX4005";

        /// <summary>Diagnostic property (ATX4001, ATX4002): the unhandled case types as C# type names, joined by '|'.</summary>
        internal const string MissingCasesProperty = "MissingCases";

        /// <summary>
        /// Diagnostic property (ATX9007-ATX9009): the modifier keywords the flagged declaration lacks, space-separated in
        /// source order (e.g. <c>sealed partial</c>); absent when adding modifiers would not fix the declaration.
        /// </summary>
        internal const string MissingModifiersProperty = "MissingModifiers";

        /// <summary>Diagnostic property (ATX1001, ATX1002, ATX1005, ATX2001): the metadata name of the type that should replace the number.</summary>
        internal const string ReplacementTypeProperty = "ReplacementType";

        /// <summary>
        /// Diagnostic property (ATX3006): the underlying type, fully qualified, when the flagged value object declares no
        /// <c>Validate</c> (the code fix then declares the partial one); absent when a hand-written <c>Validate</c> skips the rules.
        /// </summary>
        internal const string UnderlyingTypeProperty = "UnderlyingType";

        /// <summary>Diagnostic property (ATX1003): the valid text to write instead of the constant, when it is known.</summary>
        internal const string ReplacementTextProperty = "ReplacementText";
    }
}
