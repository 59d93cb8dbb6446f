/// The repository's files that the F# tests read: found from the test binary's folder up to DomainModel.sln.
module DomainModel.FSharp.Tests.RepositoryFiles

open System
open System.IO

let rec private findRoot (dir: DirectoryInfo) =
    if File.Exists(Path.Combine(dir.FullName, "DomainModel.sln")) then dir.FullName else findRoot dir.Parent

/// The repository's root folder.
let root = findRoot (DirectoryInfo AppContext.BaseDirectory)

/// The seed article (Italian), as the report ships it.
let seedArticlePath = Path.Combine(root, "src", "DomainModel.ArticleReport", "article.it.txt")

/// The seed article's claims document, as the report ships it.
let seedDocumentPath = Path.Combine(root, "src", "DomainModel.ArticleReport", "Documents", "bytedance-ai-2026.it.claims.json")

/// The made-up English test article's claims document.
let madeUpDocumentPath = Path.Combine(root, "tests", "DomainModel.Tests", "Documents", "Data", "chips-race.en.claims.json")

/// The ECB reference-rate history the report ships (CSV).
let ecbCsvPath = Path.Combine(root, "src", "DomainModel.ArticleReport", "Data", "eurofxref-hist.csv")
