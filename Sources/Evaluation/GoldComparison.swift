import BylineCore
import Formats

/// Puts predicted tags next to a gold file's tags, token by token, as conlleval's input.
///
/// The tagged documents are the gold file's, read in the order conlleval would read the gold
/// file with the prediction appended as a last column (what `byline annotate --input-format
/// conll2003` writes): a document's `-DOCSTART-` line is a token, tagged with its own last
/// column and `O`, followed by a boundary, and every sentence is followed by a boundary. So the
/// figures are those of `conlleval.pl` on that output, token counts included.
public struct GoldComparison: Sendable {
    public var gold: TaggedFile
    public var tags: TagReading

    public init(gold: TaggedFile, tags: TagReading = TagReading()) {
        self.gold = gold
        self.tags = tags
    }

    /// Pairs the gold file with a predicted file of the same tokens in the same sentences.
    /// A different token form, a sentence that ends in one file and not the other, or a
    /// different number of sentences is an error at the predicted file's line that names the
    /// gold file's line too.
    public func documents(predicted: TaggedFile) throws(InputError) -> [TaggedDocument] {
        let goldSentences = gold.sentenceRanges(), predictedSentences = predicted.sentenceRanges()
        func mismatch(at token: Int?, _ message: String) -> InputError {
            let position = token.map { predicted.positions[$0] }
            return InputError(file: predicted.name, line: position?.line, byteOffset: position?.byteOffset, message: message)
        }
        func goldToken(_ token: Int) -> String { "\(gold.place(token)) ('\(gold.form(at: token))')" }

        for (index, g) in goldSentences.enumerated() {
            guard index < predictedSentences.count else {
                throw mismatch(at: predictedSentences.last.map { $0.upperBound - 1 },
                               "the predicted file ends after \(index) sentences; the gold file goes on at \(goldToken(g.lowerBound))")
            }
            let p = predictedSentences[index]
            for (goldIndex, predictedIndex) in zip(g, p) {
                let predictedForm = predicted.form(at: predictedIndex)
                guard gold.form(at: goldIndex).utf8.elementsEqual(predictedForm.utf8) else {
                    throw mismatch(at: predictedIndex, "token '\(predictedForm)' where the gold file has "
                                   + "'\(gold.form(at: goldIndex))' at \(gold.place(goldIndex))")
                }
            }
            if p.count > g.count {
                let extra = p.lowerBound + g.count
                throw mismatch(at: extra, "'\(predicted.form(at: extra))' goes on a sentence that the gold file "
                               + "ends at \(gold.place(g.upperBound - 1))")
            }
            if p.count < g.count {
                throw mismatch(at: p.upperBound - 1,
                               "the sentence ends here, but in the gold file it goes on at \(goldToken(g.lowerBound + p.count))")
            }
        }
        if predictedSentences.count > goldSentences.count {
            let last = gold.positions.isEmpty ? "has none" : "ends at \(gold.place(gold.positions.count - 1))"
            throw mismatch(at: predictedSentences[goldSentences.count].lowerBound,
                           "a sentence after the gold file's last sentence, which \(last)")
        }
        return documents(predictedTags: predicted.tags)
    }

    /// Pairs the gold file with predictions made on its own tokens (`predictionInput()`),
    /// one document per gold document, the predicted tags BIO2 from their entities.
    public func documents(predictions: [Document]) throws(InputError) -> [TaggedDocument] {
        guard predictions.count == gold.documents.count else {
            throw InputError(file: gold.name, message: "\(predictions.count) predicted documents for \(gold.documents.count) gold documents")
        }
        var predictedTags: [String] = []
        predictedTags.reserveCapacity(gold.tags.count)
        for (goldDocument, prediction) in zip(gold.documents, predictions) {
            guard prediction.tokens == goldDocument.tokens else {
                throw InputError(file: gold.name, message: "the pipeline changed the tokens of document \(goldDocument.id)")
            }
            predictedTags += BIOTags(prediction).all
        }
        return documents(predictedTags: predictedTags)
    }

    /// The gold documents as the pipeline should see them: text, sentences and tokens, without
    /// the gold entities, numbers and quotes or the input's columns (which hold the gold tags).
    public func predictionInput() -> [Document] {
        gold.documents.map { document in
            var input = document.removingAnnotations([.entities, .numbers, .quotes])
            input.inputColumns = nil
            input.inputDocumentStart = nil
            return input
        }
    }

    /// Runs the pipeline (`annotate`) on `predictionInput()`, documents spread over the cores,
    /// and returns the annotated documents in order; the first error thrown, if any, is rethrown.
    public func predict(_ annotate: @escaping @Sendable (inout Document) throws -> Void) throws -> [Document] {
        let results = predictionInput().concurrentMap { input in
            Result { () throws -> Document in
                var document = input
                try annotate(&document)
                return document
            }
        }
        return try results.map { try $0.get() }
    }

    private func documents(predictedTags: [String]) -> [TaggedDocument] {
        var result: [TaggedDocument] = []
        var offset = 0
        for document in gold.documents {
            var tagged = TaggedDocument(id: document.id, file: gold.name)
            if let start = document.inputDocumentStart {
                let goldTag = start.count >= 2 ? start[start.count - 1] : "O"
                tagged.append(TaggedToken(form: start.first ?? CoNLL2003Reader.docStart,
                                          gold: tags.tag(Substring(goldTag)), predicted: tags.tag("O")))
                tagged.appendBoundary()
            }
            for sentence in document.sentences where !sentence.tokens.isEmpty {
                for token in sentence.tokens {
                    let flat = offset + token
                    tagged.append(TaggedToken(
                        form: String(document.sourceText(document.tokens[token].span)),
                        gold: tags.tag(Substring(gold.tags[flat])), predicted: tags.tag(Substring(predictedTags[flat])),
                        line: gold.positions[flat].line))
                }
                tagged.appendBoundary()
            }
            offset += document.tokens.count
            result.append(tagged)
        }
        return result
    }
}
