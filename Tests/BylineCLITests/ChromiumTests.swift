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

    @Test func seedPageRendersWithEveryEntityAndQuote() throws {
        guard let chromium = Self.chromium else {
            if ProcessInfo.processInfo.environment["BYLINE_REQUIRE_CHROMIUM"] != nil {
                Issue.record("Chromium test required but no chromium on the PATH (apt-get install chromium)")
            } else {
                print("ChromiumTests skipped: no chromium on the PATH (apt-get install chromium)")
            }
            return
        }
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

    /// Runs headless Chromium on a page with a profile of its own (tests may run side by side).
    func browse(_ chromium: URL, _ page: URL, _ scratch: URL, _ arguments: [String]) throws -> ProcessResult {
        let profile = scratch.appendingPathComponent("profile-\(UUID().uuidString)")
        return try runProcess(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                         "--user-data-dir=\(profile.path)"] + arguments + [page.absoluteString])
    }
}
