import BylineCore
import Evaluation
import Foundation
import Testing
import TestSupport

/// One random conlleval input: what Byline reads, what conlleval.pl reads (the same but for
/// BILOU's L-/U-, written as E-/S- for conlleval), and the options of both.
struct ParityCase: Sendable {
    enum Scheme: CaseIterable { case iob1, iob2, iobes, bilou, raw, noisy }

    var number: Int
    var scheme: Scheme
    var input: String
    var perlInput: String
    var perlArguments: [String] = []
    var delimiter: ColumnDelimiter = .whitespace
    var tags = TagReading()
    /// The line made malformed on purpose, if any.
    var malformedLine: Int? = nil
    /// Every tag has a type and one of the prefixes B, I, E, S (L, U) and O: phrases found with
    /// conlleval's rules then give its counts.
    var wellFormed = true
}

/// Makes random tag files: several types (some with hyphens, non-ASCII, `0`), IOB1, IOB2,
/// IOBES, BILOU and raw tags, predictions that drop, add, retype and shift phrases, ill-formed
/// tags, empty sentences and runs of blank lines, `-X-` and `-DOCSTART-` lines, files without
/// a final newline, CRLF, tab and doubled-space columns, and a few malformed lines.
struct ParityCaseGenerator {
    var random: SplitMix64

    private struct Phrase { var start: Int; var length: Int; var type: String }

    private let typePools: [[String]] = [
        ["PER", "LOC", "ORG", "MISC"],
        ["PER", "LOC"],
        ["NP", "VP", "PP", "ADJP", "SBAR"],
        ["B-X", "Multi-Hyphen-Type", "0", "Ünïcode"],
        ["a-very-long-type-name-beyond-17", "LOC"],
    ]

    mutating func makeCase(_ number: Int) -> ParityCase {
        switch number {
        case 0: return plain(number, "")
        case 1: return plain(number, "word B-PER B-PER\n")
        case 2: return plain(number, "\n\n\n")
        case 3: return plain(number, "word O B-LOC")
        case 4: return plain(number, "-DOCSTART- -X- O O\n")
        case 5: return plain(number, "B-PER I-PER\nI-PER I-PER\n")
        default: break
        }
        let scheme = ParityCase.Scheme.allCases.randomElement(using: &random)!
        var testCase = ParityCase(number: number, scheme: scheme, input: "", perlInput: "")
        let types = typePools.randomElement(using: &random)!
        // The type 0 is no type to conlleval.
        testCase.wellFormed = scheme != .noisy && !types.contains("0")
        let outsideTag: String
        if scheme == .raw {
            outsideTag = ["O", "NIL", "OUT"].randomElement(using: &random)!
            testCase.tags = TagReading(raw: true, outsideTag: outsideTag)
            testCase.perlArguments += ["-r", "-o", outsideTag]
        } else {
            outsideTag = "O"
            if Int.random(in: 0..<10, using: &random) == 0 {
                // -o without -r: conlleval ignores it, and so must Byline.
                testCase.perlArguments += ["-o", "NIL"]
            }
        }

        // Column layout: the delimiter and how many columns come before the two tags.
        enum Layout { case single, tab, literalSpace, literalWord }
        let layout: Layout = [.single, .single, .single, .single, .single, .single, .tab, .literalSpace, .literalWord]
            .randomElement(using: &random)!
        let separator: String
        switch layout {
        case .single: separator = " "
        case .tab:
            separator = "\t"
            testCase.delimiter = ColumnDelimiter(argument: "\\t")!
            testCase.perlArguments += ["-d", "\\t"]
        case .literalSpace:
            separator = " "
            testCase.delimiter = .literal([0x20])
            testCase.perlArguments += ["-d", " "]
        case .literalWord:
            separator = "::"
            testCase.delimiter = .literal(Array("::".utf8))
            testCase.perlArguments += ["-d", "::"]
        }
        let leadingColumns = Int.random(in: 0...3, using: &random)
        let lineEnd = layout == .literalSpace && Int.random(in: 0..<6, using: &random) == 0 ? "\r\n" : "\n"

        var lines: [String] = []
        var perlLines: [String] = []
        // With a literal space, conlleval's own splitting: a leading space on every line makes an
        // empty first column, and a rare doubled space an extra column (an error, for both).
        let leadingSpace = layout == .literalSpace && Bool.random(using: &random)
        func emit(_ columns: [String], perlColumns: [String]? = nil) {
            var joiner = separator
            if layout == .literalSpace && Int.random(in: 0..<40, using: &random) == 0 { joiner = "  " }
            lines.append((leadingSpace ? " " : "") + columns.joined(separator: joiner))
            perlLines.append((leadingSpace ? " " : "") + (perlColumns ?? columns).joined(separator: joiner))
        }
        func blank() {
            lines.append("")
            perlLines.append("")
        }
        func filler(_ word: String) -> [String] {
            leadingColumns == 0 ? [] : [word] + (1..<leadingColumns).map { _ in ["NNP", "B-NP", "x", "_"].randomElement(using: &random)! }
        }

        let documents = Int.random(in: 1...3, using: &random)
        for _ in 0..<documents {
            if leadingColumns > 0 && Int.random(in: 0..<3, using: &random) > 0 {
                emit(filler("-DOCSTART-") + ["O", outsideTag == "O" ? "O" : outsideTag])
                blank()
            }
            for _ in 0..<Int.random(in: 0...5, using: &random) {
                let length = Int.random(in: 0..<10, using: &random) == 0 ? 1 : Int.random(in: 1...12, using: &random)
                let gold = phrases(length: length, types: types)
                let predicted = mutate(gold, length: length, types: types)
                let goldTags = render(gold, length: length, scheme: scheme, outsideTag: outsideTag)
                let predictedTags = render(predicted, length: length, scheme: scheme, outsideTag: outsideTag)
                    .map { scheme == .noisy ? noise($0, types: types) : $0 }
                let goldColumn = scheme == .noisy ? goldTags.map { noise($0, types: types) } : goldTags
                for index in 0..<length {
                    let word = ["the", "Peter", "EU", "-X-", "U.S.", "call", "1996", "-"].randomElement(using: &random)!
                    let columns = filler(word) + [goldColumn[index], predictedTags[index]]
                    emit(columns, perlColumns: scheme == .bilou ? columns.map(Self.bilouAsIOBES) : nil)
                }
                switch Int.random(in: 0..<8, using: &random) {
                case 0: break                       // sentences run together
                case 1: blank(); blank(); blank()   // empty sentences
                case 2 where leadingColumns > 0: emit(filler("-X-") + ["O", "O"])
                default: blank()
                }
            }
        }
        if Int.random(in: 0..<30, using: &random) == 0 && lines.count > 2 {
            // A malformed line: one column short.
            let index = Int.random(in: 1..<lines.count, using: &random)
            lines[index] = "short"
            perlLines[index] = "short"
            // Where lines may differ in columns anyway, an earlier line may be the first error.
            testCase.malformedLine = layout == .literalSpace ? nil : index + 1
        }
        let finalNewline = Int.random(in: 0..<5, using: &random) > 0
        testCase.input = lines.joined(separator: lineEnd) + (finalNewline && !lines.isEmpty ? lineEnd : "")
        testCase.perlInput = perlLines.joined(separator: lineEnd) + (finalNewline && !perlLines.isEmpty ? lineEnd : "")
        return testCase
    }

