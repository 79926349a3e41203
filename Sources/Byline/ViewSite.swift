import Foundation

/// `byline view`: annotates a batch (the inputs `annotate` reads, through the same `Batch`) and
/// writes one HTML page per document and `index.html` into a directory.
///
/// Pages are rendered by the worker that annotated the document; names are given and files
/// written on the calling thread, in input order, so the same corpus always gets the same names.
/// A bad input is reported and the other documents still get their pages.
public struct ViewSite {
    public var batch: Batch
    public var directory: String

    public init(batch: Batch, directory: String) {
        self.batch = batch
        self.directory = directory
    }

    /// Returns the number of inputs (and files) that failed.
    @discardableResult
    public func run(_ paths: [String], sinks: Batch.Sinks) -> Int {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            sinks.diagnostic("error: \(directory): cannot make the output directory (\(Batch.reason(error)))")
            return 1
        }
        var names = PageNames()
        var summaries: [DocumentSummary] = []
        var failures = batch.forEachInput(paths, sinks: sinks) { _, documents in
            documents.map { document in
                let page = DocumentPage(document)
                return (html: page.html(), summary: page.summary)
            }
        } _: { _, pages in
            for page in pages {
                var summary = page.summary
                summary.page = names.claim(for: summary.id)
                try write(page.html, to: summary.page)
                summaries.append(summary)
            }
        }
        do {
            try write(CorpusIndex(documents: summaries).html(), to: PageNames.index)
        } catch {
            sinks.diagnostic("error: \(error)")
            failures += 1
        }
        return failures
    }

    /// Writes a file whole or not at all: to a temporary file beside it, then renamed.
    private func write(_ html: String, to name: String) throws(InputError) {
        let path = (directory as NSString).appendingPathComponent(name)
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputError(file: path, message: "cannot write the page (\(Batch.reason(error)))")
        }
    }
}

/// File names for document pages: the document id with everything but ASCII letters, digits,
/// `.`, `-` and `_` made `_` (so a name is safe on every file system and in a link without
/// escaping, and an id like `../x` cannot leave the directory), the input's extension dropped,
/// cut to 100 characters, and `-2`, `-3`, ... added where two ids would collide (compared
/// without case, as macOS's file system does) or a name would be the index's.
public struct PageNames {
    public static let index = "index.html"
    private var taken: Set<String> = [index]

    public init() {}

    public mutating func claim(for id: String) -> String {
        var stem = String(String.UnicodeScalarView(id.unicodeScalars.map {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) ? $0 : "_"
        }))
        for dropped in [".txt", ".jsonl", ".conllu", ".conll"] where stem.lowercased().hasSuffix(dropped) {
            stem.removeLast(dropped.count)
        }
        stem = String(stem.drop { $0 == "." || $0 == "_" }.prefix(100))
        if stem.isEmpty { stem = "document" }
        var name = stem + ".html", number = 1
        while taken.contains(name.lowercased()) {
            number += 1
            name = "\(stem)-\(number).html"
        }
        taken.insert(name.lowercased())
        return name
    }
}
