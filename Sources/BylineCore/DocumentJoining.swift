extension Document {
    /// Appends a document annotated from the text that follows this one's source (the next
    /// piece of a file annotated in pieces): the sources, texts and alignments are joined, and
    /// the piece's spans and token ranges are moved past this document's. The layers kept are
    /// those both have.
    public mutating func append(_ piece: Document) {
        let textShift = text.utf8.count
        let tokenShift = tokens.count
        func moved(_ span: TextSpan) -> TextSpan { TextSpan(span.start + textShift, span.end + textShift) }
        func moved(_ range: Range<Int>) -> Range<Int> { (range.lowerBound + tokenShift)..<(range.upperBound + tokenShift) }

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
            quote.content = moved(quote.content)
            quote.speaker = quote.speaker.map(moved)
            quote.cue = quote.cue.map(moved)
            return quote
        }
        layers.formIntersection(piece.layers)
    }
}
