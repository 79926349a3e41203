import Foundation
import Testing
import TestSupport

/// A directory of `count` small articles, f000.txt and on.
private func articles(_ count: Int) throws -> URL {
    var files: [String: Data] = [:]
    for number in 0..<count {
        files[String(format: "in/sub%d/f%03d.txt", number % 3, number)] =
            Data("Article \(number) came from Paris on Monday. \"It is fine,\" Anna Berg said.\n\nA second paragraph, with 12 words.".utf8)
    }
    return try makeWorkspace(files)
}

/// Every file under a directory, by relative path, with its bytes.
private func tree(_ directory: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: directory.path) {
        var isDirectory: ObjCBool = false
        let url = directory.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[path] = try Data(contentsOf: url)
        }
    }
    return files
}

@Suite struct BatchCLITests {
    /// The output of a line is read before standard input is closed: byline streams.
    ///
    /// Bash drives byline through a FIFO: with Foundation's Process and Pipe on Linux (Swift
    /// 6.3) a running child never sees what the test writes before the pipe is closed (even
    /// /bin/cat), so the test would measure Foundation, not byline.
    @Test func jsonLinesStreamThroughAPipe() throws {
        let script = #"""
            set -u
            dir=$(mktemp -d)
            trap 'rm -rf "$dir"' EXIT
            mkfifo "$dir/in"
            "$1" annotate --input-format jsonl --format jsonl - < "$dir/in" > "$dir/out" 2> "$dir/err" &
            pid=$!
            exec 3> "$dir/in"
            printf '%s\n' '{"id":"first","text":"Anna Berg left Paris."}' >&3
            # Wait (two minutes at most) for the first document's line while standard input is open.
            for _ in $(seq 1200); do grep -q '"id":"first"' "$dir/out" && break; sleep 0.1; done
            echo "before close: $(wc -l < "$dir/out") line(s)"
            printf '%s\n' '{"id":"second","text":"Two."}' 'not json' '{"id":"third","text":"Three."}' >&3
            exec 3>&-
            wait "$pid"
            echo "status: $?"
            cat "$dir/out"
            cat "$dir/err" >&2
            """#
        let result = try runProcess(URL(fileURLWithPath: "/bin/bash"), ["-c", script, "bash", bylineExecutable.path])
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "before close: 1 line(s)", "\(result.output)")
        #expect(lines.dropFirst().first == "status: 1", "a bad line fails the input: \(result.output)")
        let documents = lines.dropFirst(2)
        #expect(documents.map { $0.prefix(13) } == ["{\"id\":\"first\"", "{\"id\":\"second", "{\"id\":\"third\""])
        #expect(documents.first?.contains("\"type\":\"PER\"") == true)
        let offset = "{\"id\":\"first\",\"text\":\"Anna Berg left Paris.\"}\n{\"id\":\"second\",\"text\":\"Two.\"}\n".utf8.count
        #expect(result.errors.contains("stdin:3 (byte \(offset)): not valid JSON"), "\(result.errors)")
    }

    /// A batch killed half way and run again with --resume ends with the same tree as a batch
    /// that was never stopped, and without partial files.
    @Test func aKilledBatchResumedEndsAsAnUninterruptedOne() throws {
        let directory = try articles(400)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in").path
        let whole = directory.appendingPathComponent("whole"), resumed = directory.appendingPathComponent("resumed")
        let uninterrupted = try byline(["annotate", input, "--format", "conllu", "--output", whole.path])
        #expect(uninterrupted.status == 0, "\(uninterrupted.errors)")

        let killed = Process()
        killed.executableURL = bylineExecutable
        killed.arguments = ["annotate", input, "--format", "conllu", "--output", resumed.path]
        killed.standardError = FileHandle.nullDevice
        try killed.run()
        // Wait (without a deadline: the test asserts no timing) until some outputs are there.
        while killed.isRunning, (try? tree(resumed).count) ?? 0 < 40 { usleep(2_000) }
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        let before = try tree(resumed)
        #expect(before.count < 400, "the batch ended before it was killed; make it longer")

        let again = try byline(["annotate", input, "--format", "conllu", "--output", resumed.path, "--resume"])
        #expect(again.status == 0, "\(again.errors)")
        let after = try tree(resumed), expected = try tree(whole)
        #expect(after.keys.sorted() == expected.keys.sorted(),
                "\(Set(after.keys).symmetricDifference(expected.keys).sorted().prefix(5))")
        #expect(after == expected)
        #expect(again.errors.contains("skipped: output already complete"), "\(again.errors)")
    }

    /// --resume leaves a complete output alone (its content is not made again) and makes the missing one.
    @Test func resumeSkipsCompleteOutputs() throws {
        let directory = try articles(3)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in").path, out = directory.appendingPathComponent("out")
        #expect(try byline(["annotate", input, "--output", out.path]).status == 0)
        let kept = out.appendingPathComponent("sub0/f000.conll"), remade = out.appendingPathComponent("sub1/f001.conll")
        let original = try Data(contentsOf: remade)
        try Data("left alone\n".utf8).write(to: kept)
        try FileManager.default.removeItem(at: remade)
        try Data("partial".utf8).write(to: URL(fileURLWithPath: remade.path + ".byline-partial"))
        let run = try byline(["annotate", input, "--output", out.path, "--resume", "--no-progress"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(try String(contentsOf: kept, encoding: .utf8) == "left alone\n")
        #expect(try Data(contentsOf: remade) == original)
        #expect(try tree(out).keys.sorted() == ["sub0/f000.conll", "sub1/f001.conll", "sub2/f002.conll"])
        #expect(run.errors.contains("annotated 1 file, 0 failed"), "\(run.errors)")
        #expect(run.errors.contains("(2 skipped: output already complete)"))
    }

    @Test func resumeNeedsAnOutputDirectory() throws {
        let run = try byline(["annotate", "--resume", "-"])
        #expect(run.status != 0)
        #expect(run.errors.contains("--resume needs --output"))
    }

    /// Forced progress into a pipe: progress lines, the last with every file done, and the summary.
    @Test func progressAndSummaryCountTheFiles() throws {
        let directory = try articles(5)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0xFF]).write(to: directory.appendingPathComponent("in/sub0/bad.txt"))
        let run = try byline(["annotate", directory.appendingPathComponent("in").path, "--progress", "--format", "sentences"])
        #expect(run.status == 1)
        let lines = run.errors.split(separator: "\n").map(String.init)
        let progress = lines.filter { $0.hasPrefix("progress: ") }
        #expect(progress.last?.hasPrefix("progress: 6/6 files, ") == true, "\(run.errors)")
        #expect(progress.allSatisfy { $0.contains(" MB/s") })
        #expect(lines.contains { $0.hasPrefix("byline: annotated 5 files, 1 failed, ") }, "\(run.errors)")
        #expect(lines.contains { $0.contains("bad.txt:1 (byte 0): invalid UTF-8") })
    }

    @Test func noProgressWithoutATerminal() throws {
        let run = try byline(["annotate", "-", "--format", "sentences"], input: Data("One line.".utf8))
        #expect(run.status == 0)
        #expect(run.errors.isEmpty, "\(run.errors)")
    }
}
