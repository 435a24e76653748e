using System.Globalization;

namespace AllTx.Shared.Units
{
    /// <summary>Splits "amount unit…" text the way the domain's <c>Quantity.Parse</c> and <c>Dose.Parse</c> read it.</summary>
    internal static class UcumAmountText
    {
        /// <summary>False when the text does not start with an invariant-culture number.</summary>
        internal static bool TrySplit(string text, out decimal amount, out string remainder)
        {
            string trimmed = text.Trim();
            int space = trimmed.IndexOfAny(new[] { ' ', '\t' });
            remainder = space < 0 ? string.Empty : trimmed.Substring(space + 1).Trim();
            return decimal.TryParse(space < 0 ? trimmed : trimmed.Substring(0, space), NumberStyles.Float, CultureInfo.InvariantCulture, out amount);
        }
    }
}
