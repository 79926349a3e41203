import ArgumentParser
import Byline

/// `byline people`: each person and organization of a corpus once.
struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people and organizations of a corpus, each once, with their variants and quotes.",
        discussion: """
            Each PATH is a file, a directory (its *.txt files, recursively, in sorted order), or -
            for standard input; with --input-format jsonl, Byline's own JSONL (annotated again
            only for the layers it lacks). One row per person (PER) or organization (ORG) of all
            the inputs together:

              NAME       the name most documents give in full
              TYPE       PER or ORG
              DOCS       documents that mention it
              MENTIONS   entity mentions
              QUOTES     quotations it is the speaker of (also as "he", via the canonical speaker)
              VARIANTS   the other ways it is written: spellings and transliterations
                         (Pashinian, Pashinyan), the surname alone, title and surname, an
                         acronym (EU for European Union)
              CUES       the speech verbs of its quotations, with their number past one

            Within a document a surname joins the full name it belongs to, unless it fits two
            (two Kims); across documents names join by a spelling-folding key, and an acronym
            joins its expansion in the documents that write both (docs/people.md).

            --format jsonl writes one object per entity ({"id", "name", "type", "variants",
            "documents", "mentions", "quotes", "cues"}); --format tsv a header and one line per
            entity. The ids are those of `byline annotate --format jsonl` (entity_id,
            speaker_id). A bad input is reported with its file, line and byte offset; the
            others are still read, and the exit status is 1.

            Examples:
              byline people seeds/
              byline people corpus/ --format tsv > people.tsv
              byline annotate corpus/ --format jsonl > corpus.jsonl
              byline people --input-format jsonl corpus.jsonl --format jsonl
            """)

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String] = ["-"]

    @Option(help: "Input format: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var inputFormat: InputFormat = .text

    @Option(name: [.short, .long], help: "Output format: \(PeopleFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: PeopleFormat = .table

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        var batch = Batch(annotator: try Annotator(), inputFormat: inputFormat)
        batch.progress = progress.display
        let sinks = Batch.Sinks.standard
        var index = PeopleIndex()
        // Each worker reduces its documents to their entities; only those reach the index.
        let failures = batch.forEachInput(paths, sinks: sinks) { _, documents in
            documents.map { DocumentPeople($0) }
        } _: { _, people in
            people.forEach { index.add($0) }
        }
        sinks.output(format.render(index.sorted))
        if failures > 0 { throw ExitCode.failure }
    }
}

extension PeopleFormat: ExpressibleByArgument {}
