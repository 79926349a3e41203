import Byline
import Foundation
import Testing
import TestSupport

/// A CoNLL-2003 gold file in IOB1 (the original CoNLL-2003 tagging): two documents.
let goldCoNLL = """
    -DOCSTART- -X- -X- O

    EU NNP B-NP I-ORG
    rejects VBZ B-VP O
    German JJ B-NP I-MISC
    call NN I-NP O
    . . O O

    Peter NNP B-NP I-PER
    Blackburn NNP I-NP I-PER

    -DOCSTART- -X- -X- O

    BRUSSELS NNP B-NP I-LOC
    1996-08-22 CD I-NP O

    """

/// The same tokens predicted, as CoNLL-U Plus in one document.
let predictedCoNLLU = """
    # global.columns = ID FORM MISC BYLINE:NE BYLINE:NUMBER BYLINE:QUOTE
    # newdoc id = predicted
    # sent_id = 1
    1	EU	_	B-ORG	_	_
    2	rejects	_	O	_	_
    3	German	_	B-LOC	_	_
    4	call	_	_	_	_
    5	.	_	O	_	_

    # sent_id = 2
    1	Peter	_	B-PER	_	_
    2	Blackburn	_	I-PER	_	_

    # sent_id = 3
    1	BRUSSELS	_	B-LOC	_	_
    2	1996-08-22	_	O	_	_

    """

@Suite struct GoldComparisonTests {
    func comparison(_ gold: String = goldCoNLL, name: String = "gold.conll") throws -> GoldComparison {
        GoldComparison(gold: try TaggedFile(text: gold, name: name))
    }

    @Test func formatIsChosenByExtensionOrHeader() {
        #expect(TaggedFile.format(name: "a.conllu", text: "") == .conllu)
        #expect(TaggedFile.format(name: "a.txt", text: "# x\n# global.columns = ID FORM\n") == .conllu)
        #expect(TaggedFile.format(name: "a.conll", text: goldCoNLL) == .conll2003)
    }

    @Test func readsTagsAndLinesTheReadersDoNotKeep() throws {
        let gold = try TaggedFile(text: goldCoNLL, name: "gold.conll")
        #expect(gold.tags == ["I-ORG", "O", "I-MISC", "O", "O", "I-PER", "I-PER", "I-LOC", "O"])
        #expect(gold.positions.map(\.line) == [3, 4, 5, 6, 7, 9, 10, 14, 15])
        let predicted = try TaggedFile(text: predictedCoNLLU, name: "pred.conllu")
        #expect(predicted.tags[3] == "O")   // CoNLL-U's empty value
        #expect(predicted.positions[5].line == 11)
    }

    @Test func twoFilesScoreAsConllevalOnTheGoldFileWithThePredictionAppended() throws {
        let documents = try comparison().documents(predicted: TaggedFile(text: predictedCoNLLU, name: "pred.conllu"))
        #expect(documents.map(\.id) == ["gold.conll#1", "gold.conll#2"])
        #expect(documents[0].tokens[0].form == "-DOCSTART-")
        // The same figures as conlleval on the pasted columns (IOB1 gold against BIO2 prediction).
        let pasted = """
            -DOCSTART- -X- -X- O O

            EU NNP B-NP I-ORG B-ORG
            rejects VBZ B-VP O O
            German JJ B-NP I-MISC B-LOC
            call NN I-NP O O
            . . O O O

            Peter NNP B-NP I-PER B-PER
            Blackburn NNP I-NP I-PER I-PER

            -DOCSTART- -X- -X- O O

            BRUSSELS NNP B-NP I-LOC B-LOC
            1996-08-22 CD I-NP O O

            """
        let expected = ConllevalReport.text(try score(pasted).conlleval)
        expectSameLines(ConllevalReport.text(EntityEvaluation(documents).conlleval), expected, "two-file report")
        // IOB1 tags are kept as written: I-ORG against B-ORG is a wrong tag, though a right phrase.
        #expect(expected.hasPrefix("processed 11 tokens with 4 phrases; found: 4 phrases; correct: 3.\naccuracy:  63.64%"))
    }

