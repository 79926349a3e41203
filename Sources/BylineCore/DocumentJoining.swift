extension Document {
    /// Appends a document annotated from the text that follows this one's source (the next
    /// piece of a file annotated in pieces): the sources, texts and alignments are joined, and
    /// the piece's spans and token ranges are moved past this document's. The layers kept are
    /// those both have, and the date stays this document's (the first piece's dateline).
    /// Makes room for a whole of about `ratio` times this document, its first piece: the
    /// joined arrays and strings then never grow by doubling, which leaves up to half their
    /// memory unused and needs old and new at once while they move.
    public mutating func reserveCapacity(wholeToPiece ratio: Double) {
        func scaled(_ count: Int) -> Int { Int((Double(count) * ratio * 1.05).rounded(.up)) }
        source.reserveCapacity(scaled(source.utf8.count))
        text.reserveCapacity(scaled(text.utf8.count))
        sentences.reserveCapacity(scaled(sentences.count))
        tokens.reserveCapacity(scaled(tokens.count))
    }

    public mutating func append(_ piece: Document) {
        let textShift = text.utf8.count
        let tokenShift = tokens.count
        func moved(_ span: TextSpan) -> TextSpan { TextSpan(span.start + textShift, span.end + textShift) }
        func moved(_ range: Range<Int>) -> Range<Int> { range.shifted(by: tokenShift) }

        source += piece.source
        text += piece.text
        alignment.append(piece.alignment)
        sentences += piece.sentences.map { Sentence(span: moved($0.span), tokens: moved($0.tokens)) }
        tokens += piece.tokens.map { Token(span: moved($0.span)) }
        entities += piece.entities.map { Entity(tokens: moved($0.tokens), type: $0.type) }
        numbers += piece.numbers.map { number in
            var number = number
            number.tokens = moved(number.tokens)
            number.counted = number.counted.map(moved)
            return number
        }
        quotes += piece.quotes.map { quote in
            var quote = quote
            quote.parts = quote.parts.map(moved)
            quote.speaker = quote.speaker.map(moved)
            quote.cue = quote.cue.map(moved)
            return quote
        }
        layers.formIntersection(piece.layers)
    }
}

extension Range<Int> {
    /// The range moved by `offset` (token ranges of a piece, or of a window, in the whole).
    public func shifted(by offset: Int) -> Range<Int> { (lowerBound + offset)..<(upperBound + offset) }
}
