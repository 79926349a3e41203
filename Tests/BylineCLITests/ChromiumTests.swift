import Byline
import Foundation
import Testing
import TestSupport

/// `byline view`'s pages in a real browser: headless Chromium (Debian's `chromium`) takes a
/// screenshot of a seed's page and dumps its DOM, which must hold every entity and quotation
/// of the document; a document with `<script>` in its text shows it as text.
///
/// Skipped, saying so, without `chromium` on the PATH, unless `BYLINE_REQUIRE_CHROMIUM` is set
/// (CI sets it).
@Suite struct ChromiumTests {
    static let chromium: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("chromium") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let hostile = #"Anna Berg said "<script>document.title='pwned'</script> is <b>fine</b>" in Paris."#

    /// Chromium, or nil after recording (when CI requires it) or printing that the test is skipped.
    static func requireChromium() -> URL? {
        if let chromium { return chromium }
        if ProcessInfo.processInfo.environment["BYLINE_REQUIRE_CHROMIUM"] != nil {
            Issue.record("Chromium test required but no chromium on the PATH (apt-get install chromium)")
        } else {
            print("ChromiumTests skipped: no chromium on the PATH (apt-get install chromium)")
        }
        return nil
    }

    @Test func seedPageRendersWithEveryEntityAndQuote() throws {
        guard let chromium = Self.requireChromium() else { return }
        let seed = try #require(try Fixtures.seeds().last)
        let directory = try makeWorkspace(["in/seed.txt": try Data(contentsOf: seed), "in/hostile.txt": Data(Self.hostile.utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("view")
        let view = try byline(["view", directory.appendingPathComponent("in").path, "--output", output.path])
        #expect(view.status == 0, "\(view.errors)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: output.path)
        let seedPage = try #require(pages.first { $0.hasSuffix("seed.html") })
        let hostilePage = try #require(pages.first { $0.hasSuffix("hostile.html") })

        let screenshot = directory.appendingPathComponent("seed.png")
        let shot = try browse(chromium, output.appendingPathComponent(seedPage), directory,
                              ["--screenshot=\(screenshot.path)", "--window-size=1200,2000"])
        #expect(shot.status == 0, "\(shot.errors)")
        let png = try Data(contentsOf: screenshot)
        #expect(png.count > 1000 && png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG of a page: \(png.count) bytes")

        let document = try Annotator().annotate(try Fixtures.text(seed), id: "seed")
        let dom = try browse(chromium, output.appendingPathComponent(seedPage), directory, ["--dump-dom"])
        #expect(dom.status == 0, "\(dom.errors)")
        let article = HTMLCheck(try #require(HTMLCheck.article(of: dom.output), "no article in \(dom.output.prefix(300))"))
        #expect(article.problem == nil)
        let shown = article.text.collapsingWhitespace()
        func words(_ tokens: Range<Int>) -> String {
            let start = document.tokens[tokens.lowerBound].span, end = document.tokens[tokens.upperBound - 1].span
            return document.sourceText(TextSpan(start.start, end.end)).collapsingWhitespace()
        }
        let marks = article.elements.filter { $0.tag == "mark" }
        #expect(marks.count >= document.entities.count)
        for entity in document.entities { #expect(shown.contains(words(entity.tokens)), "entity \(words(entity.tokens))") }
        for quote in document.quotes {
            for part in quote.parts { #expect(shown.contains(words(part)), "quote \(words(part))") }
        }
        #expect(Set(article.elements.compactMap { $0.attributes["data-quote"] }).count == document.quotes.count)

        let hostileDOM = try browse(chromium, output.appendingPathComponent(hostilePage), directory, ["--dump-dom"])
        let hostileArticle = HTMLCheck(try #require(HTMLCheck.article(of: hostileDOM.output)))
        #expect(hostileArticle.text == Self.hostile)
        #expect(!hostileArticle.elements.contains { ["script", "b"].contains($0.tag) })
        #expect(!hostileDOM.output.contains("pwned</title>"))
    }

    /// The index's people table sorts in the browser: clicks on its headers (made by a script
    /// added to a copy of the page) order the rows by that column, up then down, and a click on
    /// the documents table leaves the people table alone.
    @Test func indexPeopleTableSortsByTheClickedColumn() throws {
        guard let chromium = Self.requireChromium() else { return }
        var files: [String: Data] = [:]
        for seed in try Fixtures.seeds() { files["in/\(seed.lastPathComponent)"] = try Data(contentsOf: seed) }
        let directory = try makeWorkspace(files)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("view")
        let view = try byline(["view", directory.appendingPathComponent("in").path, "--output", output.path])
        #expect(view.status == 0, "\(view.errors)")
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        // Each click is followed by the people table's mention counts and names, one line each.
        let clicks = """
            <script>
            function click(table, column) { document.querySelectorAll('table.' + table + ' th')[column].click(); }
            function record() {
              var rows = [].slice.call(document.querySelector('table.people').tBodies[0].rows);
              var line = document.createElement('p'); line.className = 'sorted';
              line.textContent = rows.map(function(r) { return r.cells[4].dataset.sort + '|' + r.cells[0].textContent; }).join('\\t');
              document.body.appendChild(line);
            }
            record(); click('people', 4); record(); click('people', 4); record();
            click('documents', 0); record(); click('people', 0); record();
            </script>
            """
        let page = output.appendingPathComponent("sorting.html")
        try Data(index.replacingOccurrences(of: "</body>", with: clicks + "</body>").utf8).write(to: page)
        let dom = try browse(chromium, page, directory, ["--dump-dom"])
        #expect(dom.status == 0, "\(dom.errors)")
        let lines = HTMLCheck(dom.output).elements.filter { $0.attributes["class"] == "sorted" }.count
        #expect(lines == 5, "the clicking script did not run: \(dom.output.suffix(500))")
        let states = dom.output.components(separatedBy: "<p class=\"sorted\">").dropFirst().map { state in
            state.prefix { $0 != "<" }.components(separatedBy: "\t").map { cell in
                let parts = cell.split(separator: "|", maxSplits: 1).map(String.init)
                return (mentions: Int(parts[0]) ?? -1, name: parts.count > 1 ? parts[1] : "")
            }
        }
        try #require(states.count == 5 && states[0].count > 3)
        let mentions = states.map { $0.map(\.mentions) }
        #expect(mentions[1] == mentions[0].sorted(), "first click: fewest mentions first")
        #expect(mentions[2] == mentions[0].sorted(by: >), "second click: most mentions first")
        #expect(mentions[3] == mentions[2], "a click on the documents table moved the people table")
        let names = states[4].map { $0.name.lowercased() }
        #expect(names == names.sorted(), "a click on the name header orders by name")
        #expect(Set(states[4].map(\.name)) == Set(states[0].map(\.name)))
    }

    /// Runs headless Chromium on a page with a profile of its own (tests may run side by side).
    func browse(_ chromium: URL, _ page: URL, _ scratch: URL, _ arguments: [String]) throws -> ProcessResult {
        let profile = scratch.appendingPathComponent("profile-\(UUID().uuidString)")
        return try runProcess(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                         "--user-data-dir=\(profile.path)"] + arguments + [page.absoluteString])
    }
}
