using System.Globalization;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// A day of a treatment cycle, counted from 1 (day 1 is the first day of the cycle) to 366, as labels write it
    /// ("days 8 and 15", <see cref="SourceReference.InotuzumabLabel"/>). A generated value object; JSON is the day number.
    /// </summary>
    [ValueObject<int>]
    [ValueRange(1, 366)]
    public readonly partial struct CycleDay
    {
        /// <summary>"day 8".</summary>
        /// <returns>The day in words.</returns>
        public override string ToString() =>
            IsInitialized() ? "day " + _value.ToString(CultureInfo.InvariantCulture) : ValueObjectSupport.UninitializedText;
    }
}
