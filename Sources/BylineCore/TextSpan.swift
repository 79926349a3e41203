/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Offsets are integers rather than `String.Index` so layers stay plain, `Sendable`,
/// comparable across copies of the text, and cheap to store by the million.
public struct TextSpan: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start \(start) is after its end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}

extension String {
    /// The text of a UTF-8 byte span. The span must fall on scalar boundaries.
    public func slice(_ span: TextSpan) -> Substring {
        let utf8 = self.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
        let upper = utf8.index(lower, offsetBy: span.length)
        return self[lower..<upper]
    }
}
