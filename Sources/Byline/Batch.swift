import Foundation

/// Annotates a batch of inputs and writes one output per input (or all to one stream).
///
/// A bad input is reported and skipped; the others are still annotated. Each input's output
/// is built in memory and written whole (files atomically, by rename), so nothing is written half.
public struct Batch {
    public var annotator: Annotator
    public var inputFormat: InputFormat
    public var outputFormat: OutputFormat
    /// Write one file per input under this directory instead of to the output stream.
    public var outputDirectory: String?
    public var decoder: SourceDecoder

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
        public var diagnostic: (String) -> Void
        public var readStandardInput: () -> Data

        public init(output: @escaping (String) -> Void, diagnostic: @escaping (String) -> Void,
                    readStandardInput: @escaping () -> Data) {
            self.output = output
            self.diagnostic = diagnostic
            self.readStandardInput = readStandardInput
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
        let writer = outputFormat.makeWriter()
        var wroteHeader = false
        var index = 0
        return forEachInput(paths, sinks: sinks) { input, documents in
            if let outputDirectory {
                var text = writer.header()
                for (position, document) in documents.enumerated() {
                    writer.write(document, index: position, into: &text)
                }
                try write(text, for: input, under: outputDirectory)
            } else {
                var text = wroteHeader ? "" : writer.header()
                wroteHeader = true
                for document in documents {
                    writer.write(document, index: index, into: &text)
                    index += 1
                }
                sinks.output(text)
            }
        }
    }

    /// Expands the paths, annotates the inputs and hands each one's documents to `body`, in
    /// input order; reports every bad input (and what `body` throws) and goes on. Returns the
    /// number of inputs that failed.
    ///
    /// Inputs are annotated a window at a time, spread over the cores; `body` runs as each
    /// window finishes, so memory holds one window.
    @discardableResult
    public func forEachInput(_ paths: [String], sinks: Sinks,
                             _ body: (InputFile, [Document]) throws -> Void) -> Int {
        let (inputs, expansionErrors) = InputFiles(extensions: directoryExtensions).expand(paths)
        var failures = expansionErrors.count
        expansionErrors.forEach { sinks.diagnostic("error: \($0)") }
        let window = 4 * ProcessInfo.processInfo.activeProcessorCount
        for start in stride(from: 0, to: inputs.count, by: window) {
            let slice = inputs[start..<min(start + window, inputs.count)]
            let results = slice.concurrentMap { input in
                Result { try annotate(input, readStandardInput: sinks.readStandardInput) }
            }
            for (input, result) in zip(slice, results) {
                do {
                    let annotated = try result.get()
                    if let warning = annotated.warning { sinks.diagnostic("warning: \(warning)") }
                    try body(input, annotated.documents)
                } catch let error as InputError {
                    failures += 1
                    sinks.diagnostic("error: \(error)")
                } catch {
                    failures += 1
                    sinks.diagnostic("error: \(InputError(file: input.displayName, message: "\(error)"))")
                }
            }
        }
        return failures
    }

    /// One input's documents, annotated, and the decoder's warning (bytes replaced by `--lossy`).
    public struct Annotated {
        public var documents: [Document]
        public var warning: InputError?
    }

    /// Reads, decodes, parses and annotates one input.
    public func annotate(_ input: InputFile, readStandardInput: () -> Data) throws -> Annotated {
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
        let decoded = try bytes.withUnsafeBytes { raw throws(InputError) in
            try decoder.decode(raw.bindMemory(to: UInt8.self), file: input.displayName)
        }
        var documents = try inputFormat.makeReader().read(decoded.text, file: input.displayName)
        for index in documents.indices {
            try annotator.annotate(&documents[index])
        }
        return Annotated(documents: documents, warning: decoded.warning)
    }

    private func write(_ text: String, for input: InputFile, under directory: String) throws {
        let relative = (input.relativePath as NSString).deletingPathExtension + "." + outputFormat.fileExtension
        let url = URL(fileURLWithPath: directory).appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw InputError(file: url.path, message: "cannot write the output (\(Self.reason(error)))")
        }
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
