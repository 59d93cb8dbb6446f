using System;
using System.Collections.Generic;
using System.Linq;

namespace DomainModel;

/// <summary>
/// ISO 4217 amendments published after the shipped SIX lists (<see cref="Iso4217Table.ListOnePublished"/>), applied
/// on top of the generated List One when the table is built. To apply a new amendment: add one
/// <see cref="Iso4217Amendment"/> below with its number, publication and effective dates, source and rows (as SIX
/// will publish them), add a test in Iso4217AmendmentsTests, and describe it in docs/currencies.md. When the SIX files
/// are replaced by a list that already contains an amendment, remove it here: the table test refuses a row that the
/// list already has.
/// </summary>
internal static class Iso4217Amendments
{
    internal static readonly Iso4217Amendment[] All =
    [
        new(
            Number: "176",
            Published: "2024",
            Effective: "2025-03-31",
            Summary: "XCG Caribbean Guilder (numeric 532, 2 minor units) introduced for Curaçao and Sint Maarten, succeeding ANG",
            Source: "ISO 4217 Maintenance Agency (SIX), amendment introducing the Caribbean guilder; Centrale Bank van Curaçao en Sint Maarten. "
                + "Amendment number and publication date as recalled, not checked against the SIX amendment text.",
            Added:
            [
                new("CURA\u00C7AO", "Caribbean Guilder", "XCG", 532, 2, false),
                new("SINT MAARTEN (DUTCH PART)", "Caribbean Guilder", "XCG", 532, 2, false),
            ]),
    ];

    /// <summary>The shipped List One rows followed by every amendment's added rows.</summary>
    internal static Iso4217Entry[] Apply(IReadOnlyList<Iso4217Entry> listOne)
    {
        foreach (var amendment in All)
        {
            foreach (var row in amendment.Added)
            {
                if (listOne.Any(e => e.Code == row.Code && e.Country == row.Country))
                {
                    throw new InvalidOperationException($"ISO 4217 amendment {amendment.Number} adds {row.Code} for {row.Country}, which the shipped list already has: remove the amendment.");
                }
            }
        }

        return listOne.Concat(All.SelectMany(a => a.Added)).ToArray();
    }

    /// <summary>The numeric codes that an amendment moves to a successor: the successor's code wins a numeric look-up.</summary>
    internal static bool Succeeds(string code) => All.Any(a => a.Added.Any(r => r.Code == code));
}

/// <summary>One ISO 4217 amendment: its number, dates, source and the List One rows it adds.</summary>
internal sealed record Iso4217Amendment(string Number, string Published, string Effective, string Summary, string Source, Iso4217Entry[] Added)
{
    public override string ToString() => $"Amendment {Number} (published {Published}, effective {Effective}): {Summary}.";
}
