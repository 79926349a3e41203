import Foundation

/// One input to annotate: a file, or standard input.
public struct InputFile: Hashable, Sendable {
    /// The path as the user should see it in messages and output ("-" for standard input).
    public var path: String
    /// The output path relative to `--output`: same relative path under a directory
    /// argument, the file name for a file argument; the extension is replaced by the writer's.
    public var relativePath: String

    public var isStandardInput: Bool { path == "-" }

    /// The name used in messages and as the document id: "stdin" for standard input.
    public var displayName: String { isStandardInput ? "stdin" : path }
}

/// Expands the user's PATH arguments: a file, a directory (its matching files, recursively,
/// in sorted order) or `-` for standard input. A path that does not exist is an error for
/// that path only.
public struct InputFiles {
    /// Extensions (without the dot) a directory is searched for.
    public var extensions: Set<String>

    public init(extensions: Set<String>) { self.extensions = extensions }

    public func expand(_ paths: [String]) -> (inputs: [InputFile], errors: [InputError]) {
        var inputs: [InputFile] = []
        var errors: [InputError] = []
        for path in paths {
            if path == "-" {
                inputs.append(InputFile(path: "-", relativePath: "stdin"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(InputError(file: path, message: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                let found = files(under: path)
                if found.isEmpty {
                    let wanted = extensions.sorted().map { "*.\($0)" }.joined(separator: ", ")
                    errors.append(InputError(file: path, message: "directory holds no \(wanted) files"))
                }
                inputs.append(contentsOf: found)
            } else {
                inputs.append(InputFile(path: path, relativePath: (path as NSString).lastPathComponent))
            }
        }
        return (inputs, errors)
    }

    private func files(under directory: String) -> [InputFile] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var relativePaths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard extensions.contains((relative as NSString).pathExtension.lowercased()) else { continue }
            var isDirectory: ObjCBool = false
            let full = (directory as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                relativePaths.append(relative)
            }
        }
        return relativePaths.sorted().map {
            InputFile(path: (directory as NSString).appendingPathComponent($0), relativePath: $0)
        }
    }
}
