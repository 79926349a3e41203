/// A link to one quotation on a document's page.
public struct QuoteLink: Sendable, Hashable {
    public var page: String
    public var anchor: String
    public var excerpt: String

    public var href: String { "\(page)#\(anchor)" }
}

/// One row of the people table: a name, what kind of name it is, where it occurs, what it said.
public struct PersonRow: Sendable {
    public var name: String
    /// PER or ORG when the name is an entity's; a speaker that is no entity name has none.
    public var type: String?
    /// The pages the name occurs on (as an entity or a speaker), in corpus order, and their titles.
    public var documents: [(page: String, title: String)]
    /// How many PER/ORG entity mentions have this name.
    public var mentions: Int
    public var quotes: [QuoteLink]
}

/// The people table's rows for a corpus, grouped for now by the name as written: each quote's
/// canonical speaker, and each PER or ORG entity's text. A cross-document identity of people can
/// replace this grouping and feed `PeopleTable` the same rows.
public struct PeopleRows {
    public private(set) var rows: [PersonRow] = []
    private var rowOfName: [String: Int] = [:]

    public init() {}

    public mutating func add(_ summary: DocumentSummary) {
        for name in summary.names {
            let index = row(name.text, in: summary)
            rows[index].mentions += 1
            if rows[index].type == nil { rows[index].type = name.type.rawValue }
        }
        for quotation in summary.quotations {
            guard let speaker = quotation.speaker else { continue }
            rows[row(speaker, in: summary)].quotes.append(
                QuoteLink(page: summary.page, anchor: quotation.anchor, excerpt: quotation.excerpt))
        }
    }

    private mutating func row(_ name: String, in summary: DocumentSummary) -> Int {
        let index = rowOfName[name] ?? {
            rows.append(PersonRow(name: name, type: nil, documents: [], mentions: 0, quotes: []))
            rowOfName[name] = rows.count - 1
            return rows.count - 1
        }()
        if rows[index].documents.last?.page != summary.page {
            rows[index].documents.append((summary.page, summary.title.isEmpty ? summary.id : summary.title))
        }
        return index
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
            body += "<tr><td>\(HTMLText.escaped(row.name))</td><td>\(row.type ?? "–")</td>"
                + "<td data-sort=\"\(row.documents.count)\"><ul>\(documents.joined())</ul></td>"
                + "<td class=\"n\" data-sort=\"\(row.mentions)\">\(row.mentions)</td>"
                + "<td data-sort=\"\(row.quotes.count)\">\(quoteCell)</td></tr>\n"
        }
        return """
            <table class="sortable people"><thead><tr><th>name</th><th>type</th><th>documents</th><th>mentions</th>\
            <th>quotations</th></tr></thead>
            <tbody>
            \(body)</tbody></table>
            """
    }
}

/// `index.html`: the corpus's documents, linked to their pages, and the people table.
public struct CorpusIndex {
    public var documents: [DocumentSummary]
    public var people: [PersonRow]

    public init(documents: [DocumentSummary]) {
        self.documents = documents
        var rows = PeopleRows()
        documents.forEach { rows.add($0) }
        self.people = rows.rows
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
            <p class="meta">Each quotation's speaker (its fullest name in the document) and each person or
            organization named, grouped by the name as written. Click a header to sort.</p>
            \(PeopleTable(rows: people).html())
            <script>\(PageStyle.sortingScript)</script>
            </body></html>

            """
    }
}
