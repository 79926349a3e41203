import ArgumentParser
import Byline
import Foundation

@main
struct BylineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Annotate English news text: sentences, tokens, entities, numbers, quotations.",
        discussion: """
            Byline normalizes Unicode (NFC), splits sentences and Penn Treebank
            tokens, tags named entities (PER LOC ORG MISC), finds numbers with their
            values and quotations with their speakers, and writes one of these
            formats (offsets always point into the original file):

              conll2003  one token a line, entity tag last, blank line between sentences
                           -DOCSTART- -X- -X- O

                           Armenia _ _ B-LOC
              conllu     CoNLL-U Plus: ID FORM MISC BYLINE:NE BYLINE:NUMBER BYLINE:QUOTE
                           1  Dec  TokenRange=86:89  O  B-date|calendar=2023-12-07  _
              jsonl      one JSON object per document with every layer
              sentences  one sentence a line, whitespace collapsed

            Examples:
              byline annotate seeds/ --format conllu
              byline quotes seeds/
              byline people seeds/
              byline view seeds/ --output view/
              byline evaluate --gold ../shared/data/conll2003/test.txt
            """,
        subcommands: [Annotate.self, Quotes.self, People.self, View.self, Evaluate.self, Train.self])
}

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate text files, directories of them, or standard input.",
        discussion: """
            Each PATH is a file, a directory (its *.txt files, recursively, in sorted order), or -
            for standard input. Output goes to standard output, or with --output DIR to one file
            per input at the same relative path with the format's extension (.conll, .conllu,
            .jsonl, .txt), each written whole or not at all.

            A file that cannot be read, is empty, binary, or not UTF-8 is reported with its path,
            line and byte offset; the other inputs are still annotated, and the exit status is 1.

            Inputs are read, annotated and written at once on every core, output in input order.
            A text file over 4 MB is annotated in pieces cut at blank lines, joined again before
            it is written (offsets still count from the start of the file). With --input-format
            jsonl, each line is a document ({"id": ..., "text": ...}) and its output is written
            as soon as it is done, so byline works as a filter (Spark's RDD.pipe, Hadoop
            Streaming, xargs, GNU parallel); a bad line is reported with its line and byte
            offset and the other lines go through.

            On a terminal, standard error shows a progress line (files and bytes done, rate,
            time left); --progress and --no-progress force it on or off. A batch of several
            inputs ends with a summary there. With --output DIR, --resume skips the inputs whose
            output an earlier (interrupted) run completed: outputs are renamed into place when
            whole, so only complete ones are found, and partial files are removed.

            Examples:
              byline annotate seeds/                          CoNLL-2003 to standard output
              byline annotate seeds/ --format jsonl --output out/
              cat article.txt | byline annotate - --format sentences
              byline annotate --input-format conll2003 test.txt > scored.txt
                (keeps the file's tokens and appends Byline's tag as a last column, so
                 perl conlleval.pl < scored.txt scores it)
              byline annotate corpus/ --output out/ --resume   after an interrupted run
              byline annotate --input-format jsonl --format jsonl - < docs.jsonl
            """)

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String] = ["-"]

    @Option(name: [.short, .long], help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .conll2003

    @Option(name: .long, help: "Input format: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var inputFormat: InputFormat = .text

    @Option(name: [.short, .long], help: "Write one output file per input under this directory.")
    var output: String?

    @OptionGroup var annotation: AnnotatorOptions

    @Flag(help: "Replace invalid UTF-8 with U+FFFD and warn, instead of rejecting the file.")
    var lossy = false

    @Flag(help: "With --output: skip inputs whose output an earlier run completed.")
    var resume = false

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if resume && output == nil { throw ValidationError("--resume needs --output DIR (it looks for the outputs there)") }
    }

    func run() throws {
        var batch = Batch(
            annotator: try annotation.annotator(),
            inputFormat: inputFormat,
            outputFormat: format, outputDirectory: output, lossy: lossy)
        batch.resume = resume
        batch.progress = progress.display
        let failures = batch.run(paths, sinks: .standard)
        if failures > 0 { throw ExitCode.failure }
    }
}

/// The options that decide how documents are annotated, shared by `annotate` and `view`.
struct AnnotatorOptions: ParsableArguments {
    @Option(help: "Unicode normalization form: nfc or nfkc.")
    var normalization: NormalizationChoice = .nfc

    @Option(help: "The entity tagger: fast (the default, an averaged perceptron) or accurate (a BiLSTM-CRF, slower).")
    var ner: EntityTaggerKind = .fast

    @Option(help: "A named-entity model file of the --ner kind to use instead of the one shipped with byline.")
    var nerModel: String?

    @Option(help: "The date the documents were written (YYYY-MM-DD), or when (YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]), for those whose input gives none: \"on Thursday\" and \"last week\" are resolved against the day, \"in two hours\" against the time. Default: each document's dateline.")
    var documentDate: DocumentDate?

    func annotator() throws -> Annotator {
        var annotator = try Annotator(
            normalization: normalization.form,
            entityModel: try ner.recognizer(modelFile: nerModel))
        annotator.documentDate = documentDate
        return annotator
    }
}

/// `--document-date YYYY-MM-DD` or a timestamp `YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]`.
extension DocumentDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

enum NormalizationChoice: String, ExpressibleByArgument, CaseIterable {
    case nfc, nfkc
    var form: NormalizationForm { self == .nfc ? .nfc : .nfkc }
}

extension OutputFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}

/// `--progress` / `--no-progress`, shared by the commands that run a batch.
struct ProgressOptions: ParsableArguments {
    @Flag(inversion: .prefixedNo,
          help: "Show a progress line on standard error (default: when it is a terminal).")
    var progress: Bool?

    var display: ProgressDisplay {
        let terminal = isatty(STDERR_FILENO) != 0
        switch progress {
        case nil: return terminal ? .redrawn : .off
        case true?: return terminal ? .redrawn : .lines
        case false?: return .off
        }
    }
}

extension Batch.Sinks {
    /// Standard output, standard error (each message prefixed `byline: `) and standard input.
    static var standard: Batch.Sinks {
        let standardError = FileHandle.standardError
        return Batch.Sinks(
            output: { FileHandle.standardOutput.write(Data($0.utf8)) },
            diagnostic: { standardError.write(Data("byline: \($0)\n".utf8)) },
            readStandardInput: { FileHandle.standardInput.readDataToEndOfFile() },
            readStandardInputChunk: { FileHandle.standardInput.availableData },
            progress: { standardError.write(Data($0.utf8)) })
    }
}

extension EntityTaggerKind: ExpressibleByArgument {}
