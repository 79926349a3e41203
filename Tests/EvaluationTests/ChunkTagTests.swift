import Evaluation
import Testing

@Suite struct ChunkTagTests {
    @Test func splitsAtTheFirstHyphenAsConllevalDoes() {
        #expect(ChunkTag("B-PER") == ChunkTag(prefix: .begin, type: "PER"))
        #expect(ChunkTag("I-B-X") == ChunkTag(prefix: .inside, type: "B-X"))
        #expect(ChunkTag("O") == .outside)
        #expect(ChunkTag("-X-") == ChunkTag(prefix: .other(""), type: "X-"))
        #expect(ChunkTag("PER") == ChunkTag(prefix: .other("PER"), type: ""))
        #expect(ChunkTag("B-") == ChunkTag(prefix: .begin, type: ""))
    }

    @Test func typeZeroIsEmptyAsPerlsTruthTestMakesIt() {
        #expect(ChunkTag("B-0") == ChunkTag(prefix: .begin, type: ""))
        #expect(ChunkTag("B-00") == ChunkTag(prefix: .begin, type: "00"))
        #expect(ChunkTag(raw: "0", outsideTag: "O") == ChunkTag(prefix: .begin, type: ""))
    }

    @Test func bilouReadsAsIOBES() {
        #expect(ChunkTag("L-LOC") == ChunkTag("E-LOC"))
        #expect(ChunkTag("U-LOC") == ChunkTag("S-LOC"))
        #expect(ChunkTag("S-LOC").prefix == .other("S"))
    }

    @Test func rawTagsAreOneTokenPhrasesExceptTheOutsideTags() {
        #expect(ChunkTag(raw: "NIL", outsideTag: "NIL") == .outside)
        #expect(ChunkTag(raw: "O", outsideTag: "NIL") == .outside)
        #expect(ChunkTag(raw: "B-PER", outsideTag: "O") == ChunkTag(prefix: .begin, type: "B-PER"))
        // Without -r, -o changes nothing (as in conlleval).
        #expect(TagReading(raw: false, outsideTag: "NIL").tag("NIL") == ChunkTag(prefix: .other("NIL"), type: ""))
    }

    @Test func chunkRulesOfIOB1AndIOB2() {
        func starts(_ a: String, _ b: String) -> Bool { ChunkTag.chunkStarts(after: ChunkTag(Substring(a)), at: ChunkTag(Substring(b))) }
        func ends(_ a: String, _ b: String) -> Bool { ChunkTag.chunkEnds(after: ChunkTag(Substring(a)), before: ChunkTag(Substring(b))) }
        #expect(starts("O", "I-PER"))           // IOB1: I- opens a phrase after O
        #expect(!starts("I-PER", "I-PER"))
        #expect(starts("I-PER", "B-PER") && ends("I-PER", "B-PER"))
        #expect(starts("I-PER", "I-LOC") && ends("I-PER", "I-LOC"))  // a type change inside a phrase
        #expect(ends("B-PER", "O") && !starts("B-PER", "O"))
    }

    @Test func chunkRulesConllevalHasForIOBES() {
        func starts(_ a: String, _ b: String) -> Bool { ChunkTag.chunkStarts(after: ChunkTag(Substring(a)), at: ChunkTag(Substring(b))) }
        func ends(_ a: String, _ b: String) -> Bool { ChunkTag.chunkEnds(after: ChunkTag(Substring(a)), before: ChunkTag(Substring(b))) }
        #expect(starts("O", "E-PER"))
        #expect(ends("E-PER", "I-PER") && starts("E-PER", "I-PER"))
        // conlleval (2004) knows no S-, and E- then B- of one type neither ends nor starts.
        #expect(!starts("S-PER", "S-PER") && !ends("S-PER", "S-PER"))
        #expect(!starts("E-PER", "B-PER") && !ends("E-PER", "B-PER"))
    }

    @Test func bracketsAndDots() {
        func starts(_ a: String, _ b: String) -> Bool { ChunkTag.chunkStarts(after: ChunkTag(Substring(a)), at: ChunkTag(Substring(b))) }
        func ends(_ a: String, _ b: String) -> Bool { ChunkTag.chunkEnds(after: ChunkTag(Substring(a)), before: ChunkTag(Substring(b))) }
        #expect(starts("[-NP", "]-NP") && ends("[-NP", "]-NP"))
        #expect(!ends(".-NP", "O"))           // a dot ignores type changes
        #expect(!starts("O", ".-NP"))
    }
}

@Suite struct ConllevalNumberTests {
    @Test func fixedIsPrintfsRounding() {
        #expect(ConllevalReport.fixed(100) == "100.00")
        #expect(ConllevalReport.fixed(0) == "  0.00")
        #expect(ConllevalReport.fixed(200.0 / 3) == " 66.67")
        #expect(ConllevalReport.fixed(0.125) == "  0.12")   // an exact tie goes to even
        #expect(ConllevalReport.fixed(0.375) == "  0.38")
        #expect(ConllevalReport.fixed(2.675) == "  2.67")   // 2.675 is 2.67499999... in binary
    }

    @Test func percentagesAreComputedAsPerlComputesThem() {
        let scores = ConllevalReport.percentages(SpanScore(correct: 1, predicted: 3, gold: 0))
        #expect(scores.precision == 100.0 / 3)
        #expect(scores.recall == 0)
        #expect(scores.f1 == 0)
        // 100*1/3, not 100*(1/3): the two differ in the last bit.
        #expect(ConllevalReport.percentages(SpanScore(correct: 1, predicted: 3, gold: 3)).recall == 100.0 / 3)
        #expect(100.0 / 3 != 100 * (1.0 / 3))
    }
}

@Suite struct ColumnDelimiterTests {
    func columns(_ line: String, _ delimiter: ColumnDelimiter) -> [String] {
        let bytes = Array(line.utf8)
        var ranges: [Range<Int>] = []
        delimiter.columns(of: bytes, in: 0..<bytes.count, into: &ranges)
        return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func whitespaceRuns() {
        #expect(columns("  a \t b\r", .whitespace) == ["a", "b"])
        #expect(columns(" \t ", .whitespace) == [])
    }

    @Test func literalSplitsAsPerlSplitDoes() {
        let space = ColumnDelimiter.literal([0x20])
        #expect(columns(" a  b  ", space) == ["", "a", "", "b"])   // leading empty kept, trailing dropped
        #expect(columns("   ", space) == [])
        #expect(columns("a::b::", ColumnDelimiter(argument: "::")!) == ["a", "b"])
        #expect(columns("a\tb", ColumnDelimiter(argument: "\\t")!) == ["a", "b"])
        #expect(ColumnDelimiter(argument: "") == nil)
    }
}
