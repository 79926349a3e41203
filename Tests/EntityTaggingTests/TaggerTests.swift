import Byline
import Foundation
import Testing
import TestSupport
@testable import EntityTagging

/// The shipped model on the kinds of text the issue names, through the whole pipeline.
@Suite struct TaggerTests {
    static let annotator = Result { try Annotator() }

    func entities(_ text: String, annotator: Annotator? = nil) throws -> [String] {
        let document = try (annotator ?? Self.annotator.get()).annotate(text)
        return document.entities.map { entity in
            let first = document.tokens[entity.tokens.lowerBound].span.start
            let last = document.tokens[entity.tokens.upperBound - 1].span.end
            return "\(entity.type.rawValue):\(document.sourceText(TextSpan(first, last)))"
        }
    }

    /// Both taggers: the accurate one decodes from the perceptron's scores, not its entities,
    /// so the rule is applied to its own path too.
    @Test(arguments: EntityTaggerKind.allCases)
    func titlesAreNotPartOfTheName(_ kind: EntityTaggerKind) throws {
        let found = try entities("Dr. Smith arrived. Chancellor Olaf Scholz and President Joe Biden spoke in St. Louis.",
                                 annotator: try Annotator(entityModel: kind.recognizer()))
        #expect(found.contains("PER:Smith"))
        #expect(found.contains("PER:Olaf Scholz"))
        #expect(found.contains("PER:Joe Biden"))
        #expect(found.contains("LOC:St. Louis"), "a place prefix stays in the name")
        #expect(!found.contains { $0.hasPrefix("PER:Dr") || $0.hasPrefix("PER:Chancellor") || $0.hasPrefix("PER:President") })
    }

    /// A sentence all in lowercase inside a cased document (a quoted post) is read as a
    /// lowercase document of its own by both taggers; the cased sentences keep their entities.
    @Test(arguments: EntityTaggerKind.allCases)
    func aLowercaseSentenceInACasedDocumentIsTagged(_ kind: EntityTaggerKind) throws {
        let cased = "Kenyan police fired tear gas in Nairobi on Tuesday.\n\nWilliam Ruto said the bill would pass."
        let post = "\"ruto must go, we are tired of the taxes in kenya,\" one user wrote."
        let annotator = try Annotator(entityModel: kind.recognizer())
        func names(_ text: String) throws -> [String] {
            let document = try annotator.annotate(text)
            return document.entities.map { entity in
                entity.type.rawValue + ":" + entity.tokens.map { String(document.text(document.tokens[$0].span)) }.joined(separator: " ")
            }
        }
        let alone = try names(cased)
        let mixed = try names(cased.replacingOccurrences(of: "\n\nWilliam", with: "\n\n" + post + "\n\nWilliam"))
        #expect(mixed.contains("PER:ruto"), "\(mixed)")
        #expect(mixed.contains("LOC:kenya"), "\(mixed)")
        #expect(mixed.filter { $0 != "PER:ruto" && $0 != "LOC:kenya" } == alone)
    }

    /// The issue's example of names newer than CoNLL-2003: the models shipped before session 11
    /// tagged "Pashinyan" ORG here. The training text of `models/training/` has him (a story of
    /// the 2020 war), so this checks the model learnt from it, not that it guesses new names.
    @Test(arguments: EntityTaggerKind.allCases)
    func aLeaderOfTodayAloneIsAPerson(_ kind: EntityTaggerKind) throws {
        let document = try Annotator(entityModel: kind.recognizer()).annotate("Pashinyan met Aliyev in Brussels on Monday.")
        let found = document.entities.map { entity in
            entity.type.rawValue + ":" + entity.tokens.map { String(document.text(document.tokens[$0].span)) }.joined(separator: " ")
        }
        #expect(found == ["PER:Pashinyan", "PER:Aliyev", "LOC:Brussels"])
    }

    @Test func allCapitalsHeadlinesAreTagged() throws {
        let found = try entities("GERMANY BEAT FRANCE IN PARIS FRIENDLY\n\nGermany beat France 2-1 in Paris on Sunday.")
        #expect(found.contains("LOC:GERMANY"))
        #expect(found.contains("LOC:PARIS"))
    }

    @Test func quotationsDoNotBreakNames() throws {
        let found = try entities("“We are ready,” said Charles Michel, the President of the European Council.")
        #expect(found.contains("PER:Charles Michel"))
        #expect(found.contains("ORG:European Council"))
    }

    @Test func anEmptyDocumentHasNoEntities() throws {
        #expect(try entities(" \n").isEmpty)
    }

