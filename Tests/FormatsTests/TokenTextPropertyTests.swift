import Byline
import BylineCore
import Foundation
import Formats
import Testing

/// Over random text, every token JSONL writes is the source text at the token's offsets, and
/// no token holds white space: a normalizer that deleted a white-space control ("said-\v123")
/// would join two words into one token whose text is not what the user's file has there.
@Suite struct TokenTextPropertyTests {
    /// Pieces random inputs are made of: words, digits and punctuation; every kind of white
    /// space, the line-breaking controls and the deleted ones; typographic punctuation, combining
    /// marks, letters outside ASCII and a character outside the BMP.
    static let pieces: [String] = [
        "said", "Mr.", "U.S.", "don't", "1,000", "3.5", "co-op", "a", "Z", "-", "--", ".", ",", "'", "\"", "(", ")",
        "?", "!", "@", "http://x.org", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}",
        "\u{A0}", "\u{2009}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\u{80}",
        "\u{9F}", "\u{AD}", "\u{200B}", "\u{FEFF}", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{2014}",
        "\u{2026}", "\u{301}", "\u{E9}", "Zo\u{EB}", "\u{1F600}", "\u{05D0}", "123",
    ]

    @Test func tokenTextIsTheSourceAtItsOffsets() throws {
        let annotator = try Annotator(entityModel: nil)
        var random = SplitMix64(seed: 13)
        for sample in 0..<3_000 {
            let source = (0..<Int.random(in: 1...24, using: &random))
                .map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            let document = try annotator.annotate(source, id: "random-\(sample)")
            var line = ""
            JSONLWriter().write(document, into: &line)
            // JSONDecoder, not JSONSerialization, which drops a U+FEFF that starts a string.
            let written = try JSONDecoder().decode(WrittenTokens.self, from: Data(line.utf8))
            let scalars = Array(source.unicodeScalars)
            for token in written.tokens {
                let text = token.text
                let atOffsets = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
                #expect(text == atOffsets, "sample \(sample) \(source.debugDescription): token \(token.start)..<\(token.end)")
                #expect(!text.unicodeScalars.contains { $0.properties.isWhitespace },
                        "sample \(sample) \(source.debugDescription): token \(text.debugDescription) holds white space")
            }
        }
    }

    struct WrittenTokens: Decodable {
        struct Token: Decodable { var start: Int, end: Int, text: String }
        var tokens: [Token]
    }
}
