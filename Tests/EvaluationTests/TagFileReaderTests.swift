import BylineCore
import Evaluation
import Testing

@Suite struct TagFileReaderTests {
    func read(_ text: String, delimiter: ColumnDelimiter = .whitespace) throws(InputError) -> [TaggedDocument] {
        try TagFileReader(delimiter: delimiter).read(Array(text.utf8), file: "f.txt")
    }

    @Test func docstartLinesSplitDocumentsAndStayTokens() throws {
        let documents = try read("a x O O\n\n-DOCSTART- -X- O O\n\nb x B-PER B-PER\nc x I-PER O\n\n\n-DOCSTART- -X- O O\nd x O O")
        #expect(documents.map(\.id) == ["f.txt#0", "f.txt#1", "f.txt#2"])
        #expect(documents[1].tokens.map(\.form) == ["-DOCSTART-", "b", "c"])
        #expect(documents[1].sentences == [0..<1, 1..<3])
        #expect(documents[1].endsWithBoundary)
        #expect(!documents[2].endsWithBoundary)
        #expect(documents[2].sentences == [0..<2])   // no blank line between -DOCSTART- and d
        #expect(documents[1].tokens[2].line == 6)
        #expect(documents[1].tokens[2].predicted == .outside)
    }

    @Test func boundaryLinesAreBlankOrStartWithX() throws {
        let documents = try read("a B-PER B-PER\n-X- -X- O\nb B-PER B-PER\n \t \nc O O\n")
        #expect(documents[0].sentences == [0..<1, 1..<2, 2..<3])
        let counts = ConllevalReport.text(EntityEvaluation(documents).conlleval)
        #expect(counts.hasPrefix("processed 3 tokens with 2 phrases; found: 2 phrases; correct: 2."))
    }

    @Test func twoColumnLinesHaveNoForm() throws {
        let documents = try read("B-PER B-PER\nI-PER O\n")
        #expect(documents[0].tokens.map(\.form) == ["", ""])
        #expect(documents[0].tokens[1].gold == ChunkTag("I-PER"))
    }

    @Test func crlfLinesReadAsLinesWithTheWhitespaceDelimiter() throws {
        let documents = try read("a B-PER B-PER\r\n\r\nb O O\r\n")
        #expect(documents[0].sentences == [0..<1, 1..<2])
        #expect(documents[0].tokens[1].gold == .outside)
    }

    @Test func columnCountIsSetByTheFirstNonBlankLine() throws {
        #expect(throws: InputError.self) { try read("\n\na b O O\nc O O\n") }
        do {
            _ = try read("\n\na b O O\nc O O\n")
        } catch {
            #expect(error.line == 4)
            #expect(error.byteOffset == 10)
            #expect(error.message.contains("line 3 has 4"))
        }
    }

    @Test func aBoundaryLineWithOtherColumnsIsAnErrorAsInConlleval() throws {
        #expect(throws: InputError.self) { try read("a O O\n-X- O\n") }
    }
}
