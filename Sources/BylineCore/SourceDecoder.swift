/// Turns the bytes of an input file into text, or into an `InputError` that says where the
/// bytes stop being text.
public struct SourceDecoder: Sendable {
    /// Replace invalid UTF-8 with U+FFFD (and warn) instead of rejecting the input.
    public var lossy: Bool

    public init(lossy: Bool = false) { self.lossy = lossy }

    public struct Decoded: Sendable {
        public var text: String
        /// Set when `lossy` replaced bytes: says how many sequences and where the first was.
        public var warning: InputError?
    }

    public func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, file: String) throws(InputError) -> Decoded
    where Bytes.Index == Int {
        guard !bytes.isEmpty else { throw Self.emptyFile(file) }
        if let nul = Self.firstNul(in: bytes) {
            throw InputError(
                file: file, line: Self.line(of: nul, in: bytes), byteOffset: nul,
                message: "binary data (a NUL byte), not text")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, warning: nil)
        }
        let invalid = Self.invalidSequences(in: bytes)
        let first = invalid[0]
        let location = "invalid UTF-8 (byte 0x\(String(bytes[first], radix: 16, uppercase: true)))"
        guard lossy else {
            throw InputError(
                file: file, line: Self.line(of: first, in: bytes), byteOffset: first,
                message: "\(location); convert the file to UTF-8, or pass --lossy to replace such bytes with U+FFFD")
        }
        let warning = InputError(
            file: file, line: Self.line(of: first, in: bytes), byteOffset: first,
            message: "\(location); replaced \(invalid.count) invalid sequence\(invalid.count == 1 ? "" : "s") with U+FFFD")
        return Decoded(text: String(decoding: bytes, as: UTF8.self), warning: warning)
    }

    /// The offset of the first NUL byte. The search runs over the contiguous bytes when there
    /// are some (`Data`, arrays): `firstIndex(of:)` on the generic collection is not
    /// specialized across the module boundary and cost about 470 instructions a byte, 8% of a
    /// whole `byline annotate` run (callgrind, session 13).
    static func firstNul<Bytes: Collection<UInt8>>(in bytes: Bytes) -> Int? where Bytes.Index == Int {
        let contiguous = bytes.withContiguousStorageIfAvailable { buffer in
            buffer.firstIndex(of: 0).map { bytes.startIndex + $0 }
        }
        return contiguous ?? bytes.firstIndex(of: 0)
    }

    /// The error for an input with no bytes at all.
    public static func emptyFile(_ file: String) -> InputError { InputError(file: file, message: "the file is empty") }

    /// Byte offsets where invalid sequences start, in the same units the standard library
    /// replaces with U+FFFD.
    static func invalidSequences<Bytes: Collection<UInt8>>(in bytes: Bytes) -> [Int] where Bytes.Index == Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        var invalid: [Int] = []
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error(let length):
                invalid.append(offset)
                offset += length
            case .emptyInput: return invalid
            }
        }
    }

    /// The 1-based line holding a byte offset; LF, CRLF and a lone CR each end a line.
    public static func line<Bytes: Collection<UInt8>>(of offset: Int, in bytes: Bytes) -> Int where Bytes.Index == Int {
        var line = 1
        var previous: UInt8 = 0
        for byte in bytes[bytes.startIndex..<offset] {
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") || byte == UInt8(ascii: "\r") { line += 1 }
            previous = byte
        }
        return line
    }
}
