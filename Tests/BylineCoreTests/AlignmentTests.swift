import BylineCore
import Testing

/// Maps every text offset `0...textLength` with both biases.
private func mapAll(_ alignment: Alignment) -> (start: [Int], end: [Int]) {
    let offsets = 0...alignment.textLength
    return (offsets.map { alignment.sourceOffset($0, bias: .start) },
            offsets.map { alignment.sourceOffset($0, bias: .end) })
}

@Suite("Alignment")
struct AlignmentTests {
    @Test func emptyAlignmentMapsZeroToZero() {
        let alignment = Alignment()
        #expect(alignment.textLength == 0)
        #expect(alignment.sourceLength == 0)
        #expect(alignment.sourceOffset(0, bias: .start) == 0)
        #expect(alignment.sourceOffset(0, bias: .end) == 0)
        #expect(alignment.sourceSpan(TextSpan(0, 0)) == TextSpan(0, 0))
        #expect(alignment == .identity(length: 0))
    }

    @Test func identityMapsEveryOffsetToItself() {
        let alignment = Alignment.identity(length: 10)
        #expect(alignment.textLength == 10)
        #expect(alignment.sourceLength == 10)
        let (start, end) = mapAll(alignment)
        #expect(start == Array(0...10))
        #expect(end == Array(0...10))
        #expect(alignment.sourceSpan(TextSpan(2, 5)) == TextSpan(2, 5))
        #expect(alignment.sourceSpan(TextSpan(0, 10)) == TextSpan(0, 10))
    }

    @Test func isIdentityOnlyWithoutReplacements() {
        #expect(Alignment().isIdentity)
        #expect(Alignment.identity(length: 7).isIdentity)
        var replaced = Alignment.identity(length: 3)
        replaced.appendReplacement(sourceLength: 2, textLength: 1)
        #expect(!replaced.isIdentity)
        var deleted = Alignment()
        deleted.appendReplacement(sourceLength: 1, textLength: 0)
        deleted.appendIdentity(length: 4)
        #expect(!deleted.isIdentity)
    }

    @Test func adjacentIdentityRunsAndEmptyRunsDoNotChangeTheMap() {
        var built = Alignment()
        built.appendIdentity(length: 2)
        built.appendIdentity(length: 0)
        built.appendReplacement(sourceLength: 0, textLength: 0)
        built.appendIdentity(length: 3)
        #expect(built == .identity(length: 5))
        #expect(mapAll(built).start == Array(0...5))
    }

    /// "ab" + a 3-byte source run written as 5 text bytes + "cd":
    /// text 0 1 2 [3 4 5 6] 7 8 9, source 0 1 2 [ ] 5 6 7.
    @Test func replacementMapsExactlyAtItsEdgesAndSnapsInside() {
        var alignment = Alignment()
        alignment.appendIdentity(length: 2)
        alignment.appendReplacement(sourceLength: 3, textLength: 5)
        alignment.appendIdentity(length: 2)
        #expect(alignment.textLength == 9)
        #expect(alignment.sourceLength == 7)
        let (start, end) = mapAll(alignment)
        #expect(start == [0, 1, 2, 2, 2, 2, 2, 5, 6, 7])
        #expect(end == [0, 1, 2, 5, 5, 5, 5, 5, 6, 7])
        // A span inside the replacement covers the whole replaced source run.
        #expect(alignment.sourceSpan(TextSpan(3, 4)) == TextSpan(2, 5))
        #expect(alignment.sourceSpan(TextSpan(4, 6)) == TextSpan(2, 5))
        // A span ending inside it extends to the run's end; one starting inside starts at the run's start.
        #expect(alignment.sourceSpan(TextSpan(0, 3)) == TextSpan(0, 5))
        #expect(alignment.sourceSpan(TextSpan(5, 9)) == TextSpan(2, 7))
        // Spans that stop at the edges are exact.
        #expect(alignment.sourceSpan(TextSpan(0, 2)) == TextSpan(0, 2))
        #expect(alignment.sourceSpan(TextSpan(2, 7)) == TextSpan(2, 5))
        #expect(alignment.sourceSpan(TextSpan(7, 9)) == TextSpan(5, 7))
    }

