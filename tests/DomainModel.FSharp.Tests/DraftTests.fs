module DomainModel.FSharp.Tests.DraftTests

open System
open System.IO
open DomainModel.Claims
open DomainModel.Text
open Xunit

let private seedText = File.ReadAllText RepositoryFiles.seedArticlePath

[<Fact>]
let ``a draft from F# loads back from its JSON`` () =
    let options = ClaimsDraftOptions(Publisher = "Financial Times", TextPath = "article.it.txt")
    let draft = ClaimsDraft.FromText(seedText, NewsLanguage.Italian, DateOnly(2025, 12, 31), options)
    Assert.True(draft.HasDocument)
    let loaded = ClaimsDocument.Parse(draft.ToJson(), seedText)
    Assert.Equal(draft.Document.Claims.Count, loaded.Claims.Count)
    let first = loaded.Claims |> Seq.head
    Assert.Equal("160 miliardi", first.Figure)
    Assert.Equal<string list>([ "subject"; "metric" ], List.ofSeq first.Guessed)
    // every drafted relation is a suggestion: its kind and claims are guessed
    Assert.All(loaded.Relations, fun r -> Assert.True(r.IsGuessed))

[<Fact>]
let ``a text without figures says why there is no document`` () =
    let draft = ClaimsDraft.FromText("Nessuna cifra qui.", "it", DateOnly(2025, 12, 31), ClaimsDraftOptions.Default)
    Assert.False(draft.HasDocument)
    Assert.StartsWith("the text has no quantity figures", draft.Problem)
    Assert.Throws<InvalidOperationException>(fun () -> draft.ToJson() |> ignore) |> ignore

[<Fact>]
let ``a language code the drafter lacks is a clear error`` () =
    let e = Assert.Throws<ArgumentException>(fun () -> ClaimsDraft.FromText("x", "de", DateOnly(2025, 1, 1), ClaimsDraftOptions.Default) |> ignore)
    Assert.Equal("language", e.ParamName)
    match ClaimsDraft.TryParseLanguage "en" with
    | true, language -> Assert.Equal(NewsLanguage.English, language)
    | _ -> failwith "en is a language of the drafter"
