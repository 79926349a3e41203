import ArgumentParser
import Byline

/// `byline view`: the annotations as HTML pages a person reads in a browser.
struct View: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one HTML page per document and an index of the corpus.",
        discussion: """
            Each PATH is a file, a directory (its *.txt files, recursively, in sorted order), or -
            for standard input, read as byline annotate reads them (--input-format jsonl: one
            document a line). Into DIR go:

              NAME.html    one self-contained page per document (no external files), named
                           from the document id: entities coloured by type with a legend,
                           numbers with their value and date on hover, quotations highlighted
                           with their speaker and cue, and a table of the quotations
              index.html   the documents with their counts, and a table of the people and
                           organizations named or quoted, linked to their quotations

            A bad input is reported with its file, line and byte offset; the other documents
            still get their pages, and the exit status is 1. Each file is written whole or not
            at all.

            Example: byline view seeds/ --output view/ && chromium view/index.html
            """)

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String] = ["-"]

    @Option(name: [.short, .long], help: "The directory to write the pages into (made when missing).")
    var output: String

    @Option(help: "Input format: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var inputFormat: InputFormat = .text

    @OptionGroup var annotation: AnnotatorOptions

    @Flag(help: "Replace invalid UTF-8 with U+FFFD and warn, instead of rejecting the file.")
    var lossy = false

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        var batch = Batch(annotator: try annotation.annotator(), inputFormat: inputFormat, lossy: lossy)
        batch.progress = progress.display
        let failures = ViewSite(batch: batch, directory: output).run(paths, sinks: .standard)
        if failures > 0 { throw ExitCode.failure }
    }
}
