import BylineCore
import Foundation

/// Where `--output DIR` puts each input's output: the input's relative path under DIR with the
/// format's extension. An output is written to a partial file beside it and renamed when
/// complete, so a file at an output path is always complete, and `--resume` can trust it.
struct OutputTree {
    var directory: String
    var fileExtension: String

    /// What a partial file's name ends with; never an output format's extension.
    static let partialSuffix = ".byline-partial"

    /// A path, not a URL: `URL(fileURLWithPath:)` asks the file system whether the path is a
    /// directory, and an output's URLs cost three such calls.
    func path(for input: InputFile) -> String {
        let relative = (input.relativePath as NSString).deletingPathExtension + "." + fileExtension
        return (directory as NSString).appendingPathComponent(relative)
    }

    /// Whether the input's output was written by an earlier run.
    func isComplete(_ input: InputFile) -> Bool {
        FileManager.default.fileExists(atPath: path(for: input))
    }

    /// Removes the partial files a killed run left. Returns how many there were.
    @discardableResult
    func removePartialFiles() -> Int {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return 0 }
        var removed = 0
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(Self.partialSuffix) else { continue }
            if (try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(relative))) != nil {
                removed += 1
            }
        }
        return removed
    }

    /// Starts the output of an input: an empty partial file. It is opened first and its
    /// directory made only when missing: a batch writes thousands of outputs into a few
    /// directories, and Foundation's calls would cost several system calls (a temporary file and
    /// a rename for `createFile`) per output.
    func begin(_ input: InputFile) throws(InputError) -> PartialOutput {
        let final = path(for: input)
        let partial = final + Self.partialSuffix
        do {
            var descriptor = Self.create(partial)
            if descriptor < 0 && errno == ENOENT {
                try FileManager.default.createDirectory(atPath: (final as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                descriptor = Self.create(partial)
            }
            guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            return PartialOutput(final: final, partial: partial, handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
        } catch {
            throw PartialOutput.writeError(final, error)
        }
    }

    /// Writes an input's whole output with `body`: nothing at its path until all of it is there.
    func write(_ input: InputFile, _ body: (PartialOutput) throws -> Void) throws {
        let output = try begin(input)
        do {
            try body(output)
            try output.commit()
        } catch {
            output.discard()
            throw error
        }
    }

    private static func create(_ path: String) -> Int32 { open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
}

/// An output being written: appended to as its documents come, renamed into place when done.
struct PartialOutput {
    let final: String
    let partial: String
    let handle: FileHandle

    func append(_ text: String) throws(InputError) {
        do { try handle.write(contentsOf: Data(text.utf8)) } catch { throw Self.writeError(final, error) }
    }

    /// Closes the file and gives it its name: from here on the output is complete.
    func commit() throws(InputError) {
        do { try handle.close() } catch { throw Self.writeError(final, error) }
        // rename(2) replaces an older output in one step: a reader sees the old file or the new.
        guard rename(partial, final) == 0 else {
            throw InputError(file: final, message: "cannot write the output (\(String(cString: strerror(errno))))")
        }
    }

    /// Closes and removes the partial file of an output that will not be finished.
    func discard() {
        try? handle.close()
        unlink(partial)
    }

    static func writeError(_ path: String, _ error: any Error) -> InputError {
        InputError(file: path, message: "cannot write the output (\(Batch.reason(error)))")
    }
}
