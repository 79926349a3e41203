import Foundation
import Synchronization

/// Annotates a batch of inputs and writes one output per input (or all to one stream).
///
/// Reading, annotation and writing overlap: `workers` threads read and annotate while the
/// calling thread writes, in input order, with at most `capacity` work units in flight (see
/// `OrderedWorkPipeline`), so memory is bounded by the queue, not the corpus. A unit is a
/// whole input, a piece of a text file larger than `pieceBytes` (cut at a blank line, the pieces
/// joined again before writing), or one line of a JSON Lines input (written as soon as it is
/// annotated, so standard input streams). A bad input (or JSON line) is reported and skipped;
/// the others are still annotated. Output files are written to a partial file and renamed, so
/// nothing is written half.
public struct Batch: Sendable {
    public var annotator: Annotator
    public var inputFormat: InputFormat
    public var outputFormat: OutputFormat
    /// Write one file per input under this directory instead of to the output stream.
    public var outputDirectory: String?
    public var decoder: SourceDecoder
    /// Threads that read and annotate; the cores by default.
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Work units in flight at most (read, being annotated, or waiting to be written in order).
    public var capacity: Int?
    /// Text files larger than this are annotated in pieces of about this size.
    public var pieceBytes = 4 << 20
    /// A document with at least this much text is rendered as it is written, a chunk at a
    /// time, so its output (ten times its text, in JSON Lines) is never held whole.
    public var streamedDocumentBytes = 4 << 20
    /// With `outputDirectory`: leave out inputs whose output a previous run completed.
    public var resume = false
    public var progress = ProgressDisplay.off
    /// Gives JSON Lines output its `entity_id` and `speaker_id`: ids made from each document
    /// alone, so a batch, its pieces and a stream agree on them.
    public var identities: (any EntityIdentifying)? = EntityLinker()

    public init(annotator: Annotator, inputFormat: InputFormat = .text, outputFormat: OutputFormat = .conll2003,
                outputDirectory: String? = nil, lossy: Bool = false) {
        self.annotator = annotator
        self.inputFormat = inputFormat
        self.outputFormat = outputFormat
        self.outputDirectory = outputDirectory
        self.decoder = SourceDecoder(lossy: lossy)
    }

    /// Where the batch's output and messages go; the CLI passes standard output and error.
    public struct Sinks {
        public var output: (String) -> Void
        /// One message (an error, a warning, the summary), without a line end.
        public var diagnostic: (String) -> Void
        /// Standard input, whole.
        public var readStandardInput: @Sendable () -> Data
        /// Standard input as it arrives: the bytes there are, waiting for some; none at its end.
        public var readStandardInputChunk: @Sendable () -> Data
        /// Raw text for standard error: the progress line.
        public var progress: (String) -> Void

        public init(output: @escaping (String) -> Void, diagnostic: @escaping (String) -> Void,
                    readStandardInput: @escaping @Sendable () -> Data,
                    readStandardInputChunk: (@Sendable () -> Data)? = nil,
                    progress: @escaping (String) -> Void = { _ in }) {
            self.output = output
            self.diagnostic = diagnostic
            self.readStandardInput = readStandardInput
            self.readStandardInputChunk = readStandardInputChunk ?? Self.once(readStandardInput)
            self.progress = progress
        }

        /// A chunk reader that hands out all of standard input once.
        private static func once(_ read: @escaping @Sendable () -> Data) -> @Sendable () -> Data {
            let done = Mutex(false)
            return { done.withLock { done in defer { done = true }; return done ? Data() : read() } }
        }
    }

    /// The extensions a directory argument is searched for.
    public var directoryExtensions: Set<String> {
        switch inputFormat {
        case .text: ["txt"]
        case .conll2003: ["conll", "txt"]
        case .conllu: ["conllu"]
        case .jsonl: ["jsonl"]
        }
    }

