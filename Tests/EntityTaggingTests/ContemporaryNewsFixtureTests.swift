import Byline
import Foundation
import Testing
import TestSupport

/// The hand-tagged contemporary news sets in Fixtures/ are gold that the tagger is scored on
/// (`byline evaluate --gold`), and those in models/training/ are training data of the shipped
/// models. These tests read them as data only. They never run a tagger, so a new set stays
/// blind until it is scored. They check what a score on the sets, or a model trained on them,
/// relies on: the file reads with CoNLL2003Reader, its tags are valid BIO2, it is big enough
/// and has every type, and its description (`<name>.md`) still gives the file's counts. A gold
/// tag fixed later without updating the table fails here.
@Suite struct ContemporaryNewsFixtureTests {
    static let sets = ["contemporary-news", "contemporary-news-2", "contemporary-news-3", "contemporary-news-4", "encyclopedia", "encyclopedia-2"]
        .map { "Tests/EntityTaggingTests/Fixtures/\($0)" }
        + trainingParts
    /// Every `.conll` part of models/training/, by name.
    static var trainingParts: [String] {
        let folder = Fixtures.packageRoot.appendingPathComponent("models/training").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".conll") }.sorted().map { "models/training/" + $0.dropLast(6) }
    }
    /// The issue asks for 300+ sentences; the sets were written to at least 330, the training
    /// parts to at least 350.
    static let minimumSentences = 330
    /// The convention the gold sets' descriptions state: one topic a document, 5–12
    /// sentences; the training parts were checked for 4–14 as they were written.
    static func sentencesPerDocument(_ name: String) -> ClosedRange<Int> {
        name.hasPrefix("models/training/") ? 4...14 : 5...12
    }

    static func fixture(_ path: String) -> URL {
        Fixtures.packageRoot.appendingPathComponent(path)
    }

    /// What a set's file holds, counted the way its description's table counts.
    struct GoldCounts: Equatable, CustomStringConvertible {
        var documents = 0
        var sentences = 0
        var tokens = 0
        var entities: [String: Int] = [:]

        var description: String {
            "\(documents) documents, \(sentences) sentences, \(tokens) tokens, entities "
                + EntityType.allCases.map { "\($0.rawValue) \(entities[$0.rawValue, default: 0])" }.joined(separator: " ")
        }
    }

    /// Reads a set, recording a failure for every tag that is not BIO2 (unknown tag, or I-X
    /// not after B-X/I-X of the same sentence), for a line without exactly two columns, and
    /// for a document outside its set's range of sentences.
    static func read(_ name: String) throws -> GoldCounts {
        let file = "\(name).conll"
        let documents = try CoNLL2003Reader().read(try Fixtures.text(fixture(file)), file: (file as NSString).lastPathComponent)
        var counts = GoldCounts(documents: documents.count)
        for document in documents {
            #expect(sentencesPerDocument(name).contains(document.sentences.count),
                    "\(document.id) has \(document.sentences.count) sentences")
            let columns = document.inputColumns ?? []
            for (number, sentence) in document.sentences.enumerated() {
                var open: String? = nil
                for index in sentence.tokens {
                    let row = columns[index]
                    let place = "\(document.id) sentence \(number + 1), token '\(row.first ?? "")'"
                    #expect(row.count == 2, "\(place): \(row.count) columns, expected TOKEN TAG")
                    let tag = row.last ?? ""
                    counts.tokens += 1
                    guard tag != "O" else { open = nil; continue }
                    let prefix = tag.first ?? " "
                    let type = String(tag.dropFirst(2))
                    #expect(["B", "I"].contains(prefix) && tag.dropFirst().first == "-" && EntityType(rawValue: type) != nil,
                            "\(place): tag '\(tag)' is not O, B-TYPE or I-TYPE")
                    if prefix == "I" {
                        #expect(open == type, "\(place): \(tag) does not continue a \(type) entity")
                    } else {
                        counts.entities[type, default: 0] += 1
                    }
                    open = type
                }
            }
            counts.sentences += document.sentences.count
        }
        return counts
    }

    /// The counts in a description's table: the first number of the rows named documents,
    /// sentences, tokens and each entity type (`| PER | 258 (223 distinct strings) |`). A
    /// label's note in parentheses is dropped (`tokens (not counting ...)`); other rows, such as
    /// `sentences with no entity`, are not counts the file is checked against.
    static func describedCounts(_ name: String) throws -> GoldCounts {
        var counts = GoldCounts()
        for line in try Fixtures.text(fixture("\(name).md")).split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, let label = cells[0].components(separatedBy: " (").first,
                  let number = Int(cells[1].prefix { $0.isNumber || $0 == "," }.filter(\.isNumber))
            else { continue }
            switch label {
            case "documents": counts.documents = number
            case "sentences": counts.sentences = number
            case "tokens": counts.tokens = number
            case _ where EntityType(rawValue: label) != nil: counts.entities[label] = number
            default: continue
            }
        }
        return counts
    }

    @Test func theTrainingPartsAreFound() {
        #expect(Self.trainingParts.count >= 3, "models/training/ has \(Self.trainingParts)")
    }

    @Test(arguments: sets) func readsAsBIO2GoldWithEveryType(_ name: String) throws {
        let counts = try Self.read(name)
        #expect(counts.sentences >= Self.minimumSentences, "\(name): \(counts)")
        for type in EntityType.allCases {
            #expect(counts.entities[type.rawValue, default: 0] > 0, "\(name) has no \(type.rawValue) entity")
        }
    }

    @Test(arguments: sets) func descriptionGivesTheFilesCounts(_ name: String) throws {
        let counted = try Self.read(name)
        let described = try Self.describedCounts(name)
        #expect(counted == described, "\(name).conll against the table in \(name).md")
    }
}
