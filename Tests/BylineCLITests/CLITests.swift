import Foundation
import Testing
import TestSupport

/// Runs the built `byline` executable, as a user would (this suite's and `EvaluateCLITests`').
func byline(_ arguments: [String], input: Data = Data()) throws -> ProcessResult {
    try runProcess(bylineExecutable, arguments, input: input)
}

@Suite struct CLITests {
    @Test func annotatesTheSeedsAsCoNLL() throws {
        let run = try byline(["annotate", Fixtures.packageRoot.appendingPathComponent("seeds").path])
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0 == "-DOCSTART- -X- -X- O" }.count == 2)
        #expect(lines.contains("Nagorno-Karabakh _ _ B-LOC"))
        #expect(lines.contains("100,000 _ _ O"))
    }

    /// The accurate tagger on a seed, from the command line: the seed's people, places and
    /// bodies (expectations written before the shipped neural model was trained).
    @Test func annotatesASeedWithTheAccurateTagger() throws {
        let seed = Fixtures.packageRoot.appendingPathComponent("seeds/002_da28c961ef2d2de7.txt").path
        let run = try byline(["annotate", "--ner", "accurate", seed])
        #expect(run.status == 0, "\(run.errors)")
        let lines = Set(run.output.split(separator: "\n").map(String.init))
        // "the Nagorno-Karabakh region" came out MISC until session 11's models (the
        // perceptron's reading won); both now tag it LOC.
        let missing = ["Nagorno-Karabakh _ _ B-LOC", "Baku _ _ B-LOC", "Yerevan _ _ B-LOC", "Nikol _ _ B-PER", "Pashinyan _ _ I-PER",
                       "Aliyev _ _ I-PER", "Michel _ _ I-PER", "Union _ _ I-ORG"].filter { !lines.contains($0) }
        #expect(missing.isEmpty, "not in the output: \(missing)")
        let unknown = try byline(["annotate", "--ner", "huge", seed])
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("--ner"))
        #expect(try byline(["evaluate", "--ner", "accurate", "x.txt"]).status != 0)
    }

    @Test func readsStandardInputInEveryFormat() throws {
        let text = Data("Dr. Smith arrived. “Why?” he asked.\n".utf8)
        let sentences = try byline(["annotate", "-", "--format", "sentences"], input: text)
        #expect(sentences.output == "Dr. Smith arrived.\n“Why?” he asked.\n")
        let jsonl = try byline(["annotate", "--format", "jsonl"], input: text)
        #expect(jsonl.output.hasPrefix("{\"id\":\"stdin\",\"text\":\"Dr. Smith arrived."))
        let conllu = try byline(["annotate", "-", "--format", "conllu"], input: text)
        #expect(conllu.output.contains("1\tDr.\tTokenRange=0:3\tO\t_\t_"))
    }

    /// `--document-date` dates the documents that bring no date, before any dateline is looked
    /// for; a JSONL document's own `date` wins over it; without either the dateline is the date.
    @Test func documentDateComesFromTheInputTheFlagOrTheDateline() throws {
        let input = Data(("""
            {"id":"own","text":"Talks resumed on December 5.","date":"2024-01-10"}
            {"id":"none","text":"Talks resumed on December 5."}
            {"id":"dateline","text":"BRUSSELS, Dec 7 2023 (Reuters) - Talks resumed on December 5."}

            """).utf8)
        /// Per document: its date, and the calendar value of its "December 5".
        func dates(_ extra: [String]) throws -> [String] {
            let run = try byline(["annotate", "--input-format", "jsonl", "--format", "jsonl", "-"] + extra, input: input)
            #expect(run.status == 0, "\(run.errors)")
            return try run.output.split(separator: "\n").map { line in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let numbers = try #require(object["numbers"] as? [[String: Any]])
                let december5 = numbers.first { $0["text"] as? String == "December 5" }?["calendar"] as? String
                return "\(object["date"] as? String ?? "none") \(december5 ?? "?")"
            }
        }
        #expect(try dates([]) == ["2024-01-10 2023-12-05", "none --12-05", "2023-12-07 2023-12-05"])
        #expect(try dates(["--document-date", "2020-12-24"]) == ["2024-01-10 2023-12-05", "2020-12-24 2020-12-05", "2020-12-24 2020-12-05"])
        let bad = try byline(["annotate", "--document-date", "2023-02-30", "-"], input: Data("x".utf8))
        #expect(bad.status != 0)
        #expect(bad.errors.contains("--document-date"))
    }

    /// A timestamp as `--document-date` dates the documents and times them: "in two hours" is
    /// read from its time, and the output's `date` is the timestamp.
    @Test func aTimestampAsDocumentDateTimesTheClockShifts() throws {
        let run = try byline(["annotate", "--format", "jsonl", "--document-date", "2023-12-07T22:15Z", "-"],
                             input: Data("Polls close in two hours.".utf8))
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["date"] as? String == "2023-12-07T22:15:00Z")
        let numbers = try #require(object["numbers"] as? [[String: Any]])
        #expect(numbers.map { $0["calendar"] as? String } == ["2023-12-08T00:15Z"])
        let bad = try byline(["annotate", "--document-date", "2023-12-07T22:15+2", "-"], input: Data("x".utf8))
        #expect(bad.status != 0)
        #expect(bad.errors.contains("--document-date"))
    }

    @Test func badInputsAreReportedAndTheRestIsAnnotated() throws {
        let directory = try makeWorkspace([
            "a-good.txt": Data("A good file. It has two sentences.".utf8),
            "b-latin1.txt": Data([0x4F, 0x6B, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A]),  // "Ok\ncaf\xE9\n"
            "c-empty.txt": Data(),
            "d-binary.txt": Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]),
            "e-good.txt": Data("Another good one.".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try byline(["annotate", directory.path, directory.appendingPathComponent("missing.txt").path,
                              "--format", "sentences"])
        #expect(run.status == 1)
        #expect(run.output == "A good file.\nIt has two sentences.\n\nAnother good one.\n")
        #expect(run.errors.contains("b-latin1.txt:2 (byte 6): invalid UTF-8 (byte 0xE9)"))
        #expect(run.errors.contains("c-empty.txt: the file is empty"))
        #expect(run.errors.contains("d-binary.txt:1 (byte 4): binary data"))
        #expect(run.errors.contains("missing.txt: no such file or directory"))
    }

    @Test func lossyReplacesInvalidBytesAndWarns() throws {
        let run = try byline(["annotate", "--lossy", "--format", "sentences"], input: Data([0x63, 0x61, 0x66, 0xE9, 0x2E]))
        #expect(run.status == 0)
        #expect(run.output == "caf\u{FFFD}.\n")
        #expect(run.errors.contains("warning: stdin:1 (byte 3)"))
    }

    @Test func outputDirectoryMirrorsTheInputs() throws {
        let directory = try makeWorkspace([
            "in/one.txt": Data("First.".utf8),
            "in/sub/two.txt": Data("Second.".utf8),
            "in/sub/bad.txt": Data([0xFF]),
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out")
        let run = try byline(["annotate", directory.appendingPathComponent("in").path, "--format", "jsonl", "--output", out.path])
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        let written = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()
        #expect(written == ["one.jsonl", "sub", "sub/two.jsonl"])
        let two = try String(contentsOf: out.appendingPathComponent("sub/two.jsonl"), encoding: .utf8)
        #expect(two.contains("\"text\":\"Second.\""))
    }

    @Test func conllInputKeepsGoldTokensAndAppendsATag() throws {
        let gold = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n"
        let run = try byline(["annotate", "--input-format", "conll2003"], input: Data(gold.utf8))
        #expect(run.status == 0, "\(run.errors)")
        // Every line, DOCSTART too, gets the extra column: conlleval wants one column count.
        expectSameLines(run.output, "-DOCSTART- -X- -X- O O\n\nEU NNP B-NP B-ORG B-ORG\nrejects VBZ B-VP O O\n\nPeter NNP B-NP B-PER B-PER\n\n",
                        "CoNLL pass-through")
    }

    @Test func manyFilesComeOutInInputOrder() throws {
        // More files than one window of parallel work, so several windows run.
        let count = 4 * ProcessInfo.processInfo.activeProcessorCount + 5
        var files: [String: Data] = [:]
        for number in 0..<count { files[String(format: "f%03d.txt", number)] = Data("File number \(number) is here.".utf8) }
        files["f002.txt"] = Data([0xFF])
        let directory = try makeWorkspace(files)
        let run = try byline(["annotate", directory.path, "--format", "sentences"])
        #expect(run.status == 1)
        #expect(run.errors.contains("f002.txt"))
        let expected = (0..<count).filter { $0 != 2 }.map { "File number \($0) is here." }
        #expect(run.output.split(separator: "\n").map(String.init) == expected)
    }

    @Test func quotesPrintsSpeakerCueAndQuotation() throws {
        let text = "“We are ready to talk,” Charles Michel said on Thursday. He added: “This is a key step.”\n"
        let run = try byline(["quotes", "-"], input: Data(text.utf8))
        #expect(run.status == 0, "\(run.errors)")
        let rows = run.output.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("SPEAKER") && $0.contains("CUE") && $0.contains("QUOTATION") })
        // Both quotations are Charles Michel's: the second through "He".
        #expect(rows.filter { $0.hasPrefix("Charles Michel") }.count == 2, "\(run.output)")
        #expect(rows.contains { $0.contains("said") && $0.contains("We are ready to talk,") })
        #expect(rows.contains { $0.contains("added") && $0.contains("This is a key step.") })
    }

    @Test func helpExplainsTheFormats() throws {
        let run = try byline(["annotate", "--help"])
        for word in ["conll2003", "conllu", "jsonl", "sentences", "--output", "--lossy", "Examples"] {
            #expect(run.output.contains(word), "help lacks \(word)")
        }
    }
}
