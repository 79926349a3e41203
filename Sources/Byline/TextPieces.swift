import BylineCore
import Foundation

/// Cuts a large text file into pieces at blank lines, so its paragraphs can be annotated on
/// several cores and put back together.
///
/// A blank line always ends a sentence, so cutting there changes no sentence or token: the
/// pieces' annotations joined are the whole file's, except for what looks across paragraphs
/// (a quotation continued into the next paragraph, an entity's other mentions, a quote's
/// canonical speaker) at the few cuts. Each piece is at least `minimumBytes` long (the last may
/// be shorter); a file with no blank line after that is one piece.
struct TextPieces {
    struct Piece {
        var bytes: Range<Int>
        /// 1-based line of the piece's first byte in the file, counted as the decoder counts.
        var firstLine: Int
    }

    var minimumBytes: Int

    func pieces(of bytes: Data) -> [Piece] {
        var pieces: [Piece] = []
        var start = bytes.startIndex
        var line = 1
        while start < bytes.endIndex {
            let end = cut(in: bytes, after: start)
            pieces.append(Piece(bytes: start..<end, firstLine: line))
            line += SourceDecoder.line(of: end, in: bytes[start..<end]) - 1
            start = end
        }
        return pieces
    }

    /// The end of the piece that starts at `start`: past the first blank line at least
    /// `minimumBytes` on, and past every line break that follows it, or the end of the file.
    private func cut(in bytes: Data, after start: Int) -> Int {
        var index = start + minimumBytes
        guard index < bytes.endIndex else { return bytes.endIndex }
        while let newline = bytes[index...].firstIndex(of: 0x0A) {
            var next = newline + 1
            if next < bytes.endIndex && bytes[next] == 0x0D { next += 1 }
            if next < bytes.endIndex && bytes[next] == 0x0A {
                // A blank line: the next piece starts at the paragraph after it.
                while next < bytes.endIndex && (bytes[next] == 0x0A || bytes[next] == 0x0D) { next += 1 }
                return next
            }
            index = newline + 1
        }
        return bytes.endIndex
    }
}