    /// Runs the batch, writing each input's documents in the output format. Returns the number
    /// of inputs that failed.
    ///
    /// Every unit is rendered by the worker that annotated it, and a whole input's output file
    /// is written there too: only the inputs that come in parts (JSON Lines, large text files)
    /// and standard output are written in order, by the calling thread.
    @discardableResult
    public func run(_ paths: [String], sinks: Sinks) -> Int {
        let writer = outputFormat.makeWriter(identities: identities)
        if let outputDirectory {
            let tree = OutputTree(directory: outputDirectory, fileExtension: outputFormat.fileExtension)
            var partsWriter = OutputTreePartsWriter(tree: tree, writer: writer)
            defer { partsWriter.discardUnfinished() }
            return forEachInput(paths, sinks: sinks) { part, documents -> RenderedPart? in
                let rendered = RenderedPart(documents, writer: writer, streamedFrom: streamedDocumentBytes)
                guard part.isWhole else { return rendered }
                try tree.write(part.input) { output in
                    try output.append(writer.header())
                    try rendered.write(with: writer, to: output.append)
                }
                return nil
            } _: { part, rendered in
                if let rendered { try partsWriter.write(rendered, of: part) }
            }
        }
        var headerWritten = false, documentsWritten = false
        return forEachInput(paths, sinks: sinks) { _, documents in
            RenderedPart(documents, writer: writer, streamedFrom: streamedDocumentBytes)
        } _: { _, rendered in
            // Each unit's output goes out as soon as it is made (streaming under a pipe).
            func emit(_ text: String) { if !text.isEmpty { sinks.output(text) } }
            if !headerWritten { emit(writer.header()) }
            headerWritten = true
            guard rendered.documents > 0 else { return }
            if documentsWritten { emit(writer.documentSeparator) }
            documentsWritten = true
            try rendered.write(with: writer, to: emit)
        }
    }

    /// Which part of an input a batch of documents is.
    public struct InputPart: Sendable {
        public var input: InputFile
        /// Whether no documents of this input came before.
        public var isFirst: Bool
        /// Whether no more documents of this input will follow.
        public var isLast: Bool
        /// Whether these are all the input's documents.
        public var isWhole: Bool { isFirst && isLast }
    }

    /// Expands the paths, annotates the inputs, hands each unit's documents to `prepare` on the
    /// worker that annotated them, and what it returns to `body` on the calling thread, in input
    /// order: a whole input at once, except a JSON Lines input, given a line at a time and then
    /// once more with no documents and `isLast`. A text file annotated in pieces is joined on
    /// the calling thread and prepared there, whole. Reports every bad input (and what
    /// `prepare` or `body` throws) and goes on. Returns the number of inputs that failed.
    @discardableResult
    public func forEachInput<Prepared>(_ paths: [String], sinks: Sinks,
                                       prepare: @escaping @Sendable (InputPart, [Document]) throws -> Prepared,
                                       _ body: (InputPart, Prepared) throws -> Void) -> Int {
        let (expanded, expansionErrors) = InputFiles(extensions: directoryExtensions).expand(paths)
        let inputs = resumable(expanded)
        var progress = BatchProgress(
            display: progress, totalFiles: inputs.count,
            totalBytes: inputs.contains { $0.byteCount == nil } ? nil : inputs.reduce(0) { $0 + ($1.byteCount ?? 0) },
            skipped: expanded.count - inputs.count, write: sinks.progress)
        func report(_ message: String) {
            progress.clearLine()
            sinks.diagnostic(message)
        }
        expansionErrors.forEach { report("error: \($0)") }

        let items = BatchItems(inputs, inputFormat: inputFormat, pieceBytes: pieceBytes,
                               readStandardInputChunk: sinks.readStandardInputChunk)
        var joiner = PieceJoiner()
        var inputFailed = false
        let readStandardInput = sinks.readStandardInput
        OrderedWorkPipeline(workers: workers, capacity: capacity ?? 4 * workers).run(items) { item in
            (item, Result { try work(item, readStandardInput: readStandardInput, prepare: prepare) })
        } consume: { result in
            // `work` reports its errors in its result; the pipeline's own error case never comes.
            guard case .success(let (item, outcome)) = result else { return }
            do {
                let done = try outcome.get()
                if let warning = done.warning { report("warning: \(warning)") }
                switch done.result {
                case .prepared(let prepared):
                    try body(InputPart(input: item.input, isFirst: item.beginsInput, isLast: item.completesInput), prepared)
                case .piece(let piece):
                    if let document = joiner.add(piece, of: item) {
                        let whole = InputPart(input: item.input, isFirst: true, isLast: true)
                        try body(whole, try prepare(whole, [document]))
                    }
                }
            } catch {
                inputFailed = true
                joiner.fail(item)
                report("error: \(error as? InputError ?? InputError(file: item.input.displayName, message: "\(error)"))")
            }
            progress.add(bytes: item.byteCount)
            if item.completesInput {
                progress.finishInput(failed: inputFailed)
                inputFailed = false
            }
        }
        let summary = progress.finish()
        if progress.display != .off || expanded.count > 1 { sinks.diagnostic(summary) }
        return progress.failed + expansionErrors.count
    }

