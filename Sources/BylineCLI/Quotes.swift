import ArgumentParser
import Byline
import Foundation

/// `byline quotes`: who said what, as a table a person reads.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the quotations of text files with their speakers and cues.",
        discussion: """
            Each PATH is a file, a directory (its *.txt files, recursively, in sorted order), or -
            for standard input. For every document, one row per quotation in text order:

              SPEAKER          the canonical speaker (the fullest name in the document), else
                               the speaker as written, else -
              CUE              the speech verb or "according to", else -
              KIND             direct (whole quoted sentences), mixed (quoted words inside
                               the reporter's sentence) or indirect (reported, no marks)
              QUOTATION        the words, wrapped to --width; with --lines N, cut after N lines

            Example: byline quotes seeds/
            """)

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String] = ["-"]

    @Option(help: "Input format: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var inputFormat: InputFormat = .text

    @Option(help: "Width of the table in characters.")
    var width = 100

    @Option(help: "Lines of a quotation shown before it is cut with …")
    var lines = 4

    @Flag(help: "Leave out indirect speech (reported without quotation marks).")
    var noIndirect = false

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if width < 40 { throw ValidationError("--width must be at least 40") }
        if lines < 1 { throw ValidationError("--lines must be at least 1") }
    }

    func run() throws {
        var batch = Batch(annotator: try Annotator(), inputFormat: inputFormat)
        batch.progress = progress.display
        let sinks = Batch.Sinks.standard
        let table = QuoteTable(width: width, lines: lines)
        let noIndirect = noIndirect
        let failures = batch.forEachInput(paths, sinks: sinks) { _, documents in
            documents.map { document in
                table.render(document, quotes: document.quotes.filter { !noIndirect || $0.kind != .indirect })
            }.joined()
        } _: { _, text in
            sinks.output(text)
        }
        if failures > 0 { throw ExitCode.failure }
    }
}

/// Renders a document's quotes as aligned columns, the quotation wrapped at word boundaries.
struct QuoteTable {
    var width: Int
    var lines: Int

    /// The speaker and cue columns never get wider than this; longer names are cut with …
    static let nameLimit = 28

    func render(_ document: Document, quotes: [Quote]) -> String {
        var output = "\(document.id): \(quotes.count) quotation\(quotes.count == 1 ? "" : "s")\n"
        guard !quotes.isEmpty else { return output + "\n" }
        let rows = quotes.map { quote in
            (speaker: Self.cut(speaker(quote, in: document), to: Self.nameLimit),
             cue: Self.cut(text(quote.cue, in: document) ?? "-", to: Self.nameLimit),
             kind: quote.kind.rawValue,
             quotation: quote.parts.compactMap { text($0, in: document) }.joined(separator: " … "))
        }
        let speakerWidth = max("SPEAKER".count, rows.map(\.speaker.count).max() ?? 0)
        let cueWidth = max("CUE".count, rows.map(\.cue.count).max() ?? 0)
        let kindWidth = "indirect".count
        let quotationWidth = max(20, width - speakerWidth - cueWidth - kindWidth - 6)
        func line(_ speaker: String, _ cue: String, _ kind: String, _ quotation: String) -> String {
            [Self.pad(speaker, speakerWidth), Self.pad(cue, cueWidth), Self.pad(kind, kindWidth), quotation]
                .joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        output += line("SPEAKER", "CUE", "KIND", "QUOTATION")
        for row in rows {
            let wrapped = Self.wrap(row.quotation, width: quotationWidth, lines: lines)
            output += line(row.speaker, row.cue, row.kind, wrapped.first ?? "")
            for more in wrapped.dropFirst() { output += line("", "", "", more) }
        }
        return output + "\n"
    }

    private func speaker(_ quote: Quote, in document: Document) -> String {
        quote.canonicalSpeaker ?? text(quote.speaker, in: document) ?? "-"
    }

    /// The source text of a token range, white space runs made one space.
    private func text(_ range: Range<Int>?, in document: Document) -> String? {
        guard let text = range.map(document.writtenText(ofTokens:)), !text.isEmpty else { return nil }
        return text
    }

    /// Words into lines of at most `width` characters (a longer word is cut), at most `lines`
    /// of them, the last ending with … when text was left out.
    static func wrap(_ text: String, width: Int, lines: Int) -> [String] {
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty { result.append(current); current = "" }
                result.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                result.append(current)
                current = word
            }
        }
        if !current.isEmpty { result.append(current) }
        guard result.count > lines else { return result }
        var kept = Array(result.prefix(lines))
        kept[lines - 1] = String(kept[lines - 1].prefix(width - 1)) + "…"
        return kept
    }

    /// The text, cut to `limit` characters with … when longer.
    static func cut(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(0, limit - 1))) + "…"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
