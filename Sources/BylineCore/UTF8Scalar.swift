/// Reads one scalar out of valid UTF-8 bytes, for the stages that scan bytes by hand.
///
/// Inlinable: the scanners call it per character, across module boundaries.
public enum UTF8Scalar {
    /// The byte length of the scalar whose first byte is `lead`.
    @inlinable
    public static func length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar starting at `offset`, which must be the first byte of a scalar.
    @inlinable
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar {
        let lead = bytes[offset]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = length(lead: lead)
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