    private func plain(_ number: Int, _ text: String) -> ParityCase {
        ParityCase(number: number, scheme: .iob2, input: text, perlInput: text)
    }

    static func bilouAsIOBES(_ column: String) -> String {
        if column.hasPrefix("L-") { return "E-" + column.dropFirst(2) }
        if column.hasPrefix("U-") { return "S-" + column.dropFirst(2) }
        return column
    }

    private mutating func phrases(length: Int, types: [String]) -> [Phrase] {
        var result: [Phrase] = []
        var index = 0
        while index < length {
            if Int.random(in: 0..<5, using: &random) < 2 {
                let phraseLength = min(length - index, Int.random(in: 1...3, using: &random))
                result.append(Phrase(start: index, length: phraseLength, type: types.randomElement(using: &random)!))
                index += phraseLength
            } else {
                index += 1
            }
        }
        return result
    }

    private mutating func mutate(_ gold: [Phrase], length: Int, types: [String]) -> [Phrase] {
        var result: [Phrase] = []
        for var phrase in gold {
            switch Int.random(in: 0..<20, using: &random) {
            case 0...2: continue                                                   // missed
            case 3...5: phrase.type = types.randomElement(using: &random)!          // retyped
            case 6...7 where phrase.length > 1: phrase.length -= 1                  // shorter
            case 8...9 where phrase.start + phrase.length < length: phrase.length += 1  // longer
            default: break
            }
            result.append(phrase)
        }
        if Int.random(in: 0..<4, using: &random) == 0 {
            // A spurious phrase wherever it lands; it may overlap the others (then the later wins).
            let start = Int.random(in: 0..<length, using: &random)
            result.append(Phrase(start: start, length: 1, type: types.randomElement(using: &random)!))
        }
        return result
    }

    private mutating func render(_ phrases: [Phrase], length: Int, scheme: ParityCase.Scheme, outsideTag: String) -> [String] {
        var tags = [String](repeating: outsideTag, count: length)
        var previousEnd = -1, previousType = ""
        for phrase in phrases.sorted(by: { $0.start < $1.start }) {
            for offset in 0..<phrase.length {
                let position = phrase.start + offset
                let first = offset == 0, last = offset == phrase.length - 1
                let prefix: String
                switch scheme {
                case .iob2, .noisy: prefix = first ? "B" : "I"
                case .iob1: prefix = first && previousEnd == phrase.start && previousType == phrase.type ? "B" : "I"
                case .iobes: prefix = first && last ? "S" : first ? "B" : last ? "E" : "I"
                case .bilou: prefix = first && last ? "U" : first ? "B" : last ? "L" : "I"
                case .raw: prefix = ""
                }
                tags[position] = prefix.isEmpty ? phrase.type : prefix + "-" + phrase.type
            }
            previousEnd = phrase.start + phrase.length
            previousType = phrase.type
        }
        return tags
    }

