import Foundation
import Testing

/// Files the tests read: the package's own (seeds, fixtures) and the shared data beside it.
public enum Fixtures {
    /// The package root, found from this file's path so tests run from any directory.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data`, present in development and CI but not part of the package.
    public static let sharedData: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    public static func seeds() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: packageRoot.appendingPathComponent("seeds"),
                                                    includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    public static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The start of CoNLL-2003's train.txt (BIO2 tags, as ../shared/data has it), cut short: a
    /// `-DOCSTART-` document of two sentences, "EU rejects German call ." and "Peter Blackburn".
    public static let conllFirstDocument = """
        -DOCSTART- -X- -X- O

        EU NNP B-NP B-ORG
        rejects VBZ B-VP O
        German JJ B-NP B-MISC
        call NN I-NP O
        . . O O

        Peter NNP B-NP B-PER
        Blackburn NNP I-NP I-PER

        """

    /// `conllFirstDocument` followed by a second document of one sentence, "BRUSSELS 1996-08-22".
    public static let conllSnippet = conllFirstDocument + """

        -DOCSTART- -X- -X- O

        BRUSSELS NNP B-NP B-LOC
        1996-08-22 CD I-NP O

        """
}

/// Compares two texts line by line and, when they differ, records a unified-style diff of
/// the first differing region so a golden-file failure says what changed.
public func expectSameLines(_ actual: String, _ expected: String, _ label: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
    guard actual != expected else { return }
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(actualLines.count, expectedLines.count)
    var report = "\(label) differs from its golden text at line \(first + 1):\n"
    for index in max(0, first - 2)..<min(first + 3, max(actualLines.count, expectedLines.count)) {
        // Quoted, so a tab, a trailing space or a stray \r is visible.
        if index < expectedLines.count { report += "- \(String(expectedLines[index]).debugDescription)\n" }
        if index < actualLines.count { report += "+ \(String(actualLines[index]).debugDescription)\n" }
    }
    report += "(\(expectedLines.count) lines expected, \(actualLines.count) produced)"
    Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
}
