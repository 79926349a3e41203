import Foundation

/// Reads lines from a stream of bytes as they arrive (a pipe, standard input, a file), so a
/// line can be handled before the next one is written. Lines end with LF or CRLF (the CR is
/// not part of the line); the last needs no line end; a UTF-8 byte order mark at the start is
/// skipped. Numbers lines from 1 and gives each line's byte offset in the stream.
struct LineStream {
    struct Line {
        var content: [UInt8]
        var number: Int
        var byteOffset: Int
        /// The content and its line end: the bytes of the stream the line took.
        var byteCount: Int
    }

    /// Returns the next bytes of the stream, waiting for some; no bytes at its end.
    private let read: () throws -> Data
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts, and the stream offset of `buffer[0]`.
    private var position = 0
    private var bufferOffset = 0
    private var number = 0
    private var ended = false
    /// Whether the start of the stream has been looked at for a byte order mark.
    private var checkedStart = false
    /// Whether the stream held no byte at all.
    private(set) var isEmpty = true

    init(read: @escaping () throws -> Data) { self.read = read }

    mutating func next() throws -> Line? {
        while true {
            if !checkedStart {
                // A mark cut over two reads is still a mark: wait for three bytes, or the end.
                if buffer.count < 3 && !ended {
                    try fill()
                    continue
                }
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
                checkedStart = true
            }
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                return take(upTo: newline, lineEndLength: 1)
            }
            if ended {
                guard position < buffer.count else { return nil }
                return take(upTo: buffer.count, lineEndLength: 0)
            }
            try fill()
        }
    }

    private mutating func fill() throws {
        // Drop the lines already handed out before reading more.
        buffer.removeFirst(position)
        bufferOffset += position
        position = 0
        let data = try read()
        if data.isEmpty {
            ended = true
            return
        }
        isEmpty = false
        buffer.append(contentsOf: data)
    }

    private mutating func take(upTo end: Int, lineEndLength: Int) -> Line {
        var contentEnd = end
        if contentEnd > position && buffer[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        number += 1
        let line = Line(content: Array(buffer[position..<contentEnd]), number: number,
                        byteOffset: bufferOffset + position, byteCount: end + lineEndLength - position)
        position = end + lineEndLength
        return line
    }
}