    /// Ill-formed tags now and then: a tag conlleval must still score as it scores it.
    private mutating func noise(_ tag: String, types: [String]) -> String {
        guard Int.random(in: 0..<4, using: &random) == 0 else { return tag }
        let type = types.randomElement(using: &random)!
        return ["I-\(type)", "E-\(type)", "S-\(type)", "B-\(type)", "O", "B", "I", "B-", "B-0", type,
                "[-\(type)", "]-\(type)", ".-\(type)", ".", "-\(type)", "O-\(type)"].randomElement(using: &random)!
    }
}

/// Byline's report against conlleval.pl's on 1,200 random files, byte for byte. conlleval.pl is
/// run once per file by two shell loops in parallel.
@Suite struct ConllevalParityTests {
    static let script = Fixtures.sharedData.deletingLastPathComponent().appendingPathComponent("tools/conlleval.pl")
    static let perl: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        .split(separator: ":").map { "\($0)/perl" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    static let available = perl != nil && FileManager.default.fileExists(atPath: script.path)

    @Test(.enabled(if: available, "needs perl and ../shared/tools/conlleval.pl"))
    func randomFilesScoreExactlyAsConlleval() throws {
        var generator = ParityCaseGenerator(random: SplitMix64(seed: 2003))
        let cases = (0..<1200).map { generator.makeCase($0) }
        let results = try runConlleval(cases)

        var compared = 0, failures = 0
        for testCase in cases {
            let perl = results[testCase.number]
            let label = "case \(testCase.number) (\(testCase.scheme), conlleval \(testCase.perlArguments))"
            let documents: [TaggedDocument]
            do {
                documents = try TagFileReader(delimiter: testCase.delimiter, tags: testCase.tags)
                    .read(Array(testCase.input.utf8), file: "case.txt")
            } catch {
                #expect(perl.status != 0, "\(label): Byline rejected what conlleval read: \(error)")
                if let line = testCase.malformedLine { #expect(error.line == line, "\(label)") }
                continue
            }
            guard perl.status == 0 else {
                Issue.record("\(label): conlleval failed (\(perl.status)) where Byline read the file")
                continue
            }
            compared += 1
            let evaluation = EntityEvaluation(documents)
            let report = ConllevalReport.text(evaluation.conlleval)
            if report != perl.output {
                failures += 1
                if failures <= 3 { expectSameLines(report, perl.output, label) }
            }
            if testCase.wellFormed {
                // Phrases found with conlleval's rules give conlleval's counts back.
                let strict = evaluation.partialMatch.strict
                #expect(strict.correct == evaluation.conlleval.phrases.correct, "\(label)")
                #expect(strict.possible == evaluation.conlleval.phrases.gold, "\(label)")
                #expect(strict.actual == evaluation.conlleval.phrases.predicted, "\(label)")
            }
        }
        #expect(failures == 0, "\(failures) of \(compared) reports differ from conlleval's")
        #expect(compared > 1000)
    }

    struct PerlResult {
        var status: Int32
        var output: String
    }

    /// Writes every case's conlleval input to a temporary directory and runs conlleval.pl on each,
    /// from two shell loops at once.
    private func runConlleval(_ cases: [ParityCase]) throws -> [PerlResult] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("byline-parity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        var scripts = ["", ""]
        for testCase in cases {
            let name = String(format: "case-%04d", testCase.number)
            try Data(testCase.perlInput.utf8).write(to: directory.appendingPathComponent("\(name).txt"))
            let arguments = testCase.perlArguments.map(quoted).joined(separator: " ")
            scripts[testCase.number % 2] += "\(quoted(Self.perl!)) \(quoted(Self.script.path)) \(arguments) < \(name).txt > \(name).out 2>/dev/null; echo $? > \(name).status\n"
        }
        // One shell runs the first loop in the background and the second in the foreground. No
        // `wait`: it hung under the test runner, whose blocked SIGCHLD the shell inherits.
        // runProcess returns when both loops are done all the same, as it reads the shell's output
        // to its end and the background loop holds that pipe open until it ends. The script goes
        // on standard input, being longer than one argument may be.
        let shell = "cd \(quoted(directory.path)) || exit 1\n{\n\(scripts[0])} &\n\(scripts[1])"
        let run = try runProcess(URL(fileURLWithPath: "/bin/sh"), [], input: Data(shell.utf8))
        try #require(run.status == 0, "sh: \(run.errors)")
        return try cases.map { testCase in
            let name = String(format: "case-%04d", testCase.number)
            let status = try String(contentsOf: directory.appendingPathComponent("\(name).status"), encoding: .utf8)
            let output = try Data(contentsOf: directory.appendingPathComponent("\(name).out"))
            return PerlResult(status: Int32(status.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1,
                              output: String(decoding: output, as: UTF8.self))
        }
    }
}