    @Test func aDifferentTokenIsAnErrorNamingBothLines() throws {
        let predicted = predictedCoNLLU.replacingOccurrences(of: "2\tBlackburn", with: "2\tBlackbird")
        #expect(throws: InputError(file: "pred.conllu", line: 12, byteOffset: 225,
                                   message: "token 'Blackbird' where the gold file has 'Blackburn' at gold.conll:10")) {
            try comparison().documents(predicted: TaggedFile(text: predicted, name: "pred.conllu"))
        }
    }

    @Test func sentencesThatEndDifferentlyAreAnError() throws {
        // The predicted file joins sentences 2 and 3.
        let predicted = predictedCoNLLU.replacingOccurrences(of: "\n\n# sent_id = 3\n1\tBRUSSELS", with: "\n3\tBRUSSELS")
        do {
            _ = try comparison().documents(predicted: TaggedFile(text: predicted, name: "pred.conllu"))
            Issue.record("no error")
        } catch let error as InputError {
            #expect(error.file == "pred.conllu" && error.line == 13)
            #expect(error.message == "'BRUSSELS' goes on a sentence that the gold file ends at gold.conll:10")
        }
    }

    @Test func aShorterPredictionIsAnErrorNamingWhereTheGoldGoesOn() throws {
        let predicted = String(predictedCoNLLU[..<predictedCoNLLU.range(of: "\n# sent_id = 3")!.lowerBound])
        do {
            _ = try comparison().documents(predicted: TaggedFile(text: predicted, name: "pred.conllu"))
            Issue.record("no error")
        } catch let error as InputError {
            #expect(error.line == 12)
            #expect(error.message == "the predicted file ends after 2 sentences; the gold file goes on at gold.conll:14 ('BRUSSELS')")
        }
    }

    @Test func aLongerPredictionIsAnError() throws {
        let predicted = predictedCoNLLU + "# sent_id = 4\n1\tMore\t_\tO\t_\t_\n"
        do {
            _ = try comparison().documents(predicted: TaggedFile(text: predicted, name: "pred.conllu"))
            Issue.record("no error")
        } catch let error as InputError {
            #expect(error.line == 18)
            #expect(error.message.contains("gold.conll:15"))
        }
    }

    @Test func aCoNLLUFileWithoutEntityColumnIsAnError() throws {
        let plain = "# global.columns = ID FORM MISC\n1\tEU\t_\n"
        #expect(throws: InputError.self) { try TaggedFile(text: plain, name: "p.conllu") }
    }

    @Test func predictionInputHidesTheGoldTags() throws {
        let comparison = try comparison(predictedCoNLLU, name: "gold.conllu")
        #expect(!comparison.gold.documents[0].entities.isEmpty)
        let input = comparison.predictionInput()
        #expect(input[0].entities.isEmpty && input[0].inputColumns == nil)
        #expect(input[0].layers == [.text, .sentences, .tokens])
        #expect(input[0].tokens == comparison.gold.documents[0].tokens)
    }

    /// End to end: predictions made on the gold tokens score as conlleval scores what
    /// `byline annotate --input-format conll2003` writes for the same predictions.
    @Test func predictionsScoreAsTheirCoNLLOutputDoes() throws {
        let comparison = try comparison()
        // A stand-in tagger: every capitalized word is a one-token ORG.
        let predictions = try comparison.predict { document in
            document.entities = document.tokens.indices.filter { document.text(document.tokens[$0].span).first?.isUppercase == true }
                .map { Entity(tokens: $0..<($0 + 1), type: .organization) }
            document.layers.insert(.entities)
        }
        let scored = ConllevalReport.text(EntityEvaluation(try comparison.documents(predictions: predictions)).conlleval)

        var written = ""
        for (index, var document) in comparison.gold.documents.enumerated() {
            document.entities = predictions[index].entities
            CoNLL2003Writer().write(document, into: &written)
        }
        expectSameLines(scored, try conllevalReport(written), "end to end against annotate's output")
        #expect(scored.contains("found: 5 phrases; correct: 1."))
    }

    /// The pipeline without an entity model (the plumbing does not depend on the model).
    @Test func thePipelineScoresLikeItsAnnotateOutput() throws {
        let comparison = try comparison()
        let annotator = try Annotator(entityModel: nil)
        let predictions = try comparison.predict { try annotator.annotate(&$0) }
        let scored = ConllevalReport.text(EntityEvaluation(try comparison.documents(predictions: predictions)).conlleval)
        let batch = Batch(annotator: annotator, inputFormat: .conll2003)
        var written = ""
        _ = batch.run(["-"], sinks: .init(output: { written += $0 }, diagnostic: { Issue.record("\($0)") },
                                          readStandardInput: { Data(goldCoNLL.utf8) }))
        expectSameLines(scored, try conllevalReport(written), "pipeline against annotate's output")
        #expect(scored.hasPrefix("processed 11 tokens with 4 phrases;"))
    }

    static let validation = Fixtures.sharedData.appendingPathComponent("conll2003/valid.txt")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: validation.path), "needs ../shared/data/conll2003"))
    func theValidationSetCountsAsConllevalCountsIt() throws {
        let url = Self.validation
        let comparison = GoldComparison(gold: try TaggedFile(text: try Fixtures.text(url), name: "valid.txt"))
        let annotator = try Annotator(entityModel: nil)
        let evaluation = EntityEvaluation(try comparison.documents(predictions: comparison.predict { try annotator.annotate(&$0) }))
        #expect(evaluation.conlleval.tokens == 51578)   // conlleval counts the 216 -DOCSTART- lines too
        #expect(evaluation.conlleval.phrases.gold == 5942)
    }
}
