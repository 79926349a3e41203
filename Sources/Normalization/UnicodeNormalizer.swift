import CUTF8Proc

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Unicode normalization forms Byline offers.
public enum NormalizationForm: String, Sendable, CaseIterable {
    /// Canonical composition: changes no character's meaning. The default.
    case nfc = "NFC"
    /// Compatibility composition: also folds ligatures, full-width forms, superscripts.
    case nfkc = "NFKC"
    /// Canonical decomposition; offered for the conformance test and for callers that want it.
    case nfd = "NFD"
    /// Compatibility decomposition.
    case nfkd = "NFKD"

    var options: utf8proc_option_t {
        switch self {
        case .nfc: return utf8proc_option_t(UTF8PROC_STABLE.rawValue | UTF8PROC_COMPOSE.rawValue)
        case .nfkc: return utf8proc_option_t(UTF8PROC_STABLE.rawValue | UTF8PROC_COMPOSE.rawValue | UTF8PROC_COMPAT.rawValue)
        case .nfd: return utf8proc_option_t(UTF8PROC_STABLE.rawValue | UTF8PROC_DECOMPOSE.rawValue)
        case .nfkd: return utf8proc_option_t(UTF8PROC_STABLE.rawValue | UTF8PROC_DECOMPOSE.rawValue | UTF8PROC_COMPAT.rawValue)
        }
    }

    var decomposition: utf8proc_option_t {
        switch self {
        case .nfc, .nfd: return UTF8PROC_DECOMPOSE
        case .nfkc, .nfkd: return utf8proc_option_t(UTF8PROC_DECOMPOSE.rawValue | UTF8PROC_COMPAT.rawValue)
        }
    }
}

/// An error utf8proc reported, with its own message.
public struct UTF8ProcError: Error, Equatable, CustomStringConvertible {
    public let code: Int
    public let message: String

    init(code: Int) {
        self.code = code
        self.message = String(cString: utf8proc_errmsg(utf8proc_ssize_t(code)))
    }

    public var description: String { "utf8proc: \(message)" }
}

/// Swift face of utf8proc: normalizes UTF-8 and answers the character-property questions the
/// normalizer needs. No utf8proc type leaves this file.
public enum UnicodeNormalizer {
    /// The Unicode version of utf8proc's tables.
    public static var unicodeVersion: String { String(cString: utf8proc_unicode_version()) }

    public static func normalize(_ text: String, form: NormalizationForm) throws -> String {
        var text = text
        return try text.withUTF8 { try String(decoding: normalize($0, form: form), as: UTF8.self) }
    }

    /// Normalizes UTF-8 bytes.
    public static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, form: NormalizationForm) throws(UTF8ProcError) -> [UInt8] {
        try map(bytes, form.options)
    }

    /// utf8proc_map: utf8proc allocates the result, which is copied and freed here.
    private static func map(_ bytes: UnsafeBufferPointer<UInt8>, _ options: utf8proc_option_t) throws(UTF8ProcError) -> [UInt8] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        var output: UnsafeMutablePointer<utf8proc_uint8_t>? = nil
        let length = utf8proc_map(base, utf8proc_ssize_t(bytes.count), &output, options)
        defer { free(output) }
        guard length >= 0, let output else { throw UTF8ProcError(code: Int(length)) }
        return Array(UnsafeBufferPointer(start: output, count: Int(length)))
    }

    /// Text folded for comparing names: compatibility-decomposed, case-folded, accents and
    /// other marks removed ("Ağdam" and "AGDAM" both become "agdam"). Not for display: the
    /// result changes what characters mean.
    public static func foldedForMatching(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let options = utf8proc_option_t(UTF8PROC_STABLE.rawValue | UTF8PROC_COMPOSE.rawValue | UTF8PROC_COMPAT.rawValue
            | UTF8PROC_CASEFOLD.rawValue | UTF8PROC_STRIPMARK.rawValue)
        var text = text
        return text.withUTF8 { bytes in
            // Only invalid UTF-8 fails, and a Swift string is valid UTF-8.
            let folded = (try? map(bytes, options)) ?? Array(bytes)
            return String(decoding: folded, as: UTF8.self)
        }
    }

    /// Whether normalization can never combine `scalar` with anything before it, so text may
    /// be cut in front of it and each piece normalized alone with the same result.
    ///
    /// True when the scalar's decomposition starts with a starter (combining class 0) that is
    /// not the second half of any canonical composition (and is not a Hangul vowel or
    /// trailing consonant, which utf8proc composes by arithmetic rather than by table).
    public static func isNormalizationBoundary(_ scalar: Unicode.Scalar, form: NormalizationForm) -> Bool {
        if scalar.isASCII { return true }
        // Called for every non-ASCII scalar the normalizer looks at: decompose into a stack
        // buffer rather than a heap array. The longest full decomposition (U+FDFA, NFKD) is
        // 18 code points.
        let first = withUnsafeTemporaryAllocation(of: utf8proc_int32_t.self, capacity: 32) { decomposed in
            var boundClass: utf8proc_int32_t = 0
            let count = utf8proc_decompose_char(
                utf8proc_int32_t(scalar.value), decomposed.baseAddress, utf8proc_ssize_t(decomposed.count),
                form.decomposition, &boundClass)
            // count > capacity would mean nothing was written; it cannot happen with 32.
            return count > 0 && count <= decomposed.count ? decomposed[0] : utf8proc_int32_t(scalar.value)
        }
        if (0x1161...0x1175).contains(first) || (0x11A8...0x11C2).contains(first) { return false }
        let property = utf8proc_get_property(first)!.pointee
        let composesWithPrevious = property.comb_index != UInt16.max && property.comb_index >= 0x8000
        return property.combining_class == 0 && !composesWithPrevious
    }
}
