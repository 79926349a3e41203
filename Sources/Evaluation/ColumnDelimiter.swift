/// How a line of a tag file splits into columns.
public enum ColumnDelimiter: Hashable, Sendable {
    /// Runs of spaces and tabs (and CR, VT, FF), ignoring them at either end of the line.
    ///
    /// conlleval.pl splits on every single space, so it stops on a tab-separated file and
    /// miscounts columns where spaces double. On files with one space between columns the two
    /// agree; `literal(" ")` reproduces conlleval's splitting exactly.
    case whitespace
    /// Every occurrence of these bytes, as Perl's `split` does it: empty columns between two
    /// delimiters are kept, empty columns at the end of the line are dropped.
    case literal([UInt8])

    /// The delimiter a user gave (conlleval's `-d`): `\t` means a tab; other text is literal.
    /// conlleval reads it as a Perl regular expression, which is the same thing for any
    /// delimiter without regular-expression metacharacters. Nil for an empty delimiter.
    public init?(argument: String) {
        let text = argument.replacing("\\t", with: "\t")
        guard !text.isEmpty else { return nil }
        self = .literal(Array(text.utf8))
    }

    /// The columns of one line (without its line feed), as byte ranges.
    public func columns(of bytes: [UInt8], in line: Range<Int>, into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        switch self {
        case .whitespace:
            var index = line.lowerBound
            while index < line.upperBound {
                while index < line.upperBound && Self.isSpace(bytes[index]) { index += 1 }
                guard index < line.upperBound else { break }
                let start = index
                while index < line.upperBound && !Self.isSpace(bytes[index]) { index += 1 }
                ranges.append(start..<index)
            }
        case .literal(let delimiter):
            var start = line.lowerBound
            var index = line.lowerBound
            while index + delimiter.count <= line.upperBound {
                if bytes[index..<(index + delimiter.count)].elementsEqual(delimiter) {
                    ranges.append(start..<index)
                    index += delimiter.count
                    start = index
                } else {
                    index += 1
                }
            }
            ranges.append(start..<line.upperBound)
            while let last = ranges.last, last.isEmpty { ranges.removeLast() }
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D && byte != 0x0A)
    }
}