    /// The seeds' entities against their hand-made gold (seeds/gold/*.conllu), on the gold's
    /// own tokens; every miss and false alarm is listed on failure.
    @Test func theSeedsEntitiesMatchTheirGold() throws {
        let annotator = try Self.annotator.get()
        var gold: [Document] = [], predicted: [Document] = []
        let directory = Fixtures.packageRoot.appendingPathComponent("seeds/gold")
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".conllu") {
            let text = try Fixtures.text(directory.appendingPathComponent(name))
            for document in try CoNLLUReader().read(text, file: name) {
                var copy = document.removingAnnotations([.entities])
                try annotator.annotate(&copy)
                gold.append(document)
                predicted.append(copy)
            }
        }
        var score = SpanScore(), differences: [String] = []
        for (expected, found) in zip(gold, predicted) {
            let goldSet = Set(expected.entities), foundSet = Set(found.entities)
            score = score + SpanScore(correct: goldSet.intersection(foundSet).count, predicted: foundSet.count, gold: goldSet.count)
            for entity in goldSet.symmetricDifference(foundSet) {
                let words = entity.tokens.map { String(expected.text(expected.tokens[$0].span)) }.joined(separator: " ")
                differences.append("\(goldSet.contains(entity) ? "missed" : "spurious") \(entity.type.rawValue) \(words)")
            }
        }
        #expect(score.f1 >= 0.93, "seed entity F1 \(score.f1):\n\(differences.sorted().joined(separator: "\n"))")
        // The people and bodies the seeds are about, both spellings.
        let names = Set(zip(gold, predicted).flatMap { expected, found in
            found.entities.map { entity in
                "\(entity.type.rawValue):" + entity.tokens.map { String(expected.text(expected.tokens[$0].span)) }.joined(separator: " ")
            }
        })
        for name in ["PER:Charles Michel", "PER:Nikol Pashinian", "PER:Nikol Pashinyan", "PER:Ilham Aliev", "PER:Ilham Aliyev",
                     "LOC:Nagorno-Karabakh", "ORG:European Council", "LOC:Azerbaijan", "LOC:Armenia"] {
            #expect(names.contains(name), "\(name) not found")
        }
    }

    /// CoNLL-2003 test F1 with gold tokens, as `byline evaluate --gold test.txt` reports it,
    /// with every token rewritten by `recase`; nil without ../shared/data.
    func conll2003TestF1(tagger: EntityTaggerKind = .fast, recase: (Substring) -> String = { String($0) }) throws -> Double? {
        let path = Fixtures.sharedData.appendingPathComponent("conll2003/test.txt").path
        guard FileManager.default.fileExists(atPath: path) else {
            print("skipped: \(path) is absent (CoNLL-2003 is not part of the package)")
            return nil
        }
        let text = CoNLL2003Reader.recasing(try Fixtures.text(URL(fileURLWithPath: path)), recase)
        let file = try TaggedFile(text: text, name: "test.txt")
        let comparison = GoldComparison(gold: file)
        let annotator = tagger == .fast ? try Self.annotator.get() : try Annotator(entityModel: tagger.recognizer())
        let documents = try comparison.documents(predictions: comparison.predict { try annotator.annotate(&$0) })
        return EntityEvaluation(documents).conlleval.phrases.f1
    }

    /// The figure the issue requires (88.0).
    @Test func conll2003TestF1IsAtLeast88() throws {
        guard let f1 = try conll2003TestF1() else { return }
        #expect(f1 >= 0.88, "CoNLL-2003 test F1 \(f1)")
    }

    /// The accurate tagger (the network guided by the perceptron): 91.36 with the model shipped
    /// (128 units, trained on train.txt and valid.txt); CI's floor is the issue's 90.0.
    @Test func conll2003TestF1OfTheAccurateTaggerIsAtLeast90() throws {
        guard let f1 = try conll2003TestF1(tagger: .accurate) else { return }
        #expect(f1 >= 0.90, "CoNLL-2003 test F1 of --ner accurate \(f1)")
    }

    /// Lowercased and all-capital text (86.62 and 87.59 when the model was shipped; 1.16 and
    /// 76.79 before the casing features).
    @Test(arguments: [false, true])
    func conll2003TestInOneCaseIsAtLeast85(capitals: Bool) throws {
        guard let f1 = try conll2003TestF1(recase: { capitals ? $0.uppercased() : $0.lowercased() }) else { return }
        #expect(f1 >= 0.85, "CoNLL-2003 test F1 \(f1), every word \(capitals ? "in capitals" : "lowercased")")
    }
}

