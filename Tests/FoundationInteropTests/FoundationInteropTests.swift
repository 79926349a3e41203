// This file imports Foundation together with both C-backed wrappers. On Linux, Foundation
// carries its own ICU as the clang module _FoundationICU; if Segmentation exposed ICU's
// headers (<unicode/*.h>) to Swift, this compilation would fail with "'UErrorCode' has
// different definitions in different modules". That this file compiles, and the test below
// passes with Foundation's ICU-backed APIs and our ICU and utf8proc wrappers in one process,
// is the proof that the clash is avoided (ICUBridge keeps every ICU header inside C).
import Byline
import BylineCore
import Foundation
import Normalization
import Segmentation
import Testing

@Suite("Foundation interop")
struct FoundationInteropTests {
    struct SentenceRecord: Codable, Equatable {
        let start: Int
        let end: Int
        let text: String
    }

    @Test func foundationAndBothWrappersWorkTogether() throws {
        // Foundation: write a file with CRLF line ends, typographic quotes and a decomposed
        // accent, and read it back as Data.
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("byline-interop-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("article.txt")
        let original = "\u{FEFF}“Caf\u{65}\u{301}s are open,” said Mr. Dupont.\r\nThe mayor agreed… in 世界.\r\n"
        try Data(original.utf8).write(to: file)
        let data = try Data(contentsOf: file)
        // Foundation drops a leading BOM when it decodes; SourceDecoder keeps it, so that
        // source offsets count from the file's first byte.
        #expect(try String(contentsOf: file, encoding: .utf8).unicodeScalars.elementsEqual(original.unicodeScalars.dropFirst()))

        // BylineCore decodes Foundation's Data (a Collection<UInt8> indexed by Int).
        let decoded = try SourceDecoder().decode(data, file: file.path)
        #expect(decoded.warning == nil)
        #expect(decoded.text.utf8.elementsEqual(original.utf8))

        // utf8proc through Normalization.
        var document = Document(id: file.lastPathComponent, source: decoded.text)
        try Normalizer().process(&document)
        #expect(Array(document.text.unicodeScalars)
                == Array("\"Caf\u{E9}s are open,\" said Mr. Dupont.\nThe mayor agreed... in 世界.\n".unicodeScalars))
        // Foundation's own normalization (its ICU) agrees with utf8proc's on the NFC text.
        let nfcByFoundation = (document.text as NSString).precomposedStringWithCanonicalMapping
        #expect(Array(nfcByFoundation.unicodeScalars) == Array(document.text.unicodeScalars))
        #expect(try UnicodeNormalizer.normalize("Caf\u{E9}", form: .nfd).unicodeScalars
                .elementsEqual("Caf\u{E9}".decomposedStringWithCanonicalMapping.unicodeScalars))

        // ICU through Segmentation: sentences of the normalized text, mapped back to the source.
        let sentences = try ICUBreakIterator(kind: .sentence, locale: "en@ss=standard").boundaries(in: document.text)
        var records: [SentenceRecord] = []
        for (start, end) in zip(sentences, sentences.dropFirst()) {
            let source = document.sourceSpan(TextSpan(start, end))
            records.append(SentenceRecord(start: source.start, end: source.end,
                                          text: String(document.sourceText(TextSpan(start, end)))))
        }
        #expect(records.count == 2, "\(records)")
        #expect(records.first?.text.hasPrefix("\u{201C}Caf") == true, "the source keeps the typographic quote")
        #expect(records.first?.start == 3, "after the BOM")
        #expect(records.last?.end == original.utf8.count)

        // Foundation's NSString (UTF-16 offsets) agrees on where the second sentence starts.
        let secondStartText = try #require(records.last).text
        let nsRange = (original as NSString).range(of: secondStartText)
        #expect(nsRange.location != NSNotFound)
        let utf16Start = original.utf16.index(original.utf16.startIndex, offsetBy: nsRange.location)
        #expect(original.utf8.distance(from: original.utf8.startIndex, to: utf16Start) == records[1].start)

        // Foundation's ICU regex and our ICU word iterator agree on the words of the second sentence.
        let words = try ICUBreakIterator(kind: .word).boundaries(in: secondStartText)
        let icuWords = zip(words, words.dropFirst())
            .map { String(secondStartText.slice(TextSpan($0, $1))) }
            .filter { $0.unicodeScalars.contains { CharacterSet.letters.contains($0) } }
        let regex = try NSRegularExpression(pattern: "\\p{L}+")
        let regexWords = regex.matches(in: secondStartText, range: NSRange(secondStartText.startIndex..., in: secondStartText))
            .map { String(secondStartText[Range($0.range, in: secondStartText)!]) }
        #expect(icuWords.prefix(4) == ["The", "mayor", "agreed", "in"], "\(icuWords)")
        #expect(regexWords.joined() == icuWords.joined())

        // JSONEncoder round trip of the records, as the JSONL writer will do.
        let encoded = try JSONEncoder().encode(records)
        #expect(try JSONDecoder().decode([SentenceRecord].self, from: encoded) == records)
        #expect(String(decoding: encoded, as: UTF8.self).contains("\"start\":3"))
    }
}
