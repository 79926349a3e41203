/// Maps offsets in a document's normalized text back to offsets in its source.
///
/// The normalizer copies most of the source unchanged and rewrites a few places (a CRLF, a
/// decomposed accent, a typographic quote). The alignment stores the text as a list of
/// pieces, each either an identity copy of the source or a replacement of one source run by
/// one text run (possibly empty, for deleted bytes). Mapping is exact inside identity pieces;
/// an offset inside a replacement snaps to the replacement's start or end.
public struct Alignment: Hashable, Sendable {
    /// Which side of a replaced or deleted run an offset maps to.
    public enum Bias: Sendable {
        /// Span starts: after deleted bytes, at the start of a replaced run.
        case start
        /// Span ends: before deleted bytes, at the end of a replaced run.
        case end
    }

    // Piece i covers text textStarts[i]..<textStarts[i+1] and source sourceStarts[i]..<sourceStarts[i+1];
    // the last entry of each array is the total length.
    private var textStarts: [Int] = [0]
    private var sourceStarts: [Int] = [0]
    private var identity: [Bool] = []

    public init() {}

    /// The alignment of a text identical to its source.
    public static func identity(length: Int) -> Alignment {
        var alignment = Alignment()
        alignment.appendIdentity(length: length)
        return alignment
    }

    /// Whether the text is the source unchanged.
    public var isIdentity: Bool { identity.allSatisfy { $0 } }

    public var textLength: Int { textStarts[textStarts.count - 1] }
    public var sourceLength: Int { sourceStarts[sourceStarts.count - 1] }

    /// Appends a run copied unchanged from the source.
    public mutating func appendIdentity(length: Int) {
        guard length > 0 else { return }
        if identity.last == true {
            textStarts[textStarts.count - 1] += length
            sourceStarts[sourceStarts.count - 1] += length
        } else {
            identity.append(true)
            textStarts.append(textLength + length)
            sourceStarts.append(sourceLength + length)
        }
    }

    /// Appends a source run replaced by a text run of another length (0 deletes it).
    public mutating func appendReplacement(sourceLength replaced: Int, textLength written: Int) {
        guard replaced > 0 || written > 0 else { return }
        identity.append(false)
        textStarts.append(textLength + written)
        sourceStarts.append(sourceLength + replaced)
    }

    /// Appends another alignment after this one: the map of this text followed by that text
    /// (a document annotated in pieces and put back together).
    public mutating func append(_ other: Alignment) {
        for piece in other.identity.indices {
            let written = other.textStarts[piece + 1] - other.textStarts[piece]
            let replaced = other.sourceStarts[piece + 1] - other.sourceStarts[piece]
            if other.identity[piece] {
                appendIdentity(length: written)
            } else {
                appendReplacement(sourceLength: replaced, textLength: written)
            }
        }
    }

    /// The source offset for a text offset in `0...textLength`.
    public func sourceOffset(_ textOffset: Int, bias: Bias) -> Int {
        precondition(textOffset >= 0 && textOffset <= textLength, "offset \(textOffset) outside the text")
        let piece: Int
        switch bias {
        case .start:
            // The last piece starting at or before the offset: skips deletions that end there.
            piece = lastIndex(in: textStarts, notAfter: textOffset)
            if piece == identity.count { return sourceLength }
        case .end:
            // The first piece ending at or after the offset: stops before deletions that start there.
            guard textOffset > 0 else { return 0 }
            piece = firstIndex(in: textStarts, notBefore: textOffset) - 1
        }
        if identity[piece] {
            return sourceStarts[piece] + (textOffset - textStarts[piece])
        }
        if textOffset == textStarts[piece] { return sourceStarts[piece] }
        if textOffset == textStarts[piece + 1] { return sourceStarts[piece + 1] }
        return bias == .start ? sourceStarts[piece] : sourceStarts[piece + 1]
    }

    /// The source span covering a text span.
    public func sourceSpan(_ span: TextSpan) -> TextSpan {
        if span.isEmpty {
            let offset = sourceOffset(span.start, bias: .start)
            return TextSpan(offset, offset)
        }
        return TextSpan(sourceOffset(span.start, bias: .start), sourceOffset(span.end, bias: .end))
    }

    private func lastIndex(in offsets: [Int], notAfter value: Int) -> Int {
        var low = 0, high = offsets.count  // invariant: offsets[low] <= value, answer in low..<high
        while high - low > 1 {
            let middle = (low + high) / 2
            if offsets[middle] <= value { low = middle } else { high = middle }
        }
        return low
    }

    private func firstIndex(in offsets: [Int], notBefore value: Int) -> Int {
        var low = 0, high = offsets.count - 1  // invariant: answer in low...high
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