/// A document longer than a window is tagged a window at a time; the windows must cover it
/// and the entities found in each must land on the right tokens of the whole.
@Suite struct TaggerWindowTests {
    @Test func windowsCoverEverySentenceOnce() {
        let sentences = (0..<5_000).map { Sentence(span: TextSpan($0 * 10, $0 * 10 + 9), tokens: ($0 * 17)..<($0 * 17 + 17)) }
        let windows = NERModel.windows(sentences)
        #expect(windows.count == 3, "85,000 tokens in windows of at least 32,768")
        #expect(windows.first?.lowerBound == 0 && windows.last?.upperBound == sentences.count)
        for (window, next) in zip(windows, windows.dropFirst()) {
            #expect(window.upperBound == next.lowerBound)
            #expect(sentences[window].reduce(0) { $0 + $1.tokens.count } >= NERModel.windowTokens)
        }
        #expect(NERModel.windows([]).isEmpty)
    }

    /// The accurate tagger reads the perceptron's scores of every window at the document's own
    /// token indices: the scores kept for a long document are, window by window, those of the
    /// window tagged as a document of its own.
    @Test func thePerceptronsScoresOfEachWindowAreKeptInPlace() throws {
        let perceptron = try NERModel.bundled()
        let splitter = try Annotator(entityModel: nil)
        let article = try Fixtures.seeds().map(Fixtures.text).joined(separator: "\n\n")
        let copies = NERModel.windowTokens / (try splitter.annotate(article)).tokens.count * 2 + 1
        let long = try splitter.annotate(Array(repeating: article, count: copies).joined(separator: "\n\n"))
        let windows = NERModel.windows(long.sentences)
        try #require(windows.count >= 2)
        let kept = perceptron.scores(in: long).emissions
        #expect(kept.count == long.tokens.count * BILOU.count)
        for window in windows {
            let tokens = long.sentences[window.lowerBound].tokens.lowerBound..<long.sentences[window.upperBound - 1].tokens.upperBound
            var part = long
            part.tokens = Array(long.tokens[tokens])
            part.sentences = long.sentences[window].map { Sentence(span: $0.span, tokens: $0.tokens.shifted(by: -tokens.lowerBound)) }
            let alone = perceptron.scores(in: part).emissions
            // A Bool, not the arrays: a diff of 600,000 scores would take minutes to print.
            let same = kept[(tokens.lowerBound * BILOU.count)..<(tokens.upperBound * BILOU.count)].elementsEqual(alone)
            #expect(same, "window at token \(tokens.lowerBound)")
        }
    }

    @Test func aLongDocumentsEntitiesAreThoseOfItsWindows() throws {
        let model = try NERModel.bundled()
        let splitter = try Annotator(entityModel: nil)
        let article = try Fixtures.seeds().map(Fixtures.text).joined(separator: "\n\n")
        let once = try splitter.annotate(article)
        let copies = NERModel.windowTokens / once.tokens.count * 2 + 1
        let long = try splitter.annotate(Array(repeating: article, count: copies).joined(separator: "\n\n"))
        let windows = NERModel.windows(long.sentences)
        try #require(windows.count >= 2)
        let found = model.entities(in: long)

        func texts(_ entities: some Sequence<Entity>, in document: Document) -> Set<String> {
            Set(entities.map { entity in
                let span = TextSpan(document.tokens[entity.tokens.lowerBound].span.start,
                                    document.tokens[entity.tokens.upperBound - 1].span.end)
                return String(document.text(span))
            })
        }
        let tokenRanges = windows.map { long.sentences[$0.lowerBound].tokens.lowerBound..<long.sentences[$0.upperBound - 1].tokens.upperBound }
        // The first window is tagged as the document made of its text alone would be.
        let firstText = long.text(TextSpan(0, long.sentences[windows[0].upperBound - 1].span.end))
        let first = try splitter.annotate(String(firstText))
        #expect(found.filter { tokenRanges[0].contains($0.tokens.lowerBound) }.map(\.tokens) == model.entities(in: first).map(\.tokens))
        // Every entity lies within one window, and the later windows (the same articles again)
        // name what the first names: entities moved to the wrong tokens would read otherwise.
        // (Their types may differ: the document evidence is gathered per window.)
        let firstNames = texts(found.filter { tokenRanges[0].contains($0.tokens.lowerBound) }, in: long)
        for range in tokenRanges.dropFirst() {
            let inWindow = found.filter { range.contains($0.tokens.lowerBound) }
            #expect(!inWindow.isEmpty)
            #expect(inWindow.allSatisfy { range.contains($0.tokens.upperBound - 1) })
            #expect(texts(inWindow, in: long).isSubset(of: firstNames.union(texts(model.entities(in: once), in: once))))
        }
    }
}
