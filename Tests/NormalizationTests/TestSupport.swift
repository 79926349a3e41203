import Foundation
import Testing
import TestSupport

/// Unicode Character Database files from Debian's `unicode-data` package.
///
/// Policy when a file is missing: the test fails and says to `apt-get install unicode-data`,
/// unless `BYLINE_SKIP_UNICODE_DATA` is set, in which case it is skipped (and says why).
enum UCDFile {
    static let directory = "/usr/share/unicode"
    static let normalizationTest = "\(directory)/NormalizationTest.txt"
    static let unicodeData = "\(directory)/UnicodeData.txt"
    static let derivedNormalizationProps = "\(directory)/DerivedNormalizationProps.txt"

    static var skipRequested: Bool {
        ProcessInfo.processInfo.environment["BYLINE_SKIP_UNICODE_DATA"] != nil
    }

    /// `path` or `path.bz2`, whichever exists.
    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path) || FileManager.default.fileExists(atPath: path + ".bz2")
    }

    /// For `.enabled(if:)`: run unless every condition for skipping holds.
    static func shouldRun(_ paths: String...) -> Bool {
        paths.allSatisfy(exists) || !skipRequested
    }

    static let skipComment: Comment =
        "skipped: BYLINE_SKIP_UNICODE_DATA is set and a Unicode data file is missing (apt-get install unicode-data)"

    /// Why a data file could not be read, in words that say how to fix it.
    struct Unavailable: Error, Sendable, CustomStringConvertible {
        let description: String
    }

    /// The text of `path` (decompressing `path.bz2` with /usr/bin/bzcat if only that exists).
    static func load(_ path: String) -> Result<String, Unavailable> {
        do {
            if FileManager.default.fileExists(atPath: path) {
                return .success(try String(contentsOfFile: path, encoding: .utf8))
            }
            if FileManager.default.fileExists(atPath: path + ".bz2") {
                return .success(try bzcat(path + ".bz2"))
            }
        } catch {
            return .failure(Unavailable(description: "cannot read \(path): \(error)"))
        }
        return .failure(Unavailable(
            description: "\(path) is missing: run `apt-get install unicode-data` (or set BYLINE_SKIP_UNICODE_DATA=1 to skip this test)"))
    }

    /// The text of `path`, or nil after recording an issue that says how to get the file.
    static func read(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        require(load(path), sourceLocation: sourceLocation)
    }

    /// The value, or nil after recording the failure as an issue of the calling test.
    static func require<T>(_ result: Result<T, Unavailable>, sourceLocation: SourceLocation = #_sourceLocation) -> T? {
        switch result {
        case .success(let value): return value
        case .failure(let failure):
            Issue.record(Comment(rawValue: failure.description), sourceLocation: sourceLocation)
            return nil
        }
    }

    private struct BzcatFailed: Error, CustomStringConvertible {
        let status: Int32
        var description: String { "/usr/bin/bzcat exited with status \(status) (is bzip2 installed?)" }
    }

    private static func bzcat(_ path: String) throws -> String {
        let run = try runProcess(URL(fileURLWithPath: "/usr/bin/bzcat"), [path])
        guard run.status == 0 else { throw BzcatFailed(status: run.status) }
        return run.output
    }

    /// "0044 0307" -> the scalars' UTF-8 bytes.
    static func utf8(hexScalars field: Substring) -> [UInt8] {
        var bytes: [UInt8] = []
        for hex in field.split(separator: " ") {
            bytes.append(contentsOf: String(Unicode.Scalar(UInt32(hex, radix: 16)!)!).utf8)
        }
        return bytes
    }
}

/// NormalizationTest.txt, parsed once and shared by the tests that use it.
struct NormalizationTestData: Sendable {
    struct Line: Sendable {
        let part: Int
        let lineNumber: Int
        /// c1...c5 as UTF-8 bytes (index 0 is c1).
        let columns: [[UInt8]]
    }

    let lines: [Line]
    /// The code points that appear alone in c1 of part 1.
    let part1Scalars: Set<UInt32>

    /// The parsed file, or nil after recording why it is unavailable.
    static func load(sourceLocation: SourceLocation = #_sourceLocation) -> NormalizationTestData? {
        UCDFile.require(shared, sourceLocation: sourceLocation)
    }

    private static let shared: Result<NormalizationTestData, UCDFile.Unavailable> = UCDFile.load(UCDFile.normalizationTest).map { text in
        var lines: [Line] = []
        var part1: Set<UInt32> = []
        var part = -1
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if rawLine.hasPrefix("@Part") {
                part = Int(rawLine.dropFirst(5).prefix { $0.isNumber })!
                continue
            }
            let content = rawLine.prefix { $0 != "#" }
            guard !content.allSatisfy(\.isWhitespace) else { continue }
            let fields = content.split(separator: ";", omittingEmptySubsequences: false)
            precondition(fields.count >= 5, "NormalizationTest.txt:\(index + 1): fewer than 5 fields")
            let columns = fields.prefix(5).map { UCDFile.utf8(hexScalars: $0) }
            if part == 1 { part1.insert(UInt32(fields[0], radix: 16)!) }
            lines.append(Line(part: part, lineNumber: index + 1, columns: columns))
        }
        return NormalizationTestData(lines: lines, part1Scalars: part1)
    }
}

/// "U+0044 U+0307" for messages.
func hex(_ bytes: some Sequence<UInt8>) -> String {
    String(decoding: Array(bytes), as: UTF8.self).unicodeScalars
        .map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        .joined(separator: " ")
}

func hex(_ text: String) -> String { hex(text.utf8) }

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
