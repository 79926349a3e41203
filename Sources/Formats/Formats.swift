import BylineCore

/// The formats Byline writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// CoNLL-2003: one token a line, the BIO2 entity tag last, `-DOCSTART-` between documents.
    case conll2003
    /// CoNLL-U Plus with Byline's namespaced columns.
    case conllu
    /// JSON Lines: one object per document with every layer.
    case jsonl
    /// One sentence a line, whitespace collapsed; a blank line between documents.
    case sentences

    /// The usual file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .conll2003: "conll"
        case .conllu: "conllu"
        case .jsonl: "jsonl"
        case .sentences: "txt"
        }
    }

    /// The format's writer; `identities` give JSON Lines its `entity_id` and `speaker_id`.
    public func makeWriter(identities: (any EntityIdentifying)? = nil) -> any DocumentWriter {
        switch self {
        case .conll2003: CoNLL2003Writer()
        case .conllu: CoNLLUWriter()
        case .jsonl: JSONLWriter(identities: identities)
        case .sentences: SentencesWriter()
        }
    }
}

/// Turns documents into the text of one output format.
///
/// Writers always write the source text and source offsets (code points), so that output
/// points into the user's original file.
public protocol DocumentWriter: Sendable {
    /// Written once at the top of each output (a file, or standard output), before any document.
    func header() -> String
    /// Written between two documents of one output.
    var documentSeparator: String { get }
    /// Appends one document, calling `handOn` between sentences (or JSON array elements), where
    /// the output so far may be taken: `handOn` may write `output` out and empty it, so a huge
    /// document's output is never held whole.
    func write(_ document: Document, into output: inout String, handOn: (inout String) -> Void)
}

extension DocumentWriter {
    public var documentSeparator: String { "" }

    /// Appends one document.
    public func write(_ document: Document, into output: inout String) {
        write(document, into: &output, handOn: { _ in })
    }

    /// Appends documents, the separator between each two; `following` says that a document of
    /// the same output comes before them, so the first gets a separator too. A batch renders
    /// its units on several threads this way and joins them in order.
    public func write(_ documents: some Sequence<Document>, following: Bool = false, into output: inout String) {
        var needsSeparator = following
        for document in documents {
            if needsSeparator { output += documentSeparator }
            write(document, into: &output)
            needsSeparator = true
        }
    }
}

/// Says which person or organization each entity mention and quote speaker of a document is,
/// as ids that are the same in every document (see EntityLinking's `EntityLinker`).
public protocol EntityIdentifying: Sendable {
    func identities(of document: Document) -> any DocumentIdentities
}

/// The ids of one document's entity mentions and speakers.
public protocol DocumentIdentities {
    /// The id of the entity mention over these tokens, nil for none (or a type without ids).
    func entityID(at tokens: Range<Int>) -> String?
    /// The id of the person or organization who said a quote, nil when it is none of them.
    func speakerID(of quote: Quote) -> String?
}

/// The formats Byline reads.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Plain text: the whole file is one document.
    case text
    case conll2003
    case conllu
    case jsonl

    /// The format a file name extension (without the dot) usually means, if any:
    /// `txt`/`text` → text, `conll` → conll2003, `conllu` → conllu, `jsonl` → jsonl.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text": self = .text
        case "conll", "conll2003": self = .conll2003
        case "conllu": self = .conllu
        case "jsonl": self = .jsonl
        default: return nil
        }
    }

    public func makeReader() -> any DocumentReader {
        switch self {
        case .text: PlainTextReader()
        case .conll2003: CoNLL2003Reader()
        case .conllu: CoNLLUReader()
        case .jsonl: JSONLReader()
        }
    }
}

/// Parses the text of one input file into documents.
public protocol DocumentReader: Sendable {
    /// Parses a whole file's text into documents. Errors name the file, 1-based line and byte offset of the bad line.
    func read(_ text: String, file: String) throws(InputError) -> [Document]
}

/// Plain text: the whole file is one document, identified by the file name, with only the
/// text layer (the pipeline splits it).
public struct PlainTextReader: DocumentReader {
    public init() {}

    public func read(_ text: String, file: String) throws(InputError) -> [Document] {
        [Document(id: file, source: text)]
    }
}
