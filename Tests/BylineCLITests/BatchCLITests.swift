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
    // Disabled: with Foundation's Process and Pipe on Linux (Swift 6.3) the child never sees
    // what the test writes before the pipe is closed, even with /bin/cat as the child, so the
    // test hangs whatever byline does. Streaming itself was checked from Python's subprocess
    // (the first line's output arrives before standard input is closed); issue 13's note.
    @Test(.disabled("Foundation's Pipe does not deliver to a running child here; see the comment"))
    func jsonLinesStreamThroughAPipe() throws {
        let process = Process()
        process.executableURL = bylineExecutable
        process.arguments = ["annotate", "--input-format", "jsonl", "--format", "jsonl", "-"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // A stalled stream must fail the test, not hang the suite: the child is stopped after
        // two minutes, and the test's copy of the output's write end is closed so reads then end.
        try output.fileHandleForWriting.close()
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if process.isRunning { process.terminate() } }
        var received = Data()
        func readLine() throws -> String {
            while !received.contains(0x0A) {
                guard let more = try output.fileHandleForReading.read(upToCount: 1 << 16), !more.isEmpty else { break }
                received.append(more)
            }
            guard let end = received.firstIndex(of: 0x0A) else { return "" }
            defer { received = Data(received[(end + 1)...]) }
            return String(decoding: received[..<end], as: UTF8.self)
        }
        input.fileHandleForWriting.write(Data("{\"id\":\"first\",\"text\":\"Anna Berg left Paris.\"}\n".utf8))
        let first = try readLine()
        #expect(first.hasPrefix("{\"id\":\"first\""), "\(first)")
        #expect(first.contains("\"type\":\"PER\""))
        input.fileHandleForWriting.write(Data("{\"id\":\"second\",\"text\":\"Two.\"}\nnot json\n{\"id\":\"third\",\"text\":\"Three.\"}\n".utf8))
        #expect(try readLine().hasPrefix("{\"id\":\"second\""))
        try input.fileHandleForWriting.close()
        #expect(try readLine().hasPrefix("{\"id\":\"third\""))
        #expect(try readLine() == "")
        process.waitUntilExit()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        let offset = "{\"id\":\"second\",\"text\":\"Two.\"}\n".utf8.count + "{\"id\":\"first\",\"text\":\"Anna Berg left Paris.\"}\n".utf8.count
        #expect(messages.contains("stdin:3 (byte \(offset)): not valid JSON"), "\(messages)")
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
