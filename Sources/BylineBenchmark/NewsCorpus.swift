import ArgumentParser
import Byline
import Foundation

/// News text for benchmarks that looks like what users feed Byline: CoNLL-2003's Reuters
/// documents written back as an article would be (no space before punctuation, typographic
/// quotes, apostrophes, dashes and ellipses, headline and dateline on lines of their own,
/// paragraphs of one or two sentences between blank lines), and the two seed articles.
/// Tokens joined by spaces would flatter every stage: the tokenizer never meets a clitic or
/// a quote glued to a word, the normalizer never meets a character outside ASCII.
enum NewsCorpus {
    static let defaultCoNLL = ["../shared/data/conll2003/train.txt", "../shared/data/conll2003/valid.txt",
                               "../shared/data/conll2003/test.txt"]
    static let defaultSeeds = "seeds"

    /// One article per element: the seeds' `*.txt` files, then the CoNLL files' documents.
    static func articles(conll: [String] = defaultCoNLL, seeds: String? = defaultSeeds) throws -> [String] {
        var articles: [String] = []
        if let seeds {
            let names = try readable(seeds) { try FileManager.default.contentsOfDirectory(atPath: seeds) }
                .filter { $0.hasSuffix(".txt") }.sorted()
            articles += try names.map { name in
                let path = (seeds as NSString).appendingPathComponent(name)
                return try readable(path) { try String(contentsOfFile: path, encoding: .utf8) }
            }
        }
        for path in conll {
            articles += try documents(fromCoNLL: path).map(Detokenizer.article)
        }
        return articles
    }

    /// Reads with `body`, or says which path could not be read: the paths are relative to the
    /// package root, and Foundation's error alone names neither.
    private static func readable<Value>(_ path: String, _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch {
            throw ValidationError("cannot read \(path) (the benchmark reads the seeds and ../shared/data from the package root): "
                + Batch.reason(error))
        }
    }

    /// "What the corpus is", for the first line of a benchmark's output.
    static func describe(_ articles: [String]) -> String {
        let bytes = articles.reduce(0) { $0 + $1.utf8.count }
        let words = articles.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
        return "\(articles.count) articles, \(words) words, \(String(format: "%.2f", Double(bytes) / 1e6)) MB "
            + "(CoNLL-2003 written back as news text, and the seeds)"
    }

    /// Writes one file per article, `00000.txt` on, in order.
    static func write(_ articles: [String], to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (index, article) in articles.enumerated() {
            let path = (directory as NSString).appendingPathComponent(String(format: "%05d.txt", index))
            try Data(article.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }

    /// Each document of a CoNLL-2003 file as its sentences' tokens.
    static func documents(fromCoNLL path: String) throws -> [[[Substring]]] {
        let text = try readable(path) { try String(contentsOfFile: path, encoding: .utf8) }
        var documents: [[[Substring]]] = []
        var current: [[Substring]] = []
        var sentence: [Substring] = []
        func endSentence() {
            if !sentence.isEmpty { current.append(sentence) }
            sentence.removeAll(keepingCapacity: true)
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-DOCSTART-") {
                endSentence()
                if !current.isEmpty { documents.append(current) }
                current = []
            } else if line.isEmpty {
                endSentence()
            } else if let token = line.split(separator: " ").first {
                sentence.append(token)
            }
        }
        endSentence()
        if !current.isEmpty { documents.append(current) }
        return documents
    }
}

/// Joins Penn Treebank tokens back into the text they were cut from, the way a news site prints it.
enum Detokenizer {
    /// A document's sentences as an article: the first two (headline and dateline in CoNLL-2003)
    /// on lines of their own, then paragraphs of one and two sentences in turn.
    static func article(_ sentences: [[Substring]]) -> String {
        var paragraphs: [String] = []
        var index = 0
        while index < sentences.count {
            let length = index < 2 || paragraphs.count % 2 == 0 ? 1 : 2
            let end = min(index + length, sentences.count)
            paragraphs.append(sentences[index..<end].map(sentence).joined(separator: " "))
            index = end
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// One sentence: spaces where the original text had them, typographic marks.
    static func sentence(_ tokens: [Substring]) -> String {
        var text = ""
        var quoteIsOpen = false
        var glueNext = true
        for token in tokens {
            let form: String
            var glueBefore = false
            var glueAfter = false
            switch token {
            case ".", ",", ")", ":", ";", "?", "!", "%", "]", "}":
                form = String(token)
                glueBefore = true
            case "(", "$", "[", "{":
                form = String(token)
                glueAfter = true
            case "\"":
                quoteIsOpen.toggle()
                form = quoteIsOpen ? "\u{201C}" : "\u{201D}"
                glueBefore = !quoteIsOpen
                glueAfter = quoteIsOpen
            case "'":
                form = "\u{2019}"  // mostly a plural possessive in CoNLL-2003 ("players '")
                glueBefore = true
            case "--", "---":
                form = "\u{2014}"
                glueBefore = true
                glueAfter = true
            case "-":
                form = "\u{2013}"
            case "...":
                form = "\u{2026}"
                glueBefore = true
            default:
                if token.first == "'" && token.count <= 3 && token.dropFirst().allSatisfy(\.isLetter) {
                    form = "\u{2019}" + token.dropFirst()  // 's 're 'm 've 'll 'd
                    glueBefore = true
                } else if token.lowercased() == "n't" {
                    form = "n\u{2019}t"
                    glueBefore = true
                } else {
                    form = String(token)
                }
            }
            if !text.isEmpty && !glueBefore && !glueNext { text += " " }
            text += form
            glueNext = glueAfter
        }
        return text
    }
}

/// Writes the benchmark corpus as one file per article, to read, or to time other tools on.
struct Corpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the benchmark news corpus as one .txt file per article.")

    @Argument(help: "The directory to write (created if missing).")
    var directory: String

    @Option(help: "CoNLL-2003 files whose documents become articles.")
    var conll: [String] = NewsCorpus.defaultCoNLL

    func run() throws {
        let articles = try NewsCorpus.articles(conll: conll)
        try NewsCorpus.write(articles, to: directory)
        print("wrote \(NewsCorpus.describe(articles)) to \(directory)")
    }
}
