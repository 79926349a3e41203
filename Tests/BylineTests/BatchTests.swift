import Byline
import Foundation
import Synchronization
import Testing
import TestSupport

/// Runs a batch over paths into an output directory and returns each output file's text by
/// relative path, with the messages.
private func outputs(_ batch: Batch, _ paths: [String]) throws -> (files: [String: String], messages: [String]) {
    var batch = batch
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("byline-batch-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    batch.outputDirectory = out.path
    var messages: [String] = []
    batch.run(paths, sinks: .init(output: { _ in }, diagnostic: { messages.append($0) }, readStandardInput: { Data() }))
    var files: [String: String] = [:]
    for path in (try? FileManager.default.subpathsOfDirectory(atPath: out.path)) ?? [] {
        var isDirectory: ObjCBool = false
        let url = out.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[path] = try String(contentsOf: url, encoding: .utf8)
        }
    }
    return (files, messages)
}

/// A long article: the seeds' paragraphs, many times over, numbered so no two are alike. The
/// dateline is left out: the number stage dates "November 20" with the year of a dateline
/// anywhere in the document, the one thing besides entities and quotes that looks across
/// paragraphs.
private func longArticle() throws -> String {
    let paragraphs = try Fixtures.seeds().flatMap {
        try Fixtures.text($0).components(separatedBy: "\n\n").filter { !$0.isEmpty && !$0.contains("Dec 7 2023") }
    }
    return (0..<6).flatMap { round in paragraphs.map { "\($0) Round \(round + 1)." } }.joined(separator: "\n\n") + "\n"
}

@Suite struct BatchPieceTests {
    /// Without the entity tagger no stage looks across a blank line, so a file annotated in
    /// pieces (and the joined document written a chunk at a time) must come out exactly as
    /// annotated whole, in every format, offsets included.
    @Test(arguments: OutputFormat.allCases)
    func aFileAnnotatedInPiecesIsAnnotatedAsWhole(format: OutputFormat) throws {
        let article = try longArticle()
        let directory = try makeWorkspace(["long.txt": Data(article.utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        var whole = Batch(annotator: try Annotator(entityModel: nil), outputFormat: format)
        whole.pieceBytes = article.utf8.count
        var pieces = whole
        pieces.pieceBytes = 2_000  // dozens of pieces
        pieces.streamedDocumentBytes = 10_000  // the joined document is written as it is rendered
        let expected = try outputs(whole, [directory.path])
        let actual = try outputs(pieces, [directory.path])
        #expect(actual.messages == expected.messages)
        #expect(expected.files.count == 1)
        for (path, text) in expected.files { expectSameLines(actual.files[path] ?? "", text, "\(path) in pieces") }
    }

    /// With every stage, sentences and tokens (and so their offsets) are still the same.
    @Test func piecesKeepSentencesAndTokensWithEveryStage() throws {
        let article = try longArticle()
        let directory = try makeWorkspace(["long.txt": Data(article.utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        var whole = Batch(annotator: try Annotator(), outputFormat: .sentences)
        whole.pieceBytes = article.utf8.count
        var pieces = whole
        pieces.pieceBytes = 3_000
        let expected = try outputs(whole, [directory.path]).files["long.txt"] ?? ""
        #expect(!expected.isEmpty)
        expectSameLines(try outputs(pieces, [directory.path]).files["long.txt"] ?? "", expected, "sentences in pieces")
    }

    /// A bad byte in a later piece is reported at its line and byte offset in the file, and the
    /// file gets no output.
    @Test func anErrorInALaterPieceNamesItsPlaceInTheFile() throws {
        var bytes = Array(try longArticle().utf8)
        let bad = bytes.count - 100
        bytes[bad] = 0xFF
        let directory = try makeWorkspace(["long.txt": Data(bytes), "short.txt": Data("A short one.".utf8)])
        defer { try? FileManager.default.removeItem(at: directory) }
        var batch = Batch(annotator: try Annotator(entityModel: nil), outputFormat: .sentences)
        batch.pieceBytes = 2_000
        let line = bytes[..<bad].filter { $0 == 0x0A }.count + 1
        let result = try outputs(batch, [directory.path])
        #expect(result.messages.contains { $0.contains("long.txt:\(line) (byte \(bad)): invalid UTF-8") }, "\(result.messages)")
        #expect(Array(result.files.keys) == ["short.txt"])
    }
}

@Suite struct BatchStreamTests {
    /// JSON lines given a few bytes at a time come out as the same documents as given at once.
    @Test func jsonLinesReadInDribsComeOutAsReadWhole() throws {
        let lines = "\u{FEFF}{\"id\":\"a\",\"text\":\"One. Two.\"}\r\n\n{\"text\":\"Caf\u{E9} in Paris.\"}\n{\"id\":\"c\",\"text\":\"Last\"}"
        let bytes = Array(lines.utf8)
        let annotator = try Annotator(entityModel: nil)
        func annotate(chunk: Int) -> String {
            let position = Mutex(0)
            var written = ""
            let batch = Batch(annotator: annotator, inputFormat: .jsonl, outputFormat: .jsonl)
            batch.run(["-"], sinks: .init(
                output: { written += $0 }, diagnostic: { Issue.record("\($0)") }, readStandardInput: { Data(bytes) },
                readStandardInputChunk: {
                    position.withLock { start in
                        let end = min(start + chunk, bytes.count)
                        defer { start = end }
                        return Data(bytes[start..<end])
                    }
                }))
            return written
        }
        let whole = annotate(chunk: bytes.count)
        #expect(whole.split(separator: "\n").count == 3)
        #expect(whole.contains("\"id\":\"stdin#2\""))
        for chunk in [1, 2, 7] { expectSameLines(annotate(chunk: chunk), whole, "read \(chunk) bytes at a time") }
    }
}
