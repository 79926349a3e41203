@_exported import BylineCore
@_exported import EntityLinking
@_exported import EntityTagging
@_exported import Evaluation
@_exported import Formats
@_exported import Normalization
@_exported import NumberExtraction
@_exported import QuoteAttribution
@_exported import Segmentation

/// Byline's standard pipeline: normalize, split sentences, tokenize, tag entities.
///
/// Documents that arrive with layers already made (tokens read from a CoNLL file) skip the
/// stages that would make those layers again, so gold tokens and sentences are kept exactly.
public struct Annotator: Sendable {
    public let stages: [any Stage]
    /// The date of documents that bring none of their own (`--document-date`): an input's
    /// `date` is more particular than one given for a whole run, so it wins.
    public var documentDate: DocumentDate? = nil

    /// - Parameter entityModel: the entity tagger's model; nil for none (no entity layer).
    public init(normalization: NormalizationForm = .nfc, entityModel: (any EntityRecognizer)?) throws {
        var stages: [any Stage] = [Normalizer(form: normalization), try SentenceSplitter(), Tokenizer()]
        if let entityModel { stages.append(EntityTagger(model: entityModel)) }
        stages.append(NumberExtractor())
        if entityModel != nil { stages.append(QuoteAttributor()) }
        self.stages = stages
    }

    /// The standard pipeline with the default tagger (`--ner fast`) shipped in the package.
    public init(normalization: NormalizationForm = .nfc) throws {
        try self.init(normalization: normalization, entityModel: try EntityTaggerKind.fast.recognizer())
    }

    /// Annotates plain text.
    public func annotate(_ text: String, id: String = "-") throws -> Document {
        var document = Document(id: id, source: text)
        try annotate(&document)
        return document
    }

    /// Runs every stage whose layers the document does not have yet.
    public func annotate(_ document: inout Document) throws {
        if document.date == nil { document.dateStamp = documentDate }
        let available = document.layers
        let pending = stages.filter { !$0.produces.isSubset(of: available) }
        try Pipeline(stages: pending, available: available).run(&document)
    }
}
