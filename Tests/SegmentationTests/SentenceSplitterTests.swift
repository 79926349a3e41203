import Byline
import Foundation
import Testing
import TestSupport

private let splitter = try! SentenceSplitter()

private func sentences(_ text: String) throws -> [String] {
    try splitter.split(text).map { text.slice($0).collapsingWhitespace() }
}

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        // titles, initials, corporate suffixes, months, No., a.m./p.m.
        ("Dr. Smith met Sen. Jones and Gen. Lee. Gov. Brown and St. Louis agreed.",
         ["Dr. Smith met Sen. Jones and Gen. Lee.", "Gov. Brown and St. Louis agreed."]),
        ("The deal with Acme Inc. was signed. Acme Corp. said so. It closed with Pitt & Co. It rose.",
         ["The deal with Acme Inc. was signed.", "Acme Corp. said so.", "It closed with Pitt & Co.", "It rose."]),
        ("He met James O. Brien in the U.S. Capitol. Then he left the U.K. The talks ended.",
         ["He met James O. Brien in the U.S. Capitol.", "Then he left the U.K.", "The talks ended."]),
        ("It happened on Oct. 5 and ended in Dec. 2023. See No. 7 at 9 a.m. today.",
         ["It happened on Oct. 5 and ended in Dec. 2023.", "See No. 7 at 9 a.m. today."]),
    ])
    func abbreviationsDoNotEndSentences(text: String, expected: [String]) throws {
        #expect(try sentences(text) == expected)
    }

    @Test(arguments: [
        ("“Why?” he asked. “Because!” she said.", ["“Why?” he asked.", "“Because!” she said."]),
        ("He said: “We will win.” The crowd cheered.", ["He said: “We will win.”", "The crowd cheered."]),
        ("“We will win,” he said. “Soon.”", ["“We will win,” he said.", "“Soon.”"]),
        ("She works at Yahoo! in the accounting department.", ["She works at Yahoo! in the accounting department."]),
    ])
    func quotations(text: String, expected: [String]) throws {
        #expect(try sentences(text) == expected)
    }

    @Test func ellipses() throws {
        #expect(try sentences("He paused ... and went on. The end.") == ["He paused ... and went on.", "The end."])
        #expect(try sentences("I never meant that.... She left.") == ["I never meant that....", "She left."])
    }

    @Test func inlineLists() throws {
        #expect(try sentences("1. The first item 2. The second item") == ["1. The first item", "2. The second item"])
        #expect(try sentences("a) Buy milk b) Buy bread") == ["a) Buy milk", "b) Buy bread"])
        // A single number at a sentence end is not a list.
        #expect(try sentences("The score was 2. The crowd left.") == ["The score was 2.", "The crowd left."])
    }

    @Test func paragraphBreaksAlwaysSplit() throws {
        // A blank line ends a sentence even after a title abbreviation or without punctuation.
        #expect(try sentences("Regular incidents at the border\n\nThe victory ended it.")
                == ["Regular incidents at the border", "The victory ended it."])
        #expect(try sentences("He met Dr.\n\nSmith was there.") == ["He met Dr.", "Smith was there."])
        // A hard-wrapped sentence continues over a single line break.
        #expect(try sentences("It was a cold\nnight in the city. Next.") == ["It was a cold night in the city.", "Next."])
    }

    /// Text wrapped at a fixed width: a line break is a space even before a capital, so a name
    /// broken over two lines stays in one sentence; a headline over a body keeps its line.
    @Test func aParagraphWrappedAtAFixedWidthRunsOn() throws {
        let wrapped = """
            Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham
            Aliyev in Brussels on Monday, the two leaders said in a statement issued
            after the talks, which were mediated by European Council President
            Charles Michel. Both sides welcomed it.
            """
        #expect(try sentences(wrapped) == [
            "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Brussels on Monday, "
                + "the two leaders said in a statement issued after the talks, which were mediated by European Council "
                + "President Charles Michel.",
            "Both sides welcomed it.",
        ])
        // Lines of unequal length: a headline, a subhead and a dateline's paragraph.
        let headed = "ARMENIA AND AZERBAIJAN AGREE\nLeaders meet in Brussels as talks resume after months of deadlock\n"
            + "BRUSSELS (Reuters) - Armenia and Azerbaijan agreed on Thursday to exchange prisoners."
        #expect(try sentences(headed).count == 3)
        // Two lines are no wrapped paragraph, nor are short lines.
        #expect(try sentences("Talks between the two neighbours resumed in Brussels on Thursday\nBaku and Yerevan both attended").count == 2)
        #expect(try sentences("Yerevan\nBaku\nBrussels\nWashington").count == 4)
    }

    @Test func runTogetherSentences() throws {
        #expect(try sentences("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot.")
                == ["Hello world.", "Today is Tuesday.", "Mr. Smith bought 1,000.", "That is a lot."])
        #expect(try sentences("Write to Jane.Doe@example.com. Thanks.") == ["Write to Jane.Doe@example.com.", "Thanks."])
    }

    @Test func emptyAndBlankTexts() throws {
        #expect(try splitter.split("").isEmpty)
        #expect(try splitter.split(" \n\n\t ").isEmpty)
    }

    /// The English Golden Rules (pySBD's test set; ../shared/data/sbd). The issue asks for 49 of
    /// 52; plain ICU passes 30, which this test also checks so the baseline stays honest.
    @Test(.enabled(if: FileManager.default.fileExists(
        atPath: Fixtures.sharedData.appendingPathComponent("sbd/golden_rules_en.jsonl").path),
        "../shared/data/sbd is not beside the package"))
    func goldenRules() throws {
        struct Rule: Decodable { var id: String; var text: String; var sentences: [String] }
        let lines = try Fixtures.text(Fixtures.sharedData.appendingPathComponent("sbd/golden_rules_en.jsonl"))
            .split(separator: "\n")
        let rules = try lines.map { try JSONDecoder().decode(Rule.self, from: Data($0.utf8)) }
        let failed = try rules.filter { try sentences($0.text) != $0.sentences }.map(\.id)
        let icuPassed = try rules.filter { rule in
            try splitter.splitWithICUOnly(rule.text).map { rule.text.slice($0).collapsingWhitespace() } == rule.sentences
        }.count
        #expect(rules.count == 52)
        #expect(rules.count - failed.count >= 49, "failed: \(failed)")
        #expect(icuPassed == 30)
    }

    /// The seeds' sentence split, checked by hand, in seeds/gold/*.sentences (one a line).
    @Test func seedsMatchTheirGoldSentences() throws {
        let annotator = try Annotator()
        for seed in try Fixtures.seeds() {
            let gold = seed.deletingLastPathComponent().appendingPathComponent("gold")
                .appendingPathComponent(seed.deletingPathExtension().lastPathComponent + ".sentences")
            let document = try annotator.annotate(try Fixtures.text(seed))
            let produced = document.sentences.map { document.sourceText($0.span).collapsingWhitespace() + "\n" }.joined()
            expectSameLines(produced, try Fixtures.text(gold), gold.lastPathComponent)
        }
    }
}
