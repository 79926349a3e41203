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
/// `content` is what was said, without the outer quotation marks; a quotation that runs over
/// several paragraphs (each reopened, only the last closed) is one quote. A quotation
/// interrupted by its attribution ("“We are ready,” he said, “to talk.”") is two quotes with
/// the same speaker. `canonicalSpeaker` is the fullest name of the speaker in the document
/// ("he" and "Michel" both become "Charles Michel").
public struct Quote: Hashable, Sendable {
    public var content: Range<Int>
    public var kind: QuoteKind
    public var speaker: Range<Int>?
    public var cue: Range<Int>?
    public var canonicalSpeaker: String?

    public init(content: Range<Int>, kind: QuoteKind, speaker: Range<Int>? = nil,
                cue: Range<Int>? = nil, canonicalSpeaker: String? = nil) {
        self.content = content
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.canonicalSpeaker = canonicalSpeaker
    }
}
