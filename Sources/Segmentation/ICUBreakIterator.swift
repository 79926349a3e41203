import BylineCore
internal import ICUBridge

/// An error ICU reported, by its ICU name (U_ILLEGAL_ARGUMENT_ERROR, ...).
public struct ICUError: Error, Equatable, CustomStringConvertible {
    public let code: Int32
    public var name: String { String(cString: icub_error_name(code)) }
    public var description: String { "ICU: \(name)" }
}

/// An ICU break iterator over UTF-8 text. Boundaries are UTF-8 byte offsets.
///
/// The iterator is mutable state, so each thread (or each call) makes its own; the ICU
/// handle is closed when the value is released.
public final class ICUBreakIterator {
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    private let handle: OpaquePointer

    /// - Parameter locale: an ICU locale ID. `en@ss=standard` turns on ICU's English
    ///   abbreviation suppressions for sentence breaks (Mr., Mrs., Jan., ...).
    public init(kind: Kind, locale: String = "en") throws(ICUError) {
        var status: Int32 = 0
        let opened = icub_open(kind.rawValue, locale, &status)
        guard status <= 0, let opened else { throw ICUError(code: status) }
        handle = opened
    }

    deinit { icub_close(handle) }

    /// Every boundary in the text, from 0 to its length.
    public func boundaries(in text: String) throws -> [Int] {
        var text = text
        return try text.withUTF8 { try boundaries(in: $0) }
    }

    /// Every boundary in UTF-8 bytes. The bytes are read in place, not copied.
    public func boundaries(in bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> [Int] {
        var result: [Int] = []
        try forEachBoundary(in: bytes) { result.append($0) }
        return result
    }

    /// Calls `body` with each boundary, in order, without building an array.
    public func forEachBoundary(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) throws(ICUError) {
        var status: Int32 = 0
        // ICU wants a non-null pointer even for empty text.
        let empty: [UInt8] = [0]
        empty.withUnsafeBufferPointer { fallback in
            let base = bytes.baseAddress ?? fallback.baseAddress!
            base.withMemoryRebound(to: CChar.self, capacity: max(bytes.count, 1)) {
                icub_set_utf8(handle, $0, Int64(bytes.count), &status)
            }
        }
        guard status <= 0 else { throw ICUError(code: status) }
        var boundary = icub_first(handle)
        while boundary != -1 {
            body(Int(boundary))
            boundary = icub_next(handle)
        }
    }

    /// The Unicode version of the ICU data in use.
    public static var unicodeVersion: String {
        var buffer = [CChar](repeating: 0, count: 16)
        icub_unicode_version(&buffer)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
