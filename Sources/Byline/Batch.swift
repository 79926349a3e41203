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
    /// With `outputDirectory`: leave out inputs whose output a previous run completed.
    public var resume = false
    public var progress = ProgressDisplay.off

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
    @discardableResult
    public func run(_ paths: [String], sinks: Sinks) -> Int {
        if let outputDirectory {
            var writer = OutputTreeWriter(tree: OutputTree(directory: outputDirectory, fileExtension: outputFormat.fileExtension),
                                          writer: outputFormat.makeWriter())
            defer { writer.discardUnfinished() }
            return forEachInput(paths, sinks: sinks) { try writer.write($1, of: $0) }
        }
        let writer = outputFormat.makeWriter()
        var text = writer.header()
        var index = 0
        let failures = forEachInput(paths, sinks: sinks) { _, documents in
            for document in documents {
                writer.write(document, index: index, into: &text)
                index += 1
            }
            // Each unit's output goes out as soon as it is made (streaming under a pipe).
            if !text.isEmpty { sinks.output(text) }
            text = ""
        }
        return failures
    }

    /// Which part of an input a batch of documents is.
    public struct InputPart {
        public var input: InputFile
        /// Whether no more documents of this input will follow.
        public var isLast: Bool
    }

    /// Expands the paths, annotates the inputs and hands their documents to `body`, in input
    /// order: a whole input at once, except a JSON Lines input, given a line at a time and then
    /// once more with no documents and `isLast`. Reports every bad input (and what `body`
    /// throws) and goes on. Returns the number of inputs that failed.
    @discardableResult
    public func forEachInput(_ paths: [String], sinks: Sinks,
                             _ body: (InputPart, [Document]) throws -> Void) -> Int {
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
            (item, Result { () throws(InputError) in try annotate(item, readStandardInput: readStandardInput) })
        } consume: { result in
            // `annotate` reports its errors in its result; the pipeline's own error case never comes.
            guard case .success(let (item, outcome)) = result else { return }
            do {
                let annotated = try outcome.get()
                if let warning = annotated.warning { report("warning: \(warning)") }
                if let documents = joiner.add(annotated.documents, of: item) {
                    try body(InputPart(input: item.input, isLast: item.completesInput), documents)
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
            let size = input.isStandardInput ? nil
                : (try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? 0
            return BatchItems.SizedInput(input: input, byteCount: size)
        }
    }

    /// One work unit's documents, annotated, and the decoder's warning (bytes replaced by `--lossy`).
    public struct Annotated: Sendable {
        public var documents: [Document]
        public var warning: InputError?
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
        case .textPiece(let bytes, let firstLine, let byteOffset):
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

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}

/// Puts the pieces of a text file annotated in pieces back into one document; hands other
/// units' documents through.
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

    /// The documents to hand on for this unit, or nil while pieces of the input are still to come.
    mutating func add(_ documents: [Document], of item: BatchItem) -> [Document]? {
        guard case .textPiece = item.content, let piece = documents.first else { return documents }
        if discarding {
            discarding = !item.completesInput
            return nil
        }
        if joined == nil { joined = piece } else { joined!.append(piece) }
        guard item.completesInput, let document = joined else { return nil }
        joined = nil
        return [document]
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

/// Writes each input's documents to its own file under `--output`, as they come.
private struct OutputTreeWriter {
    let tree: OutputTree
    let writer: any DocumentWriter
    private var open: (input: InputFile, output: PartialOutput, documents: Int)?
    /// An input whose output could not be written: its later parts are not written either.
    private var failed: InputFile?

    init(tree: OutputTree, writer: any DocumentWriter) {
        self.tree = tree
        self.writer = writer
    }

    mutating func write(_ documents: [Document], of part: Batch.InputPart) throws(InputError) {
        guard failed != part.input else { return }
        do {
            try append(documents, of: part)
        } catch {
            discardUnfinished()
            failed = part.input
            throw error
        }
    }

    private mutating func append(_ documents: [Document], of part: Batch.InputPart) throws(InputError) {
        if open?.input != part.input {
            // An input that stopped half way (its stream failed) leaves no output.
            discardUnfinished()
            let output = try tree.begin(part.input)
            open = (part.input, output, 0)
            try output.append(writer.header())
        }
        guard var current = open else { return }
        var text = ""
        for document in documents {
            writer.write(document, index: current.documents, into: &text)
            current.documents += 1
        }
        open = current
        try current.output.append(text)
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
