import BylineCore

/// The tags the tagger predicts: O, and Begin/Inside/Last/Unit for each entity type (BILOU,
/// which Ratinov & Roth 2009 found better than BIO: every tag says
/// whether the entity goes on).
enum BILOU {
    enum Position: Int, CaseIterable { case begin, inside, last, unit }

    static let types = EntityType.allCases
    /// O is 0; then four positions per type.
    static let count = 1 + types.count * Position.allCases.count
    static let outside = 0

    static func tag(_ type: EntityType, _ position: Position) -> Int {
        1 + typeIndex(type) * 4 + position.rawValue
    }

    static func typeIndex(_ type: EntityType) -> Int {
        switch type {
        case .person: 0
        case .location: 1
        case .organization: 2
        case .miscellaneous: 3
        }
    }

    static func type(of tag: Int) -> EntityType? { tag == outside ? nil : types[(tag - 1) / 4] }
    static func position(of tag: Int) -> Position? { tag == outside ? nil : Position(rawValue: (tag - 1) % 4) }

    /// Whether `tag` may follow `previous` (`outside` before a sentence's first token).
    @inline(__always)
    static func allowed(_ tag: Int, after previous: Int) -> Bool { transitions[previous * count + tag] }

    /// `allowed` for every pair, looked up in the decoder's inner loop.
    private static let transitions: [Bool] = (0..<count * count).map { isAllowed($0 % count, after: $0 / count) }

    private static func isAllowed(_ tag: Int, after previous: Int) -> Bool {
        let continues = position(of: previous) == .begin || position(of: previous) == .inside
        switch position(of: tag) {
        case nil, .begin, .unit: return !continues
        case .inside, .last: return continues && type(of: tag) == type(of: previous)
        }
    }

    /// Whether a sentence may end after `tag`: not inside an open entity.
    static func allowedAtEnd(_ tag: Int) -> Bool {
        let position = position(of: tag)
        return position != .begin && position != .inside
    }

    /// The tag of every token of a sentence from its entities.
    static func encode(_ entities: some Sequence<Entity>, tokens: Range<Int>) -> [Int] {
        var tags = [Int](repeating: outside, count: tokens.count)
        for entity in entities where entity.tokens.lowerBound >= tokens.lowerBound && entity.tokens.upperBound <= tokens.upperBound && !entity.tokens.isEmpty {
            let first = entity.tokens.lowerBound - tokens.lowerBound
            let last = entity.tokens.upperBound - 1 - tokens.lowerBound
            if first == last {
                tags[first] = tag(entity.type, .unit)
            } else {
                tags[first] = tag(entity.type, .begin)
                for index in first + 1..<last { tags[index] = tag(entity.type, .inside) }
                tags[last] = tag(entity.type, .last)
            }
        }
        return tags
    }

    /// Entities from a well-formed tag sequence (the decoder only makes well-formed ones);
    /// `offset` is the document index of the sentence's first token.
    static func decode(_ tags: [Int], offset: Int, into entities: inout [Entity]) {
        var start = 0
        for (index, tag) in tags.enumerated() {
            guard let type = type(of: tag), let position = position(of: tag) else { continue }
            switch position {
            case .begin: start = index
            case .inside: break
            case .unit: entities.append(Entity(tokens: offset + index..<offset + index + 1, type: type))
            case .last: entities.append(Entity(tokens: offset + start..<offset + index + 1, type: type))
            }
        }
    }
}