    @Test func shrinkingReplacementLikeCRLF() {
        // "a\r\nb" -> "a\nb"
        var alignment = Alignment()
        alignment.appendIdentity(length: 1)
        alignment.appendReplacement(sourceLength: 2, textLength: 1)
        alignment.appendIdentity(length: 1)
        let (start, end) = mapAll(alignment)
        #expect(start == [0, 1, 3, 4])
        #expect(end == [0, 1, 3, 4])
        #expect(alignment.sourceSpan(TextSpan(1, 2)) == TextSpan(1, 3))
    }

    @Test func insertionOfTextWithoutSource() {
        var alignment = Alignment()
        alignment.appendIdentity(length: 2)
        alignment.appendReplacement(sourceLength: 0, textLength: 3)
        alignment.appendIdentity(length: 2)
        #expect(alignment.textLength == 7)
        #expect(alignment.sourceLength == 4)
        let (start, end) = mapAll(alignment)
        #expect(start == [0, 1, 2, 2, 2, 2, 3, 4])
        #expect(end == [0, 1, 2, 2, 2, 2, 3, 4])
        #expect(alignment.sourceSpan(TextSpan(2, 5)) == TextSpan(2, 2))
    }

    @Test func deletionAtStart() {
        // A dropped 3-byte BOM, then "abcd".
        var alignment = Alignment()
        alignment.appendReplacement(sourceLength: 3, textLength: 0)
        alignment.appendIdentity(length: 4)
        #expect(alignment.textLength == 4)
        #expect(alignment.sourceLength == 7)
        let (start, end) = mapAll(alignment)
        #expect(start == [3, 4, 5, 6, 7], ".start skips the deleted bytes")
        #expect(end == [0, 4, 5, 6, 7], ".end at 0 stays before them")
        #expect(alignment.sourceSpan(TextSpan(0, 2)) == TextSpan(3, 5))
        #expect(alignment.sourceSpan(TextSpan(0, 4)) == TextSpan(3, 7))
        #expect(alignment.sourceSpan(TextSpan(0, 0)) == TextSpan(3, 3))
    }

    @Test func deletionInTheMiddle() {
        // "ab" + deleted control byte + "cd"
        var alignment = Alignment()
        alignment.appendIdentity(length: 2)
        alignment.appendReplacement(sourceLength: 1, textLength: 0)
        alignment.appendIdentity(length: 2)
        let (start, end) = mapAll(alignment)
        #expect(start == [0, 1, 3, 4, 5])
        #expect(end == [0, 1, 2, 4, 5])
        #expect(alignment.sourceSpan(TextSpan(0, 2)) == TextSpan(0, 2), "a span ending at a deletion stops before it")
        #expect(alignment.sourceSpan(TextSpan(2, 4)) == TextSpan(3, 5), "a span starting at a deletion starts after it")
        #expect(alignment.sourceSpan(TextSpan(0, 4)) == TextSpan(0, 5), "a span across a deletion covers it")
        #expect(alignment.sourceSpan(TextSpan(2, 2)) == TextSpan(3, 3))
    }

    @Test func consecutiveDeletionsAreAllSkippedOrAllExcluded() {
        // "ab" + three separate deleted runs (1, 2 and 1 bytes) + "cd"
        var alignment = Alignment()
        alignment.appendIdentity(length: 2)
        alignment.appendReplacement(sourceLength: 1, textLength: 0)
        alignment.appendReplacement(sourceLength: 2, textLength: 0)
        alignment.appendReplacement(sourceLength: 1, textLength: 0)
        alignment.appendIdentity(length: 2)
        #expect(alignment.sourceLength == 8)
        #expect(alignment.sourceOffset(2, bias: .start) == 6)
        #expect(alignment.sourceOffset(2, bias: .end) == 2)
    }

