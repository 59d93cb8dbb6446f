using System;
using DomainModel.Currencies;
using DomainModel.Monetary;

// The article's money figures as typed values. This grows into the claims report as the library grows.
var budget2026 = new Money(160_000_000_000m, Currency.CNY);
var budget2026Usd = new Money(23_000_000_000m, Currency.USD);
var budget2025 = new Money(150_000_000_000m, Currency.CNY);
var processors = new Money(85_000_000_000m, Currency.CNY);
var unitPrice = new Money(20_000m, Currency.USD);

Console.WriteLine("ByteDance AI infrastructure, as the article states it");
Console.WriteLine($"  2026 budget                 {budget2026}  (stated as about {budget2026Usd})");
Console.WriteLine($"  this year's allocation      {budget2025}");
Console.WriteLine($"  of which advanced processors {processors}  = {processors / budget2025:P1} of it (the article says 'about half')");
Console.WriteLine($"  increase 2026 over this year {budget2026 - budget2025}");
Console.WriteLine($"  H200 price per unit         {unitPrice}; 20,000 units cost {unitPrice * 20_000m}");
