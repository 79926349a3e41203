/// Which type was predicted for which gold type, over phrases with the same tokens.
///
/// A gold phrase and a predicted phrase over exactly the same tokens count in the cell of
/// their two types (the diagonal holds conlleval's correct phrases). A gold phrase that no
/// predicted phrase has the same tokens as counts as missed (predicted type nil); a predicted
/// phrase without such a gold one as spurious (gold type nil).
public struct ConfusionTable: Hashable, Sendable {
    public struct Cell: Hashable, Sendable {
        /// Nil: a spurious predicted phrase.
        public var gold: String?
        /// Nil: a missed gold phrase.
        public var predicted: String?

        public init(gold: String?, predicted: String?) {
            self.gold = gold
            self.predicted = predicted
        }
    }

    public var counts: [Cell: Int] = [:]

    public init() {}

    init(gold: [Chunk], predicted: [Chunk]) {
        var predictedBySpan: [Range<Int>: String] = [:]
        for chunk in predicted { predictedBySpan[chunk.tokens] = chunk.type }
        var goldSpans = Set<Range<Int>>()
        for chunk in gold {
            goldSpans.insert(chunk.tokens)
            counts[Cell(gold: chunk.type, predicted: predictedBySpan[chunk.tokens]), default: 0] += 1
        }
        for chunk in predicted where !goldSpans.contains(chunk.tokens) {
            counts[Cell(gold: nil, predicted: chunk.type), default: 0] += 1
        }
    }

    public subscript(gold gold: String?, predicted predicted: String?) -> Int {
        counts[Cell(gold: gold, predicted: predicted)] ?? 0
    }

    /// Gold types (rows) and predicted types (columns) that occur, sorted by bytes.
    public var goldTypes: [String] { Self.sorted(counts.keys.compactMap(\.gold)) }
    public var predictedTypes: [String] { Self.sorted(counts.keys.compactMap(\.predicted)) }

    private static func sorted(_ types: [String]) -> [String] {
        Set(types).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    public static func + (lhs: ConfusionTable, rhs: ConfusionTable) -> ConfusionTable {
        var sum = lhs
        sum.counts.merge(rhs.counts, uniquingKeysWith: +)
        return sum
    }
}
