import ArgumentParser
import Byline
import Foundation

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score entities against gold (conlleval.pl's report, byte for byte), and numbers and quotes.",
        discussion: """
            Three ways to give the tags:
              byline evaluate [FILE]        FILE (default: standard input) as
                                            conlleval.pl reads it: each line ends
                                            with the gold and the predicted tag,
                                            blank lines end sentences
              byline evaluate --gold G --predicted P
                                            CoNLL-2003 or CoNLL-U Plus files
                                            (BYLINE:NE) of the same tokens
              byline evaluate --gold G      runs Byline's pipeline on G's tokens
                                            and scores it; G may be a directory
                                            (its *.conll and *.conllu files)

            With --gold, a gold file with number and quote columns (CoNLL-U Plus,
            like seeds/gold/) also gets the number and quote scores after the
            entity report (see the README, "Evaluation").

            The report is conlleval.pl's, with the same numbers and rounding:
              processed 51578 tokens with 5942 phrases; found: 5942 phrases; ...
              accuracy: 100.00%; precision: 100.00%; recall: 100.00%; FB1: 100.00
                            LOC: precision: 100.00%; recall: 100.00%; ...  1837

            As in conlleval: -DOCSTART- lines count as tokens; a tag splits at
            its first hyphen (B-PER); IOB1, IOB2 and ill-formed sequences score
            as conlleval scores them; conlleval has no rule for S-, nor for E-
            then B-, and IOBES is scored as it scores it; -o only applies with
            -r. BILOU's L- and U- are read as E- and S-. Unlike conlleval,
            columns split at runs of spaces and tabs unless -d is given (-d ' '
            splits at each space, as conlleval does).

            With --gold, the tags are the gold file's with the prediction as a
            last column, -DOCSTART- lines included: the report is conlleval's on
            `byline annotate --input-format conll2003 G`.

            More, after the report: --per-document (as the readers split the
            documents, or at -DOCSTART- lines), --confusion (types of phrases
            with the same tokens), --partial-match (SemEval-2013 strict, exact,
            partial and type schemes), --errors (each false positive and false
            negative in its sentence). --json prints all figures as JSON
            (fractions, not percentages).

            Examples:
              byline annotate --input-format conll2003 test.txt | byline evaluate
              byline evaluate --gold test.txt --predicted out.conllu --errors
              byline evaluate --gold ../shared/data/conll2003/valid.txt --json
            """)

    @Argument(help: "A file whose lines end with the gold and the predicted tag, or - for standard input (the default).")
    var file: String?

    @Option(name: [.customShort("d"), .customLong("delimiter")],
            help: "Column delimiter, taken literally (\\t is a tab). Default: runs of spaces and tabs.")
    var delimiter: String?

    @Option(name: [.customShort("o"), .customLong("outside-tag")], help: "The outside tag in raw mode.")
    var outsideTag = "O"

    @Flag(name: [.customShort("r"), .long], help: "Raw tags: every tag but the outside tag is a one-token phrase of that type.")
    var raw = false

    @Option(help: "Gold file (CoNLL-2003 or CoNLL-U Plus), or with no --predicted a directory of them.")
    var gold: String?

    @Option(help: "Predicted file (CoNLL-2003 or CoNLL-U Plus) with the gold file's tokens and sentences.")
    var predicted: String?

    @Option(help: "With --gold alone: the entity tagger to run, fast (the default) or accurate.")
    var ner: EntityTaggerKind = .fast

    @Option(help: "With --gold alone: an entity model file of the --ner kind to run (default: the one shipped with Byline).")
    var nerModel: String?

    @Option(help: "With --ner accurate: the perceptron's share of a path's score in the joint decoding (default 2, chosen on CoNLL-2003 valid.txt).")
    var guideWeight: Float?

    @Flag(help: "Print the results as JSON.")
    var json = false

    @Flag(help: "Add each document's figures.")
    var perDocument = false

    @Flag(help: "Add the type confusion table.")
    var confusion = false

    @Flag(help: "Add the SemEval-2013 partial-match figures.")
    var partialMatch = false

    @Flag(help: "Add every false positive and false negative with its sentence.")
    var errors = false

    func validate() throws {
        if gold == nil, predicted != nil { throw ValidationError("--predicted needs --gold") }
        if gold != nil, file != nil { throw ValidationError("give a FILE or --gold, not both") }
        if gold != nil, delimiter != nil { throw ValidationError("-d applies to a FILE, not to --gold") }
        if let delimiter, ColumnDelimiter(argument: delimiter) == nil { throw ValidationError("-d needs a delimiter") }
        if nerModel != nil || ner != .fast, gold == nil || predicted != nil {
            throw ValidationError("--ner and --ner-model apply to --gold without --predicted")
        }
        if guideWeight != nil, ner != .accurate { throw ValidationError("--guide-weight applies to --ner accurate") }
    }

    func run() throws {
        let tags = TagReading(raw: raw, outsideTag: outsideTag)
        let documents: [TaggedDocument]
        var layers: LayerScores? = nil
        do {
            if let gold {
                (documents, layers) = try goldDocuments(gold, tags: tags)
            } else {
                let name = file ?? "-"
                let bytes = try Self.read(name)
                let columns = delimiter.flatMap(ColumnDelimiter.init(argument:)) ?? .whitespace
                let reader = TagFileReader(delimiter: columns, tags: tags)
                // conlleval reads an empty input as no tokens; anything else must be UTF-8 text.
                if !bytes.isEmpty { _ = try SourceDecoder().decode(bytes, file: Self.displayName(name)) }
                documents = try reader.read(bytes, file: Self.displayName(name))
            }
        } catch {
            // An input error, or a model file that cannot be read: said plainly, exit status 1.
            FileHandle.standardError.write(Data("byline: error: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let evaluation = EntityEvaluation(documents)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var results = EvaluationJSON(evaluation, includeDocuments: perDocument, includeErrors: errors)
            results.numbers = layers?.numbers
            results.quotes = layers?.quotes
            let data = try encoder.encode(results)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            var sections: EvaluationReport.Sections = []
            if perDocument { sections.insert(.perDocument) }
            if confusion { sections.insert(.confusion) }
            if partialMatch { sections.insert(.partialMatch) }
            if errors { sections.insert(.errors) }
            let report = EvaluationReport.text(evaluation, sections: sections) + (layers?.report ?? "")
            FileHandle.standardOutput.write(Data(report.utf8))
        }
    }

    /// Two-file mode with --predicted; otherwise the pipeline's predictions on every gold file.
    /// Also the number and quote scores, for the layers the gold has.
    private func goldDocuments(_ gold: String, tags: TagReading) throws -> ([TaggedDocument], LayerScores) {
        if let predicted {
            let goldFile = try Self.taggedFile(gold), predictedFile = try Self.taggedFile(predicted)
            let documents = try GoldComparison(gold: goldFile, tags: tags).documents(predicted: predictedFile)
            return (documents, try LayerScores(gold: goldFile.documents, predicted: predictedFile.documents))
        }
        let (inputs, problems) = InputFiles(extensions: ["conll", "conllu"]).expand([gold])
        if let problem = problems.first { throw problem }
        let annotator = try Annotator(entityModel: try ner.recognizer(modelFile: nerModel, guideWeight: guideWeight))
        var documents: [TaggedDocument] = []
        var goldDocuments: [Document] = [], predictions: [Document] = []
        for input in inputs {
            let comparison = GoldComparison(gold: try Self.taggedFile(input.path), tags: tags)
            let predicted = try comparison.predict { try annotator.annotate(&$0) }
            documents += try comparison.documents(predictions: predicted)
            goldDocuments += comparison.gold.documents
            predictions += predicted
        }
        return (documents, try LayerScores(gold: goldDocuments, predicted: predictions))
    }

    private static func taggedFile(_ path: String) throws -> TaggedFile {
        let text = try SourceDecoder().decode(read(path), file: displayName(path)).text
        return try TaggedFile(text: text, name: displayName(path))
    }

    private static func displayName(_ path: String) -> String { path == "-" ? "stdin" : path }

    private static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw InputError(file: path, message: exists ? "cannot read the file" : "no such file or directory")
        }
    }
}
