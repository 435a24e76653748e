using System.Globalization;

namespace AllTx.Domain.Response
{
    /// <summary>Derives the <see cref="RemissionNumber"/> from prior relapses.</summary>
    public static class RemissionNumbers
    {
        /// <summary>CR1 for 0 prior relapses, CR2 for 1, CR≥3 for 2 or more.</summary>
        /// <param name="priorRelapses">The number of prior relapses, 0 or more.</param>
        /// <returns>The remission number.</returns>
        /// <exception cref="DomainValidationException">A negative count.</exception>
        public static RemissionNumber FromPriorRelapses(int priorRelapses) => priorRelapses switch
        {
            0 => RemissionNumber.First,
            1 => RemissionNumber.Second,
            > 1 => RemissionNumber.ThirdOrLater,
            _ => throw new DomainValidationException("PriorRelapses", "must be 0 or more", priorRelapses.ToString(CultureInfo.InvariantCulture), nameof(priorRelapses)),
        };
    }
}