    /// The inputs with their sizes; with `resume`, without those whose output is complete (and
    /// the partial files of a killed run removed).
    private func resumable(_ inputs: [InputFile]) -> [BatchItems.SizedInput] {
        var kept = inputs
        if resume, let outputDirectory {
            let tree = OutputTree(directory: outputDirectory, fileExtension: outputFormat.fileExtension)
            tree.removePartialFiles()
            kept = inputs.filter { !tree.isComplete($0) }
        }
        return kept.map { input in
            BatchItems.SizedInput(input: input, byteCount: input.isStandardInput ? nil : Self.size(of: input.path))
        }
    }

    /// What a worker made of one work unit, and the decoder's warning (bytes replaced by `--lossy`).
    struct WorkDone<Prepared> {
        enum Result {
            /// What `prepare` returned for the unit's documents.
            case prepared(Prepared)
            /// A piece of a text file, annotated, to be joined with the file's other pieces.
            case piece(Document)
        }

        var result: Result
        var warning: InputError?
    }

    /// Annotates one unit and prepares its documents, unless it is a piece of a larger whole.
    private func work<Prepared>(_ item: BatchItem, readStandardInput: () -> Data,
                                prepare: (InputPart, [Document]) throws -> Prepared) throws -> WorkDone<Prepared> {
        let annotated = try annotate(item, readStandardInput: readStandardInput)
        if case .textPiece = item.content, let piece = annotated.documents.first {
            return WorkDone(result: .piece(piece), warning: annotated.warning)
        }
        let part = InputPart(input: item.input, isFirst: item.beginsInput, isLast: item.completesInput)
        return WorkDone(result: .prepared(try prepare(part, annotated.documents)), warning: annotated.warning)
    }

    /// One work unit's documents, annotated, and the decoder's warning.
    struct Annotated: Sendable {
        var documents: [Document]
        var warning: InputError?
    }

    /// Reads (when the unit is a whole input), decodes, parses and annotates one unit.
    func annotate(_ item: BatchItem, readStandardInput: () -> Data) throws(InputError) -> Annotated {
        let input = item.input
        switch item.content {
        case .wholeFile:
            let bytes: Data
            if input.isStandardInput {
                bytes = readStandardInput()
            } else {
                do {
                    bytes = try Data(contentsOf: URL(fileURLWithPath: input.path))
                } catch {
                    throw InputError(file: input.path, message: "cannot read the file (\(Self.reason(error)))")
                }
            }
            let decoded = try decoder.decode(bytes, file: input.displayName, line: 1, byteOffset: 0)
            var documents = try inputFormat.makeReader().read(decoded.text, file: input.displayName)
            for index in documents.indices { try annotate(&documents[index], input) }
            return Annotated(documents: documents, warning: decoded.warning)
        case .textPiece(let bytes, let firstLine, let byteOffset, _):
            let decoded = try decoder.decode(bytes, file: input.displayName, line: firstLine, byteOffset: byteOffset)
            var document = Document(id: input.displayName, source: decoded.text)
            try annotate(&document, input)
            return Annotated(documents: [document], warning: decoded.warning)
        case .jsonLine(let bytes, let line, let byteOffset, let number):
            let decoded = try decoder.decode(Data(bytes), file: input.displayName, line: line, byteOffset: byteOffset)
            let place = LineCursor.Line(start: byteOffset, end: byteOffset + bytes.count, number: line)
            guard var document = try JSONLReader().document(decoded.text.utf8, at: place, file: input.displayName, number: number)
            else { return Annotated(documents: [], warning: decoded.warning) }
            try annotate(&document, input)
            return Annotated(documents: [document], warning: decoded.warning)
        case .end(let error):
            if let error { throw error }
            return Annotated(documents: [], warning: nil)
        }
    }

    private func annotate(_ document: inout Document, _ input: InputFile) throws(InputError) {
        do {
            try annotator.annotate(&document)
        } catch {
            throw error as? InputError ?? InputError(file: input.displayName, message: "\(error)")
        }
    }

    /// A file's size, 0 when it cannot be read (its worker says why). stat(2), since
    /// `FileManager.attributesOfItem` also looks up the owner's and group's names in the user
    /// database, three more system calls a file.
    private static func size(of path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// Why a Foundation file operation failed, in the words of strerror(3) where it says.
    public static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}

/// Puts the pieces of a text file annotated in pieces back into one document.
private struct PieceJoiner {
    private var joined: Document?
    /// Set after a piece failed, until the input's last piece: its other pieces are dropped.
    private var discarding = false

