import Byline
import Testing

/// Found by the fuzzer (docs/fuzzing.md): a JSONL input with tokens but no sentences got
/// sentence boundaries from the text alone, which could fall inside a read token, and no
/// sentence held any token; the JSONL written from it could not be read back.
@Suite struct ReadTokensSentenceTests {
    static let inputs = [
        #"{"text":"He left! Then","tokens":[{"start":0,"end":2},{"start":3,"end":10}]}"#,
        // The fuzzer's input, minimized: an invalid byte after "!" read as U+FFFD.
        "{\"text\":\"Paris !\u{FFFD} big.\",\"tokens\":[{\"start\":0,\"end\":5},{\"start\":6,\"end\":8}]}",
        #"{"text":"One. Two. Three.","tokens":[{"start":0,"end":4},{"start":10,"end":16}]}"#,
    ]

    @Test(arguments: inputs)
    func sentencesHoldTheReadTokensWhole(_ line: String) throws {
        var document = try #require(try JSONLReader().read(line, file: "t.jsonl").first)
        try Annotator(entityModel: nil).annotate(&document)
        let covered = document.sentences.flatMap { Array($0.tokens) }
        #expect(covered == Array(document.tokens.indices))
        for sentence in document.sentences {
            for token in document.tokens[sentence.tokens] {
                #expect(sentence.span.start <= token.span.start && token.span.end <= sentence.span.end)
            }
        }
        var written = ""
        JSONLWriter().write(document, into: &written)
        let back = try JSONLReader().read(written, file: "written.jsonl")
        #expect(back.first?.sentences.map(\.tokens) == document.sentences.map(\.tokens))
    }
}
