using System.Collections.Generic;

namespace DomainModel.Fuzz;

/// <summary>Seed inputs per target (valid texts from the docs and the article, and near misses); also written to corpus/ for AFL++.</summary>
internal static class Seeds
{
    private static string SeedDocument()
    {
        for (var dir = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = System.IO.Path.Combine(dir.FullName, "src", "DomainModel.ArticleReport", "Documents", "bytedance-ai-2026.it.claims.json");
            if (System.IO.File.Exists(path))
            {
                return System.IO.File.ReadAllText(path);
            }
        }

        return "{}";
    }

    internal static IReadOnlyList<string> For(string target) => target switch
    {
        "money" => ["CNY 160000000000", "USD -0.50", "€20", "20 €", "US$ 5", "-€5", "USD 20,000.50", "₹ 1,00,000", "USD 1.50", "EUR 0.00000000000000000000000000001"],
        "currency" => ["USD", "EUR", "XCG", "ANG", "usd", "XXX", "ZZZ"],
        "exchangerate" => ["USD/CNY 7.1234 2025-12-05 Spot made-up", "EUR/USD 1.1645", "USD/CNY 7.0702 2025-12-05 Derived ECB", "USD/CNY 7.0702"],
        "ratevalidity" => ["2025-12-05", "2025-12-01..2025-12-31", "2025-01-01/2025-12-31"],
        "tokenvolume" => ["50 T tokens", "1.5 B tokens", "20,000 tokens", "5 K TOKENS", "1,5 B tokens"],
        "newsnumber" => ["160 miliardi di yuan", "1.5 billion", "20.000 unità", "oltre 30 trilioni di token", "circa 23 miliardi di dollari", "$ 20.000", "12\u066B5 milioni", "7,54,465", "1.5bn"],
        "newsrange" => ["40.000-80.000 unità", "tra i 350 e i 400 miliardi di dollari", "between 350 and 400 billion", "da 1 a 2 milioni"],
        "period" => ["nel 2025", "quest'anno", "ad agosto", "entro ottobre", "last year", "this year", "nel primo trimestre", "from April to June 2025", "tra aprile e giugno", "von April bis Juni",
            "the quarter ended September 30, 2025", "trimestre terminato il 30 settembre 2025", "today", "oggi", "heute", "fiscal 2026", "Q4 FY2026", "l'esercizio 2025", "the first half of fiscal 2026", "by mid-February", "all'inizio di dicembre", "entro il 2030"],
        "json" => ["{\"amount\":12.50,\"currency\":\"USD\"}", "{\"amount\":\"1e-30\",\"currency\":\"USD\"}", "{\"amount\":1e-2,\"currency\":\"EUR\"}", "\"USD\""],
        "ecbxml" => ["<?xml version=\"1.0\"?><gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\"><gesmes:subject>Reference rates</gesmes:subject><Cube><Cube time='2025-12-05'><Cube currency='USD' rate='1.1645'/><Cube currency='CNY' rate='8.2333'/></Cube></Cube></gesmes:Envelope>"],
        "ecbcsv" => ["Date,USD,JPY,CNY,GBP,\n2025-12-05,1.1645,180.76,8.2333,0.8727,\n2025-12-04,1.1660,180.90,8.2420,0.8740,\n"],
        "document" or "documentbytes" => [SeedDocument()],
        "cli" => CommandLine.Seeds(),
        "scanner" or "reader" or "draft" => ["Nel 2026 ByteDance investirà 160 miliardi di yuan (circa 23 miliardi di dollari), oltre 30 trilioni di token al giorno, tra i 350 e i 400 miliardi, 20.000 unità a $ 20.000 ciascuna, il 6% in più."],
        _ => [""],
    };
}
