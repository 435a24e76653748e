using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace AllTx.Domain.Toxicity
{
    /// <summary>What the ASTCT CRS and ICANS gradings share: the worst domain decides, and a grade read from JSON must be the one its findings give.</summary>
    internal static class ConsensusGrade
    {
        /// <summary>The contributions that set <paramref name="grade"/>; none at grade 0.</summary>
        public static IEnumerable<GradeContribution> Deciding(IReadOnlyList<GradeContribution> contributions, int grade) =>
            grade == 0 ? Enumerable.Empty<GradeContribution>() : contributions.Where(c => c.Grade == grade);

        /// <summary>Refuses a grade that is not the one computed from the findings (JSON names the field and the rule).</summary>
        public static void RequireComputed<TGrade>(TGrade read, TGrade computed, string concept)
            where TGrade : struct, Enum
        {
            if (!read.Equals(computed))
            {
                throw new JsonException(new DomainValidationException(concept, $"Grade must be the ASTCT grade of its Findings ({computed})", read.ToString(), "Grade").Message);
            }
        }
    }
}
