import Foundation
import Testing
import TestSupport

/// Each JSON line of a run's output as an object.
private func objects(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map { line in
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
}

private let seeds = Fixtures.packageRoot.appendingPathComponent("seeds").path

@Suite struct PeopleCLITests {
    @Test func thePeopleOfTheSeedsEachOnce() throws {
        let run = try byline(["people", seeds, "--format", "jsonl"])
        #expect(run.status == 0, "\(run.errors)")
        let people = try objects(run.output)
        #expect(people.allSatisfy { Array($0.keys).sorted() == ["cues", "documents", "id", "mentions", "name", "quotes", "type", "variants"] })
        func holding(_ variant: String) -> [[String: Any]] { people.filter { ($0["variants"] as? [String] ?? []).contains(variant) } }
        #expect(holding("Nikol Pashinian").count == 1 && holding("Nikol Pashinian").first?["variants"] as? [String] == holding("Nikol Pashinyan").first?["variants"] as? [String])
        #expect(holding("Ilham Aliev").count == 1 && holding("Ilham Aliev").first?["id"] as? String == holding("Aliyev").first?["id"] as? String)
        #expect(people.filter { $0["name"] as? String == "Charles Michel" }.count == 1)
        #expect(Set(["Antony Blinken", "Emmanuel Macron", "Olaf Scholz"].compactMap { holding($0).first?["id"] as? String }).count == 3)

        // The table and the TSV list the same entities.
        let table = try byline(["people", seeds])
        #expect(table.status == 0)
        let rows = table.output.split(separator: "\n")
        #expect(rows.first?.hasPrefix("NAME") == true && rows.count == people.count + 1)
        let tsv = try byline(["people", seeds, "--format", "tsv"])
        let lines = tsv.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first == "id\tname\ttype\tdocuments\tmentions\tquotes\tvariants\tcues")
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 8 })
        #expect(lines.dropFirst().map { String($0.prefix { $0 != "\t" }) } == people.map { $0["id"] as? String ?? "" })
    }

    /// annotate's JSONL gives entity mentions and speakers the ids `people` lists; they are the
    /// same for a document annotated alone, with others, or read back from JSONL.
    @Test func annotateWritesTheSameIdsAsPeople() throws {
        let together = try byline(["annotate", seeds, "--format", "jsonl"])
        #expect(together.status == 0, "\(together.errors)")
        let documents = try objects(together.output)
        let people = try objects(try byline(["people", seeds, "--format", "jsonl"]).output)
        let listed = Set(people.compactMap { $0["id"] as? String })
        for document in documents {
            let entities = try #require(document["entities"] as? [[String: Any]])
            for entity in entities {
                let type = entity["type"] as? String
                let id = entity["entity_id"] as? String
                if type == "PER" || type == "ORG" {
                    #expect(id.map(listed.contains) == true, "\(entity)")
                } else {
                    #expect(entity["entity_id"] is NSNull)
                }
            }
            let quotes = try #require(document["quotes"] as? [[String: Any]])
            for quote in quotes {
                #expect(quote["speaker_id"] != nil)
                if let id = quote["speaker_id"] as? String { #expect(listed.contains(id)) }
            }
        }
        // "he added" is Charles Michel's, with his id.
        let michel = try #require(people.first { $0["name"] as? String == "Charles Michel" }?["id"] as? String)
        let byHe = documents.flatMap { $0["quotes"] as? [[String: Any]] ?? [] }
            .filter { ($0["speaker"] as? [String: Any])?["text"] as? String == "he" }
        #expect(!byHe.isEmpty && byHe.allSatisfy { $0["speaker_id"] as? String == michel })

        // Each seed alone, in the other order: the same ids.
        let files = try Fixtures.seeds().map(\.path)
        let alone = try files.reversed().flatMap { try objects(try byline(["annotate", $0, "--format", "jsonl"]).output) }
        func ids(_ documents: [[String: Any]]) -> [String: [String]] {
            Dictionary(documents.map { document in
                (document["id"] as? String ?? "", (document["entities"] as? [[String: Any]] ?? []).compactMap { $0["entity_id"] as? String })
            }, uniquingKeysWith: { a, _ in a })
        }
        #expect(ids(alone) == ids(documents))

        // JSONL read back: the same people as from the text.
        let reread = try byline(["people", "--input-format", "jsonl", "-", "--format", "jsonl"], input: Data(together.output.utf8))
        #expect(reread.status == 0, "\(reread.errors)")
        #expect(try objects(reread.output).map { $0["id"] as? String } == people.map { $0["id"] as? String })
    }

    @Test func aBadInputIsReportedAndTheOthersAreCounted() throws {
        let directory = try makeWorkspace([
            "a.txt": Data("Antony Blinken arrived in Paris. Blinken said he was pleased.".utf8),
            "b.txt": Data([0x4F, 0x6B, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A]),
            "c.txt": Data("Secretary of State Antony Blinken left on Monday.".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try byline(["people", directory.path, "--format", "tsv"])
        #expect(run.status == 1)
        #expect(run.errors.contains("b.txt:2 (byte 6): invalid UTF-8 (byte 0xE9)"))
        let blinken = run.output.split(separator: "\n").first { $0.contains("\tAntony Blinken\t") }
        #expect(blinken?.split(separator: "\t")[3] == "2")
    }
}
