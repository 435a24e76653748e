namespace AllTx.Domain.CellularTherapy
{
    /// <summary>Whether a patient's age lies within a product indication (<see cref="CarTIndication.CheckAge"/>), with the reason in words.</summary>
    /// <param name="IsWithinIndication">True when the age is within the indication's limit.</param>
    /// <param name="Reason">Why, naming the age, the limit and the label.</param>
    public sealed record IndicationAgeFinding(bool IsWithinIndication, string Reason)
    {
        /// <summary>The reason.</summary>
        /// <returns><see cref="Reason"/>.</returns>
        public override string ToString() => Reason;
    }
}
