import Byline
import Foundation
import Testing
import TestSupport

@Suite struct HTMLViewTests {
    static let annotator = Result { try Annotator() }

    /// The page of a text, and its article (the document's text) read back.
    func page(_ text: String, id: String = "doc") throws -> (html: String, article: HTMLCheck, document: Document) {
        let document = try Self.annotator.get().annotate(text, id: id)
        let html = DocumentPage(document).html()
        let article = HTMLCheck(try #require(HTMLCheck.article(of: html)))
        return (html, article, document)
    }

    @Test func inputMarkupStaysText() throws {
        let text = #"Anna Berg said "<script>alert('x')</script> & <b>bold</b>" in Paris on Monday."#
        let (html, article, _) = try page(text, id: "<img src=x onerror=alert(1)>")
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>bold"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;"))
        #expect(article.problem == nil)
        #expect(article.text == text)
        #expect(!article.elements.contains { ["script", "b", "img"].contains($0.tag) })
        let index = CorpusIndex(documents: [DocumentPage(try Self.annotator.get().annotate(text, id: "<script>x</script>")).summary]).html()
        #expect(!index.contains("<script>x"))
    }

    /// Spans that nest and overlap at random come out well formed, and every byte of the text is
    /// inside exactly the spans that cover it (a split span's fragments together cover it whole).
    @Test func randomOverlappingSpansNestWellFormed() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<300 {
            let text = String((0..<Int(random.next() % 30 + 1)).map { _ in Character(Unicode.Scalar(UInt8(97 + random.next() % 26))) })
            let count = text.utf8.count
            var spans: [MarkedSpan] = []
            for number in 0..<Int(random.next() % 8) {
                let start = Int(random.next() % UInt64(count + 1)), end = Int(random.next() % UInt64(count + 1))
                spans.append(MarkedSpan(range: min(start, end)..<max(start, end), tag: number % 2 == 0 ? "span" : "mark",
                                        rank: Int(random.next() % 3), attributes: [("data-k", "\(number)")],
                                        id: "s\(number)", label: number % 3 == 0 ? "L" : nil))
            }
            let html = NestedMarkup.render(text, spans: spans)
            let check = HTMLCheck(html)
            #expect(check.problem == nil, "\(html)")
            #expect(check.text == text)
            for offset in 0..<count {
                let expected = Set(spans.indices.filter { spans[$0].range.contains(offset) }.map { "\($0)" })
                let actual = Set(check.openOver[offset].compactMap { $0.attributes["data-k"] })
                #expect(actual == expected, "\(html) at \(offset)")
            }
            let ids = check.elements.compactMap { $0.attributes["id"] }
            #expect(Set(ids).count == ids.count, "ids repeat in \(html)")
        }
    }

    /// Each seed's page: well formed, its text the document's, an element for every entity,
    /// number and quote part, and each quote's speaker and cue links pointing at elements there.
    @Test(arguments: try Fixtures.seeds())
    func seedPagesHoldEveryAnnotation(_ seed: URL) throws {
        let (html, article, document) = try page(try Fixtures.text(seed), id: seed.lastPathComponent)
        #expect(HTMLCheck(html).problem == nil)
        #expect(article.problem == nil)
        #expect(article.text == document.source)
        let elements = article.elements
        #expect(elements.filter { $0.tag == "mark" }.map { $0.attributes["data-type"] }.count >= document.entities.count)
        let quoteIDs = Set(elements.compactMap { $0.attributes["data-quote"] })
        #expect(quoteIDs == Set((1...document.quotes.count).map { "q\($0)" }))
        let ids = Set(elements.compactMap { $0.attributes["id"] })
        for element in elements {
            for link in ["data-speaker", "data-cue"] { if let id = element.attributes[link] { #expect(ids.contains(id)) } }
        }
        #expect(elements.filter { $0.attributes["class"] == "num" }.allSatisfy { $0.attributes["title"]?.isEmpty == false })
        #expect(!document.numbers.isEmpty && elements.contains { $0.attributes["class"] == "num" })
    }

    @Test func pageNamesAreSafeAndDistinct() {
        var names = PageNames()
        let claimed = ["seeds/a.txt", "seeds/A.txt", "../../etc/passwd", "index", "", "zoë one.txt", "corpus.jsonl#3"]
            .map { names.claim(for: $0) }
        #expect(claimed == ["seeds_a.html", "seeds_A-2.html", "etc_passwd.html", "index-2.html", "document.html",
                            "zo__one.html", "corpus.jsonl_3.html"])
        #expect(Set(claimed.map { $0.lowercased() }).count == claimed.count)
    }

    /// The index's people are `byline people`'s: one row per id of `PeopleIndex`, with its name,
    /// mentions and quotations, each quotation linked once; the seeds' two spellings are one row.
    @Test func indexPeopleAreThePeopleCommandsEntities() throws {
        var people = CorpusPeople()
        var index = PeopleIndex()
        var quotations = 0
        for (number, seed) in try Fixtures.seeds().enumerated() {
            let document = try Self.annotator.get().annotate(try Fixtures.text(seed), id: seed.lastPathComponent)
            var summary = DocumentPage(document).summary
            summary.page = "page\(number).html"
            people.add(summary)
            index.add(DocumentPeople(document))
            quotations += summary.quotations.count
        }
        let rows = people.rows
        let entities = index.sorted
        #expect(rows.map(\.id) == entities.map(\.id))
        for (row, entity) in zip(rows, entities) {
            #expect(row.name == entity.name && row.mentions == entity.mentions && row.type == entity.type)
            #expect(row.quotes.count == entity.quotes, "\(row.name)")
            #expect(row.documents.count == entity.documents, "\(row.name)")
        }
        #expect(rows.reduce(0) { $0 + $1.quotes.count } + people.unnamedSpeakerQuotes == quotations)
        let pashinyan = rows.filter { row in row.variants.contains { $0.contains("Pashinian") || $0.contains("Pashinyan") } }
        #expect(pashinyan.count == 1)
        #expect(pashinyan.first.map { row in ["Pashinian", "Pashinyan"].allSatisfy { spelling in row.variants.contains { $0.contains(spelling) } } } == true,
                "\(pashinyan.map(\.variants))")
        #expect(pashinyan.first?.documents.count == 2)
    }

    /// The index's links all lead to a page that was written and an id on it; a bad input is
    /// reported and the good ones still get their pages.
    @Test func indexLinksResolveAndABadInputLeavesTheRest() throws {
        var files: [String: Data] = ["in/bad.txt": Data([0x63, 0x61, 0x66, 0xE9])]
        for seed in try Fixtures.seeds() { files["in/\(seed.lastPathComponent)"] = try Data(contentsOf: seed) }
        let directory = try makeWorkspace(files)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("view")
        var messages: [String] = []
        let site = ViewSite(batch: Batch(annotator: try Self.annotator.get()), directory: output.path)
        let failures = site.run([directory.appendingPathComponent("in").path],
                                sinks: Batch.Sinks(output: { _ in }, diagnostic: { messages.append($0) }, readStandardInput: { Data() }))
        #expect(failures == 1)
        #expect(messages.contains { $0.contains("bad.txt:1 (byte 3): invalid UTF-8") }, "\(messages)")
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(written.count == (try Fixtures.seeds()).count + 1, "\(written)")
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(HTMLCheck(index).problem == nil)
        let links = HTMLCheck(index).elements.compactMap { $0.attributes["href"] }
        #expect(links.contains { $0.contains("#q") })
        for link in links {
            let parts = link.split(separator: "#", maxSplits: 1).map(String.init)
            let page = try String(contentsOf: output.appendingPathComponent(parts[0]), encoding: .utf8)
            if parts.count == 2 { #expect(page.contains("id=\"\(parts[1])\""), "\(link)") }
        }
    }
}