    /// A unit failed: a file annotated in pieces is dropped whole.
    mutating func fail(_ item: BatchItem) {
        guard case .textPiece = item.content else { return }
        joined = nil
        discarding = !item.completesInput
    }

    /// The whole document once its last piece is added; nil while pieces are still to come.
    mutating func add(_ piece: Document, of item: BatchItem) -> Document? {
        if discarding {
            discarding = !item.completesInput
            return nil
        }
        if joined == nil {
            joined = piece
            if case .textPiece(let bytes, _, _, let fileBytes) = item.content, !bytes.isEmpty {
                joined!.reserveCapacity(wholeToPiece: Double(fileBytes) / Double(bytes.count))
            }
        } else {
            joined!.append(piece)
        }
        guard item.completesInput, let document = joined else { return nil }
        joined = nil
        return document
    }
}

/// A unit's documents in the output format, rendered by the worker that annotated them; or one
/// large document, rendered only as it is written (see `Batch.streamedDocumentBytes`).
enum RenderedPart: Sendable {
    case text(String, documents: Int)
    case large(Document)

    /// How much output is handed on at once when a large document is written.
    static let chunkBytes = 1 << 20

    init(_ documents: [Document], writer: any DocumentWriter, streamedFrom streamedBytes: Int) {
        if documents.count == 1, documents[0].source.utf8.count >= streamedBytes {
            self = .large(documents[0])
            return
        }
        var text = ""
        writer.write(documents, into: &text)
        self = .text(text, documents: documents.count)
    }

    var documents: Int {
        switch self {
        case .text(_, let documents): documents
        case .large: 1
        }
    }

    /// Hands the output to `emit`, whole or a chunk at a time; stops at the first error `emit` throws.
    func write(with writer: any DocumentWriter, to emit: (String) throws -> Void) throws {
        switch self {
        case .text(let text, _):
            try emit(text)
        case .large(let document):
            var failure: (any Error)?
            var output = ""
            writer.write(document, into: &output) { output in
                guard output.utf8.count >= Self.chunkBytes else { return }
                if failure == nil {
                    do { try emit(output) } catch { failure = error }
                }
                output = ""
            }
            if let failure { throw failure }
            try emit(output)
        }
    }
}

private extension SourceDecoder {
    /// Decodes bytes that start at a line and byte offset of the file, placing errors in the file.
    func decode(_ bytes: Data, file: String, line: Int, byteOffset: Int) throws(InputError) -> Decoded {
        func placed(_ error: InputError) -> InputError {
            var error = error
            error.line = error.line.map { $0 + line - 1 }
            error.byteOffset = error.byteOffset.map { $0 + byteOffset }
            return error
        }
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(InputError) in try decode(raw.bindMemory(to: UInt8.self), file: file) }
        }
        switch result {
        case .success(var decoded):
            decoded.warning = decoded.warning.map(placed)
            return decoded
        case .failure(let error):
            throw placed(error)
        }
    }
}

/// Writes the inputs that come in parts (JSON Lines) to their files under `--output`, a part
/// at a time as they come, in order.
private struct OutputTreePartsWriter {
    let tree: OutputTree
    let writer: any DocumentWriter
    private var open: (input: InputFile, output: PartialOutput, documents: Int)?
    /// An input whose output could not be written: its later parts are not written either.
    private var failed: InputFile?

    init(tree: OutputTree, writer: any DocumentWriter) {
        self.tree = tree
        self.writer = writer
    }

    mutating func write(_ rendered: RenderedPart, of part: Batch.InputPart) throws(InputError) {
        guard failed != part.input else { return }
        do {
            try append(rendered, of: part)
        } catch {
            discardUnfinished()
            failed = part.input
            throw error
        }
    }

    private mutating func append(_ rendered: RenderedPart, of part: Batch.InputPart) throws(InputError) {
        if open?.input != part.input {
            // An input that stopped half way (its stream failed) leaves no output.
            discardUnfinished()
            let output = try tree.begin(part.input)
            open = (part.input, output, 0)
            try output.append(writer.header())
        }
        guard var current = open else { return }
        if rendered.documents > 0 {
            if current.documents > 0 { try current.output.append(writer.documentSeparator) }
            do {
                try rendered.write(with: writer, to: current.output.append)
            } catch {
                throw error as? InputError ?? PartialOutput.writeError(current.output.final, error)
            }
            current.documents += rendered.documents
        }
        open = current
        if part.isLast {
            open = nil
            try current.output.commit()
        }
    }

    mutating func discardUnfinished() {
        open?.output.discard()
        open = nil
    }
}
