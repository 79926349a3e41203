import BylineCore

extension Document {
    /// The entities encoded by the last column of the input's token lines (the gold NER tags of
    /// a CoNLL-2003 file, BIO2 or IOB1), or nil when the document was not read from columns.
    /// A tag that is not `O`, `B-TYPE` or `I-TYPE` is an error naming its token.
    public func entitiesFromLastInputColumn() -> Result<[Entity], InvalidTag>? {
        guard let columns = inputColumns else { return nil }
        var decoder = BIODecoder()
        // An entity never crosses a sentence end.
        for sentence in sentences {
            for token in sentence.tokens where token < columns.count {
                let name = columns[token].last ?? "O"
                guard let tag = BIODecoder.parse(name) else { return .failure(InvalidTag(token: token, tag: name)) }
                decoder.add(tag, token: token)
            }
            decoder.close(at: sentence.tokens.upperBound)
        }
        return .success(decoder.entities)
    }
}

/// A tag in an input column that is not a BIO entity tag.
public struct InvalidTag: Error, CustomStringConvertible {
    public let token: Int
    public let tag: String
    public var description: String { "token \(token + 1): bad entity tag '\(tag)': expected \(BIODecoder.expected)" }
}