    @Test func deletionAfterAReplacement() {
        // "ab" + (2 source bytes -> 1 text byte) + deleted byte + "cd"
        var alignment = Alignment()
        alignment.appendIdentity(length: 2)
        alignment.appendReplacement(sourceLength: 2, textLength: 1)
        alignment.appendReplacement(sourceLength: 1, textLength: 0)
        alignment.appendIdentity(length: 2)
        #expect(alignment.sourceOffset(3, bias: .end) == 4, "stops at the replacement's end, before the deletion")
        #expect(alignment.sourceOffset(3, bias: .start) == 5, "starts after the deletion")
        #expect(alignment.sourceSpan(TextSpan(2, 3)) == TextSpan(2, 4))
    }

    @Test func deletionAtEnd() {
        // "abc" + deleted trailing bytes
        var alignment = Alignment()
        alignment.appendIdentity(length: 3)
        alignment.appendReplacement(sourceLength: 2, textLength: 0)
        #expect(alignment.textLength == 3)
        #expect(alignment.sourceLength == 5)
        let (start, end) = mapAll(alignment)
        #expect(start == [0, 1, 2, 5])
        #expect(end == [0, 1, 2, 3])
        #expect(alignment.sourceSpan(TextSpan(0, 3)) == TextSpan(0, 3), "the deleted tail is not part of a span ending at the text's end")
        #expect(alignment.sourceSpan(TextSpan(3, 3)) == TextSpan(5, 5))
    }

    @Test func textThatIsEntirelyDeleted() {
        var alignment = Alignment()
        alignment.appendReplacement(sourceLength: 4, textLength: 0)
        #expect(alignment.textLength == 0)
        #expect(alignment.sourceOffset(0, bias: .start) == 4)
        #expect(alignment.sourceOffset(0, bias: .end) == 0)
        #expect(alignment.sourceSpan(TextSpan(0, 0)) == TextSpan(4, 4))
    }

    @Test func emptySpanUsesStartBias() {
        var alignment = Alignment()
        alignment.appendIdentity(length: 2)
        alignment.appendReplacement(sourceLength: 3, textLength: 5)
        alignment.appendIdentity(length: 2)
        for offset in 0...alignment.textLength {
            let expected = alignment.sourceOffset(offset, bias: .start)
            #expect(alignment.sourceSpan(TextSpan(offset, offset)) == TextSpan(expected, expected))
        }
        // Inside the replacement it snaps to the replacement's start.
        #expect(alignment.sourceSpan(TextSpan(4, 4)) == TextSpan(2, 2))
    }

    /// Mapping never goes backwards; at the edges of pieces `.end` never lies after `.start`
    /// (inside a replacement it does: `.start` snaps back, `.end` forward).
    @Test func mappingIsMonotonic() {
        var alignment = Alignment()
        alignment.appendReplacement(sourceLength: 3, textLength: 0)
        alignment.appendIdentity(length: 4)
        alignment.appendReplacement(sourceLength: 2, textLength: 1)
        alignment.appendReplacement(sourceLength: 1, textLength: 0)
        alignment.appendReplacement(sourceLength: 0, textLength: 2)
        alignment.appendIdentity(length: 3)
        alignment.appendReplacement(sourceLength: 3, textLength: 6)
        alignment.appendReplacement(sourceLength: 2, textLength: 0)
        #expect(alignment.textLength == 16)
        #expect(alignment.sourceLength == 18)
        let (start, end) = mapAll(alignment)
        #expect(start == start.sorted())
        #expect(end == end.sorted())
        for edge in [0, 4, 5, 7, 10, 16] { #expect(end[edge] <= start[edge], "at \(edge)") }
        #expect(start[12] == 13 && end[12] == 16, "inside the last replacement")
        #expect(start.first == 3 && end.first == 0)
        #expect(start.last == 18 && end.last == 16)
    }
}

@Suite("Document")
struct DocumentTests {
    @Test func newDocumentIsItsOwnText() {
        let document = Document(id: "d1", source: "Héllo 世界")
        #expect(document.text.utf8.elementsEqual(document.source.utf8))
        #expect(document.alignment == .identity(length: "Héllo 世界".utf8.count))
        #expect(document.layers.isEmpty, "no stage has made the text layer yet")
        #expect(document.sentences.isEmpty && document.tokens.isEmpty && document.entities.isEmpty)
        let span = TextSpan(7, 13)  // 世界
        #expect(document.sourceSpan(span) == span)
        #expect(document.sourceText(span) == "世界")
        #expect(document.text(span) == "世界")
    }

