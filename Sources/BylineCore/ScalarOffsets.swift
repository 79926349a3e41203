/// Converts UTF-8 byte offsets of one string into Unicode scalar (code point) offsets, the
/// unit that spaCy, brat and UDPipe use for the offsets they write.
///
/// A checkpoint every 64 bytes keeps each lookup to a short scan without a table per byte.
public struct ScalarOffsets: Sendable {
    private static let stride = 64
    private let bytes: [UInt8]
    private let scalarsBeforeCheckpoint: [Int]

    public init(_ string: String) {
        bytes = Array(string.utf8)
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
        var scalars = 0
        for (offset, byte) in bytes.enumerated() {
            if offset % Self.stride == 0 { checkpoints.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        checkpoints.append(scalars)
        scalarsBeforeCheckpoint = checkpoints
    }

    /// The number of scalars that start before `byteOffset`.
    public func scalarOffset(_ byteOffset: Int) -> Int {
        let checkpoint = byteOffset / Self.stride
        var scalars = scalarsBeforeCheckpoint[checkpoint]
        var offset = checkpoint * Self.stride
        while offset < byteOffset {
            if bytes[offset] & 0xC0 != 0x80 { scalars += 1 }
            offset += 1
        }
        return scalars
    }
}
