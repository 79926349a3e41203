/// The annotation layers a `Document` carries. Stages declare which they need and make.
public enum Layer: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The normalized text and its alignment to the source.
    case text
    case sentences
    case tokens
    case entities
    case numbers
    case quotes

    public var description: String { rawValue }
}

/// A sentence: its span in the text and the tokens it holds.
public struct Sentence: Hashable, Sendable {
    public var span: TextSpan
    /// Indexes into `Document.tokens`; empty until tokens are made.
    public var tokens: Range<Int>

    public init(span: TextSpan, tokens: Range<Int> = 0..<0) {
        self.span = span
        self.tokens = tokens
    }
}

/// A token: its span in the text. Its form is the text (or source) under that span.
public struct Token: Hashable, Sendable {
    public var span: TextSpan

    public init(span: TextSpan) { self.span = span }
}

/// An entity type from the CoNLL-2003 guidelines.
public enum EntityType: String, Sendable, Hashable, CaseIterable {
    case person = "PER"
    case location = "LOC"
    case organization = "ORG"
    case miscellaneous = "MISC"
}

/// A named-entity mention over a run of tokens.
public struct Entity: Hashable, Sendable {
    public var tokens: Range<Int>
    public var type: EntityType

    public init(tokens: Range<Int>, type: EntityType) {
        self.tokens = tokens
        self.type = type
    }
}