    @Test func sourceTextFollowsTheAlignment() {
        // source "a\r\nb", text "a\nb"
        var document = Document(id: "d", source: "a\r\nb")
        document.text = "a\nb"
        var alignment = Alignment()
        alignment.appendIdentity(length: 1)
        alignment.appendReplacement(sourceLength: 2, textLength: 1)
        alignment.appendIdentity(length: 1)
        document.alignment = alignment
        #expect(document.text(TextSpan(1, 3)) == "\nb")
        #expect(document.sourceSpan(TextSpan(1, 3)) == TextSpan(1, 4))
        #expect(document.sourceText(TextSpan(1, 3)).utf8.elementsEqual("\r\nb".utf8))
        #expect(document.sourceText(TextSpan(2, 3)) == "b")
    }

    /// A name as written, from its first token to its last: white space runs become one space,
    /// ASCII or not, and what lies between the tokens is kept.
    @Test(arguments: [
        ("Nikol Pashinyan", "Nikol Pashinyan"),
        ("Mr. O'Brien-Smith", "Mr. O'Brien-Smith"),
        ("Jean  Juncker", "Jean Juncker"),
        ("Nikol\nPashinyan", "Nikol Pashinyan"),
        ("Ilham\t \r\nAliyev", "Ilham Aliyev"),
        ("Zoë Ball", "Zoë Ball"),
        ("Nagorno\u{00A0}Karabakh", "Nagorno Karabakh"),
        ("Rishi\u{2009} Sunak", "Rishi Sunak"),
        ("A", "A"),
    ])
    func writtenTextMakesOneLine(source: String, expected: String) {
        var document = Document(id: "d", source: "(" + source + ")")
        let words = source.split(whereSeparator: \.isWhitespace)
        for word in words {
            let start = source.utf8.distance(from: source.utf8.startIndex, to: word.utf8.startIndex) + 1
            document.tokens.append(Token(span: TextSpan(start, start + word.utf8.count)))
        }
        #expect(document.writtenText(ofTokens: 0..<document.tokens.count) == expected)
        #expect(document.writtenText(ofTokens: 0..<1) == String(words[0]))
        #expect(document.writtenText(ofTokens: 0..<(document.tokens.count + 1)) == "")
    }

    @Test func appendingAnAlignmentMapsItsOffsetsPastTheFirst() {
        var first = Alignment()
        first.appendIdentity(length: 3)
        first.appendReplacement(sourceLength: 2, textLength: 1)  // CRLF to LF
        var second = Alignment()
        second.appendReplacement(sourceLength: 3, textLength: 0)  // deleted bytes
        second.appendIdentity(length: 4)
        var joined = first
        joined.append(second)

        var expected = first
        expected.appendReplacement(sourceLength: 3, textLength: 0)
        expected.appendIdentity(length: 4)
        #expect(joined == expected)
        #expect(joined.textLength == first.textLength + second.textLength)
        #expect(joined.sourceLength == first.sourceLength + second.sourceLength)
        for offset in 0...second.textLength {
            #expect(joined.sourceOffset(first.textLength + offset, bias: .start)
                == first.sourceLength + second.sourceOffset(offset, bias: .start))
        }
    }
}
