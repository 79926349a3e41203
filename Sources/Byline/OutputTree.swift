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

    func url(for input: InputFile) -> URL {
        let relative = (input.relativePath as NSString).deletingPathExtension + "." + fileExtension
        return URL(fileURLWithPath: directory).appendingPathComponent(relative)
    }

    /// Whether the input's output was written by an earlier run.
    func isComplete(_ input: InputFile) -> Bool {
        FileManager.default.fileExists(atPath: url(for: input).path)
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
        let final = url(for: input)
        let partial = URL(fileURLWithPath: final.path + Self.partialSuffix)
        do {
            var descriptor = Self.create(partial.path)
            if descriptor < 0 && errno == ENOENT {
                try FileManager.default.createDirectory(at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
                descriptor = Self.create(partial.path)
            }
            guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            return PartialOutput(final: final, partial: partial, handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
        } catch {
            throw PartialOutput.writeError(final, error)
        }
    }

    private static func create(_ path: String) -> Int32 { open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
}

/// An output being written: appended to as its documents come, renamed into place when done.
struct PartialOutput {
    let final: URL
    let partial: URL
    let handle: FileHandle

    func append(_ text: String) throws(InputError) {
        do { try handle.write(contentsOf: Data(text.utf8)) } catch { throw Self.writeError(final, error) }
    }

    /// Closes the file and gives it its name: from here on the output is complete.
    func commit() throws(InputError) {
        do { try handle.close() } catch { throw Self.writeError(final, error) }
        // rename(2) replaces an older output in one step: a reader sees the old file or the new.
        guard rename(partial.path, final.path) == 0 else {
            throw InputError(file: final.path, message: "cannot write the output (\(String(cString: strerror(errno))))")
        }
    }

    /// Closes and removes the partial file of an output that will not be finished.
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: partial)
    }

    static func writeError(_ url: URL, _ error: any Error) -> InputError {
        InputError(file: url.path, message: "cannot write the output (\(Batch.reason(error)))")
    }
}
