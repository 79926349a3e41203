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

    /// Runs the batch. Returns the number of inputs that failed.
    @discardableResult
    public func run(_ paths: [String], sinks: Sinks) -> Int {
        let (inputs, expansionErrors) = InputFiles(extensions: directoryExtensions).expand(paths)
        var failures = expansionErrors.count
        expansionErrors.forEach { sinks.diagnostic("error: \($0)") }
        let writer = outputFormat.makeWriter()
        var wroteHeader = false
        var index = 0
        for input in inputs {
            do {
                let documents = try annotate(input, sinks: sinks)
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
            } catch let error as InputError {
                failures += 1
                sinks.diagnostic("error: \(error)")
            } catch {
                failures += 1
                sinks.diagnostic("error: \(InputError(file: input.displayName, message: "\(error)"))")
            }
        }
        return failures
    }

    /// Reads, decodes, parses and annotates one input.
    public func annotate(_ input: InputFile, sinks: Sinks) throws -> [Document] {
        let bytes: Data
        if input.isStandardInput {
            bytes = sinks.readStandardInput()
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
        if let warning = decoded.warning { sinks.diagnostic("warning: \(warning)") }
        var documents = try inputFormat.makeReader().read(decoded.text, file: input.displayName)
        for index in documents.indices {
            try annotator.annotate(&documents[index])
        }
        return documents
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
