/// How a quotation reports speech (the `kind` field of the quote layer).
public enum QuoteKind: String, Sendable, Hashable, CaseIterable {
    /// Whole quoted sentences: “We are ready,” she said.
    case direct
    /// A few quoted words inside reported speech: he promised “concrete measures”.
    case mixed
    /// Reported speech: the clause after a speech verb (the ministry said Yerevan had
    /// responded). Words quoted inside the clause are also a `mixed` quote nested in it.
    case indirect
}

/// A quotation and its attribution. Spans are token ranges of the document, so a speaker
/// may be in another sentence than the quotation it is credited with.
///
/// `parts` are what was said, without the quotation marks, in text order; `content` spans
/// them all. A quotation interrupted by its attribution ("“We are ready,” he said, “to
/// talk.”") is one quote of two parts, as is one that goes on in the next sentence with
/// nothing but its attribution between ("“We are ready,” he said. “We will talk.”"); a
/// quotation that runs over several paragraphs (each reopened, only the last closed) is one
/// quote of one part. `canonicalSpeaker` is the fullest name of the speaker in the document
/// ("he" and "Michel" both become "Charles Michel").
public struct Quote: Hashable, Sendable {
    /// Never empty; in text order and apart from each other (see `hasOrderedParts`).
    public var parts: [Range<Int>]
    public var kind: QuoteKind
    public var speaker: Range<Int>?
    public var cue: Range<Int>?
    public var canonicalSpeaker: String?

    /// A quote of one part.
    public init(content: Range<Int>, kind: QuoteKind, speaker: Range<Int>? = nil,
                cue: Range<Int>? = nil, canonicalSpeaker: String? = nil) {
        self.init(parts: [content], kind: kind, speaker: speaker, cue: cue, canonicalSpeaker: canonicalSpeaker)
    }

    /// A quote of the given parts (in text order, apart from each other; not empty).
    public init(parts: [Range<Int>], kind: QuoteKind, speaker: Range<Int>? = nil,
                cue: Range<Int>? = nil, canonicalSpeaker: String? = nil) {
        precondition(!parts.isEmpty, "a quote has at least one part")
        self.parts = parts
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.canonicalSpeaker = canonicalSpeaker
    }

    /// From the start of the first part to the end of the last: the quote as one span.
    public var content: Range<Int> { parts[0].lowerBound..<parts[parts.count - 1].upperBound }

    /// Whether the parts are what a quote's parts must be: at least one, in text order, with a
    /// gap between each and the next (what a reader checks of parts it is given).
    public var hasOrderedParts: Bool {
        !parts.isEmpty && zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound }
    }
}
