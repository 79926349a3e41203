/// A link to one quotation on a document's page.
public struct QuoteLink: Sendable, Hashable {
    public var page: String
    public var anchor: String
    public var excerpt: String

    public var href: String { "\(page)#\(anchor)" }
}

/// One row of the people table: a person or organization of the corpus, where it occurs, what it said.
public struct PersonRow: Sendable {
    public var id: String
    public var name: String
    public var type: EntityType
    /// The ways it is written, most mentioned first.
    public var variants: [String]
    /// The pages that name it, in corpus order, and their titles.
    public var documents: [(page: String, title: String)]
    public var mentions: Int
    public var quotes: [QuoteLink]
}

/// The people table's rows: one per person or organization, with the identities of `byline
/// people` (`EntityLinking`'s ids, so "Pashinian" and "Pashinyan" are one row), the pages that
/// name each and links to its quotations.
public struct CorpusPeople {
    private var index = PeopleIndex()
    private var pages: [String: [(page: String, title: String)]] = [:]
    private var quotations: [String: [QuoteLink]] = [:]
    /// Quotations whose speaker is no person or organization named in the text ("a spokesman").
    public private(set) var unnamedSpeakerQuotes = 0

    public init() {}

    public mutating func add(_ summary: DocumentSummary) {
        index.add(summary.people)
        for entry in summary.people.entries {
            pages[entry.id, default: []].append((summary.page, summary.title.isEmpty ? summary.id : summary.title))
        }
        for quotation in summary.quotations {
            guard let id = quotation.speakerID else {
                unnamedSpeakerQuotes += 1
                continue
            }
            quotations[id, default: []].append(QuoteLink(page: summary.page, anchor: quotation.anchor, excerpt: quotation.excerpt))
        }
    }

    /// In `PeopleIndex`'s order: persons first, then by documents and mentions.
    public var rows: [PersonRow] {
        index.sorted.map { entity in
            PersonRow(id: entity.id, name: entity.name, type: entity.type, variants: entity.variantsByMentions,
                      documents: pages[entity.id] ?? [], mentions: entity.mentions, quotes: quotations[entity.id] ?? [])
        }
    }
}

/// The people table as HTML: most quoted first, then most mentioned, then by name; a header
/// click re-sorts it (`PageStyle.sortingScript`), and without scripts it reads in that order.
public struct PeopleTable {
    public var rows: [PersonRow]

    public init(rows: [PersonRow]) { self.rows = rows }

    public func html() -> String {
        let ordered = rows.sorted { ($1.quotes.count, $1.mentions, $0.name) < ($0.quotes.count, $0.mentions, $1.name) }
        var body = ""
        for row in ordered {
            let documents = row.documents.map { document in
                let title = document.title.count <= 48 ? document.title : document.title.prefix(47) + "…"
                return "<li><a href=\"\(HTMLText.escaped(document.page))\">\(HTMLText.escaped(title))</a></li>"
            }
            let quotes = row.quotes.map {
                "<li><a href=\"\(HTMLText.escaped($0.href))\">\(HTMLText.escaped($0.excerpt))</a></li>"
            }
            let quoteCell = quotes.isEmpty ? "0"
                : "<details><summary>\(quotes.count)</summary><ul>\(quotes.joined())</ul></details>"
            let others = row.variants.filter { $0 != row.name }.map(HTMLText.escaped).joined(separator: ", ")
            body += "<tr id=\"\(row.id)\"><td>\(HTMLText.escaped(row.name))</td><td>\(row.type.rawValue)</td><td>\(others)</td>"
                + "<td data-sort=\"\(row.documents.count)\"><ul>\(documents.joined())</ul></td>"
                + "<td class=\"n\" data-sort=\"\(row.mentions)\">\(row.mentions)</td>"
                + "<td data-sort=\"\(row.quotes.count)\">\(quoteCell)</td></tr>\n"
        }
        return """
            <table class="sortable people"><thead><tr><th>name</th><th>type</th><th>also written</th><th>documents</th><th>mentions</th>\
            <th>quotations</th></tr></thead>
            <tbody>
            \(body)</tbody></table>
            """
    }
}

/// `index.html`: the corpus's documents, linked to their pages, and the people table.
public struct CorpusIndex {
    public var documents: [DocumentSummary]
    public var people: CorpusPeople

    public init(documents: [DocumentSummary]) {
        self.documents = documents
        var people = CorpusPeople()
        documents.forEach { people.add($0) }
        self.people = people
    }

    private var unnamedNote: String {
        let count = people.unnamedSpeakerQuotes
        guard count > 0 else { return "" }
        return "\(count) quotation\(count == 1 ? " has a speaker" : "s have speakers") that no name in the text identifies "
            + "(\u{201C}a spokesman\u{201D}); \(count == 1 ? "it is" : "they are") on \(count == 1 ? "its page" : "their pages"). "
    }

    public func html() -> String {
        var rows = ""
        for document in documents {
            let title = document.title.isEmpty ? document.id : document.title
            rows += "<tr><td><a href=\"\(HTMLText.escaped(document.page))\">\(HTMLText.escaped(title))</a></td>"
                + "<td>\(HTMLText.escaped(document.id))</td><td>\(document.date ?? "–")</td>"
                + "<td class=\"n\" data-sort=\"\(document.entities)\">\(document.entities)</td>"
                + "<td class=\"n\" data-sort=\"\(document.numbers)\">\(document.numbers)</td>"
                + "<td class=\"n\" data-sort=\"\(document.quotes)\">\(document.quotes)</td></tr>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Byline: \(documents.count) documents</title>
            <style>\(PageStyle.css)</style></head>
            <body>
            <h1>\(documents.count) document\(documents.count == 1 ? "" : "s")</h1>
            <table class="sortable documents"><thead><tr><th>title</th><th>id</th><th>date</th><th>entities</th>\
            <th>numbers</th><th>quotations</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            <h2>People and organizations</h2>
            <p class="meta">Each person and organization once, as <code>byline people</code> lists them: one name for
            its spellings, its surname alone and its acronym. \(unnamedNote)Click a header to sort.</p>
            \(PeopleTable(rows: people.rows).html())
            <script>\(PageStyle.sortingScript)</script>
            </body></html>

            """
    }
}
