import Foundation

/// How a batch shows its progress on standard error.
public enum ProgressDisplay: Sendable {
    case off
    /// One line redrawn in place (a terminal).
    case redrawn
    /// One line per update (`--progress` into a file or a pipe).
    case lines
}

/// Counts a batch's inputs and bytes as they finish, draws the progress line (files and bytes
/// done of the total, rate, time left) and writes the summary at the end.
struct BatchProgress {
    let display: ProgressDisplay
    let totalFiles: Int
    /// Nil when an input's size is not known before it is read (standard input).
    let totalBytes: Int?
    /// Inputs left out because `--resume` found their output.
    let skipped: Int
    /// Writes raw text to standard error.
    let write: (String) -> Void

    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var lineShown = false
    private(set) var filesDone = 0
    private(set) var failed = 0
    private(set) var bytesDone = 0

    /// Time between redraws: often enough to look alive, rarely enough to cost nothing.
    static let interval = Duration.milliseconds(250)

    init(display: ProgressDisplay, totalFiles: Int, totalBytes: Int?, skipped: Int, write: @escaping (String) -> Void) {
        self.display = display
        self.totalFiles = totalFiles
        self.totalBytes = totalBytes
        self.skipped = skipped
        self.write = write
        self.start = clock.now
    }

    mutating func add(bytes: Int) {
        bytesDone += bytes
        drawIfDue()
    }

    mutating func finishInput(failed inputFailed: Bool) {
        filesDone += 1
        if inputFailed { failed += 1 }
        drawIfDue()
    }

    /// Takes the redrawn line off the terminal so a message can be written in its place.
    mutating func clearLine() {
        guard display == .redrawn, lineShown else { return }
        write("\r\u{1B}[K")
        lineShown = false
    }

    /// The final progress line, then the summary: "annotated 9,783 files, 217 failed, 35 MB in 41 s".
    mutating func finish() -> String {
        if display != .off { draw() }
        if display == .redrawn { write("\n") }
        lineShown = false
        let seconds = (clock.now - start).seconds
        var summary = "annotated \(Self.count(filesDone - failed)) file\(filesDone - failed == 1 ? "" : "s"), "
            + "\(Self.count(failed)) failed, \(Self.megabytes(bytesDone)) in \(Self.seconds(seconds))"
        if skipped > 0 { summary += " (\(Self.count(skipped)) skipped: output already complete)" }
        return summary
    }

    private mutating func drawIfDue() {
        guard display != .off else { return }
        let now = clock.now
        if let lastDrawn, now - lastDrawn < Self.interval { return }
        draw()
    }

    private mutating func draw() {
        lastDrawn = clock.now
        let line = progressLine()
        switch display {
        case .off: return
        case .redrawn: write("\r" + line + "\u{1B}[K")
        case .lines: write(line + "\n")
        }
        lineShown = true
    }

    /// "progress: 120/1,000 files, 1.2/10.0 MB, 3.4 MB/s, 0:03 left".
    func progressLine() -> String {
        let seconds = max((clock.now - start).seconds, 1e-3)
        let rate = Double(bytesDone) / seconds
        var line = "progress: \(Self.count(filesDone))/\(Self.count(totalFiles)) files, "
        if let totalBytes {
            line += "\(Self.megabytes(bytesDone))/\(Self.megabytes(totalBytes))"
        } else {
            line += Self.megabytes(bytesDone)
        }
        line += ", \(String(format: "%.1f", rate / 1e6)) MB/s"
        if let totalBytes, bytesDone > 0 {
            line += ", \(Self.clockTime(Double(max(0, totalBytes - bytesDone)) / rate)) left"
        }
        return line
    }

    /// 9783 as "9,783".
    static func count(_ value: Int) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }

    /// Bytes in MB (one decimal under 10 MB), or in KB under 1 MB.
    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1e6
        if value < 1 { return String(format: "%.0f KB", Double(bytes) / 1e3) }
        return String(format: value >= 10 ? "%.0f MB" : "%.1f MB", value)
    }

    static func seconds(_ value: Double) -> String {
        value >= 10 ? String(format: "%.0f s", value) : String(format: "%.1f s", value)
    }

    /// Seconds as "m:ss" or "h:mm:ss".
    static func clockTime(_ value: Double) -> String {
        let total = Int(value.rounded())
        let (hours, minutes, seconds) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, seconds) : String(format: "%d:%02d", minutes, seconds)
    }
}

public extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
