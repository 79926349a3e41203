/// The part of a chunk tag before its first hyphen, as conlleval.pl's chunk rules see it.
///
/// conlleval (the CoNLL-2000/2003 script, version 2004-01-26) knows `B`, `I`, `E`, `O`, `[`, `]`
/// and `.`; every other prefix is kept verbatim and follows only the type-change rule. It has
/// no rule for `S-` (IOBES singletons), so an `S-` tag is an `.other("S")` here too. BILOU's
/// `L-` and `U-` are read as `E-` and `S-`, the IOBES tags they stand for (conlleval would treat
/// them as unknown prefixes; map them before comparing with its output).
public enum ChunkPrefix: Hashable, Sendable {
    /// `O`: outside any chunk.
    case outside
    /// `B`
    case begin
    /// `I`
    case inside
    /// `E`, and BILOU's `L`.
    case end
    /// `[`: a one-token chunk.
    case openBracket
    /// `]`: a one-token chunk.
    case closeBracket
    /// `.`: neither starts nor ends a chunk through a type change.
    case dot
    /// Anything else, verbatim (`S`, BILOU's `U` read as `S`, a bare word like `PER`).
    case other(String)

    init(_ text: Substring) {
        switch text {
        case "O": self = .outside
        case "B": self = .begin
        case "I": self = .inside
        case "E", "L": self = .end
        case "[": self = .openBracket
        case "]": self = .closeBracket
        case ".": self = .dot
        case "U": self = .other("S")
        default: self = .other(String(text))
        }
    }
}

/// A tag split as conlleval.pl splits it: the prefix before the first hyphen and the type after
/// it (`B-PER` → B, PER; `O` → O, no type; `-X-` → empty prefix, type `X-`).
public struct ChunkTag: Hashable, Sendable {
    public var prefix: ChunkPrefix
    /// The chunk type; empty for a tag without a hyphen. conlleval reads a type through Perl's
    /// truth test, so the type `0` (as in `B-0`) becomes empty too.
    public var type: String

    public init(prefix: ChunkPrefix, type: String) {
        self.prefix = prefix
        self.type = type
    }

    public static let outside = ChunkTag(prefix: .outside, type: "")

    /// Parses a tag with a prefix (`B-PER`), the normal mode.
    public init(_ tag: Substring) {
        if let hyphen = tag.utf8.firstIndex(of: UInt8(ascii: "-")) {
            prefix = ChunkPrefix(tag[..<hyphen])
            type = Self.perlType(tag[tag.utf8.index(after: hyphen)...])
        } else {
            prefix = ChunkPrefix(tag)
            type = ""
        }
    }

    /// Parses a raw tag (conlleval's `-r`): the outside tag and `O` are outside, and every other
    /// tag is the type of a one-token chunk (conlleval prefixes it with `B-`).
    public init(raw tag: Substring, outsideTag: String) {
        if tag == outsideTag || tag == "O" {
            self = .outside
        } else {
            self.init(prefix: .begin, type: Self.perlType(tag))
        }
    }

    private static func perlType(_ text: Substring) -> String { text == "0" ? "" : String(text) }

    private var isOutsideOrDot: Bool { prefix == .outside || prefix == .dot }
    private var isBracket: Bool { prefix == .openBracket || prefix == .closeBracket }

    /// conlleval's `endOfChunk`: whether a chunk ended between a token tagged `previous` and the
    /// next one, tagged `current`.
    public static func chunkEnds(after previous: ChunkTag, before current: ChunkTag) -> Bool {
        switch (previous.prefix, current.prefix) {
        case (.begin, .begin), (.begin, .outside), (.inside, .begin), (.inside, .outside),
             (.end, .end), (.end, .inside), (.end, .outside):
            return true
        default:
            break
        }
        if !previous.isOutsideOrDot && previous.type != current.type { return true }
        return previous.isBracket
    }

    /// conlleval's `startOfChunk`: whether a chunk starts at a token tagged `current` that
    /// follows one tagged `previous`.
    public static func chunkStarts(after previous: ChunkTag, at current: ChunkTag) -> Bool {
        switch (previous.prefix, current.prefix) {
        case (.begin, .begin), (.inside, .begin), (.outside, .begin), (.outside, .inside),
             (.end, .end), (.end, .inside), (.outside, .end):
            return true
        default:
            break
        }
        if !current.isOutsideOrDot && previous.type != current.type { return true }
        return current.isBracket
    }
}

/// How the tags of a file are read: with prefixes (the default), or raw (`-r`).
public struct TagReading: Hashable, Sendable {
    /// Every tag is a chunk type of its own, one token long (conlleval's `-r`).
    public var raw: Bool
    /// The outside tag in raw mode (conlleval's `-o`; like conlleval, only raw mode uses it, and
    /// `O` stays outside as well).
    public var outsideTag: String

    public init(raw: Bool = false, outsideTag: String = "O") {
        self.raw = raw
        self.outsideTag = outsideTag
    }

    public func tag(_ text: Substring) -> ChunkTag {
        raw ? ChunkTag(raw: text, outsideTag: outsideTag) : ChunkTag(text)
    }
}
