import Foundation
import Testing
import TestSupport

/// `scripts/spark-annotate.py` on Spark in local mode with 2 workers gives, document for
/// document, what `byline annotate --format jsonl` gives in one process.
///
/// Needs Java and the PySpark that `scripts/spark-setup.sh` installs into `.build-venv/spark`;
/// skipped, saying so, without them, unless `BYLINE_REQUIRE_SPARK` is set (CI sets it).
@Suite struct SparkTests {
    static let python = Fixtures.packageRoot.appendingPathComponent(".build-venv/spark/bin/python")
    static let script = Fixtures.packageRoot.appendingPathComponent("scripts/spark-annotate.py")

    /// Why the test cannot run here, or nil when Java and PySpark are both there.
    static let missing: String? = {
        guard (try? runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["java", "-version"]))?.status == 0 else {
            return "no java on the PATH (apt-get install openjdk-17-jre-headless)"
        }
        guard (try? runProcess(python, ["-c", "import pyspark"]))?.status == 0 else {
            return "no PySpark in .build-venv/spark (run scripts/spark-setup.sh)"
        }
        return nil
    }()

    @Test func textDirectoryAndJSONLMatchOneProcess() throws {
        if let missing = Self.missing {
            if ProcessInfo.processInfo.environment["BYLINE_REQUIRE_SPARK"] != nil {
                Issue.record("Spark test required but \(missing)")
            } else {
                print("SparkTests skipped: \(missing)")
            }
            return
        }
        let texts = try corpus()
        var files: [String: Data] = [:]
        for (name, text) in texts { files["corpus/\(name)"] = Data(text.utf8) }
        // The JSONL form of the same documents; one line without an id gets byline's FILE#N.
        var jsonl = ""
        for (index, (name, text)) in texts.sorted(by: { $0.key < $1.key }).enumerated() {
            let object: [String: String] = index == 3 ? ["text": text] : ["id": name, "text": text]
            jsonl += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
        }
        files["corpus.jsonl"] = Data(jsonl.utf8)
        let directory = try makeWorkspace(files)
        defer { try? FileManager.default.removeItem(at: directory) }

        let textInput = directory.appendingPathComponent("corpus").path
        try expectSameDocuments(
            spark: sparkAnnotate(textInput, output: directory.appendingPathComponent("text-out")),
            oneProcess: byline(["annotate", textInput, "--format", "jsonl"]), count: texts.count)

        let jsonlInput = directory.appendingPathComponent("corpus.jsonl").path
        try expectSameDocuments(
            spark: sparkAnnotate(jsonlInput, output: directory.appendingPathComponent("jsonl-out")),
            oneProcess: byline(["annotate", jsonlInput, "--input-format", "jsonl", "--format", "jsonl"]),
            count: texts.count)
    }

    /// What a partition does when byline fails, without starting Spark (each start costs many
    /// seconds): the failure carries byline's message, its `stdin:N` turned into the document's id.
    @Test func aFailingBylineIsReportedWithTheDocument() throws {
        guard Self.missing == nil else { return }  // the test above says why
        let badTokens = #"{"id":"doc-7","text":"abc","tokens":[{"start":0,"end":9}]}"#
        let program = """
            import importlib.util, sys
            spec = importlib.util.spec_from_file_location("spark_annotate", sys.argv[1])
            script = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(script)
            list(script.annotate_partition(3, iter([("doc-7", sys.argv[3])]), {"byline": sys.argv[2], "ner_model": None}))
            """
        let run = try runProcess(Self.python, ["-c", program, Self.script.path, bylineExecutable.path, badTokens])
        #expect(run.status != 0)
        #expect(run.errors.contains("[byline-failure]byline exited with status 1 on partition 3: byline: error: document 'doc-7'"),
                "\(run.errors)")
    }

    /// The seeds and a few dozen CoNLL-2003 training documents written as text (tokens joined
    /// by spaces, a sentence a line), by file name; one in a subdirectory, one with a space and
    /// a non-ASCII letter in its name. The seeds alone when ../shared/data is absent.
    func corpus() throws -> [String: String] {
        var texts: [String: String] = [:]
        for seed in try Fixtures.seeds() { texts[seed.lastPathComponent] = try Fixtures.text(seed) }
        let train = Fixtures.sharedData.appendingPathComponent("conll2003/train.txt")
        guard let conll = try? Fixtures.text(train) else { return texts }
        let documents = conll.components(separatedBy: "-DOCSTART- -X- -X- O\n").dropFirst().prefix(30)
        for (number, document) in documents.enumerated() {
            let sentences = document.components(separatedBy: "\n\n").map { sentence in
                sentence.split(separator: "\n").map { $0.split(separator: " ")[0] }.joined(separator: " ")
            }.filter { !$0.isEmpty }
            let name = number == 0 ? "sub/zoë one.txt" : String(format: "conll-%02d.txt", number)
            texts[name] = sentences.joined(separator: "\n") + "\n"
        }
        return texts
    }

    func sparkAnnotate(_ input: String, output: URL) throws -> [String] {
        let run = try runProcess(Self.python, [
            Self.script.path, input, output.path, "--master", "local[2]", "--partitions", "2",
            "--byline", bylineExecutable.path, "--conf", "spark.ui.enabled=false",
            // Half the JVM's start-up on a busy machine: no optimizing compiler for a run this short.
            "--conf", "spark.driver.extraJavaOptions=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
        ])
        #expect(run.status == 0, "\(run.errors)")
        let parts = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix("part-") }
        #expect(parts.count == 2, "\(parts)")
        return try parts.sorted().flatMap { part in
            try Fixtures.text(output.appendingPathComponent(part)).split(separator: "\n").map(String.init)
        }
    }

    /// Same documents, each once, each line equal as parsed JSON; and in the same order.
    func expectSameDocuments(spark: [String], oneProcess: ProcessResult, count: Int,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(oneProcess.status == 0, "\(oneProcess.errors)", sourceLocation: sourceLocation)
        let expected = try documentsByID(oneProcess.output.split(separator: "\n").map(String.init))
        let actual = try documentsByID(spark)
        #expect(expected.count == count, sourceLocation: sourceLocation)
        #expect(spark.count == actual.count, "a document written twice", sourceLocation: sourceLocation)
        #expect(Set(actual.keys) == Set(expected.keys), sourceLocation: sourceLocation)
        for (id, document) in expected where actual[id] != document {
            Issue.record("document \(id) differs under Spark", sourceLocation: sourceLocation)
        }
        #expect(spark.joined(separator: "\n") + "\n" == oneProcess.output, "not in input order",
                sourceLocation: sourceLocation)
    }

    func documentsByID(_ lines: [String]) throws -> [String: NSDictionary] {
        var documents: [String: NSDictionary] = [:]
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary)
            documents[try #require(object["id"] as? String)] = object
        }
        return documents
    }
}
