import BylineCore
import Foundation

/// Why a model file could not be loaded.
public struct ModelFileError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let message: String
    public var description: String { "\(path): not a usable Byline NER model: \(message)" }
}

/// The binary layout of a model file, little-endian:
///
///     "BYLINENR"            8-byte magic
///     version: UInt32       (2: name-list prefixes marked in GAZT)
///     sections              each: 4-byte name, UInt64 length, payload
///     checksum: UInt64      FNV-1a 64 of every byte before it
///
/// A reader rejects a wrong magic, an unknown version, a checksum mismatch (a truncated or
/// corrupted file) and a missing section, each with its own message. The neural model's file
/// (`NeuralModel`) has the same layout under its own magic and version.
enum ModelFile {
    static let magic = Array("BYLINENR".utf8)
    static let version: UInt32 = 2

    /// Which kind of model file a reader expects, and how a user remakes one.
    struct Format {
        let magic: [UInt8]
        let version: UInt32
        let remake: String

        static let perceptron = Format(magic: ModelFile.magic, version: ModelFile.version, remake: "byline train ner")
    }

    /// FNV-1a 64 of the bytes, over a buffer: the generic `ByteHash.bytes` is not specialized
    /// in a debug build, where it made loading the 10 MB model take seconds.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var hash = ByteHash.seed
            for byte in buffer { hash = ByteHash.add(hash, byte) }
            return hash
        }
    }

    struct Writer {
        private(set) var bytes: [UInt8] = ModelFile.magic

        init() { append(ModelFile.version) }

        mutating func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }

        /// Appends integers as raw little-endian bytes (this machine's order: x86-64, arm64).
        mutating func append<T: FixedWidthInteger>(contentsOf values: [T]) {
            values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        }

        mutating func section(_ name: StaticString, _ write: (inout Writer) -> Void) {
            name.withUTF8Buffer { bytes.append(contentsOf: $0) }
            var body = Writer(empty: ())
            write(&body)
            append(UInt64(body.bytes.count))
            bytes.append(contentsOf: body.bytes)
        }

        private init(empty: Void) { bytes = [] }

        func finished() -> [UInt8] {
            var result = self
            result.append(ModelFile.checksum(bytes[...]))
            return result.bytes
        }
    }

    struct Reader {
        let path: String
        private let bytes: [UInt8]
        private var position = 0
        private var sections: [String: Range<Int>] = [:]

        init(_ bytes: [UInt8], path: String, format: Format = .perceptron) throws(ModelFileError) {
            self.path = path
            self.bytes = bytes
            guard bytes.count >= format.magic.count + 4 + 8, bytes.starts(with: format.magic) else {
                throw ModelFileError(
                    path: path, message: "it does not start with the model magic '\(String(decoding: format.magic, as: UTF8.self))'")
            }
            position = format.magic.count
            let version: UInt32 = try integer()
            guard version == format.version else {
                throw ModelFileError(
                    path: path,
                    message: "format version \(version); this byline reads version \(format.version) (make the model again with `\(format.remake)`)")
            }
            let payloadEnd = bytes.count - 8
            position = payloadEnd
            let stored: UInt64 = try integer()
            guard stored == ModelFile.checksum(bytes[..<payloadEnd]) else {
                throw ModelFileError(path: path, message: "checksum mismatch: the file is truncated or corrupted (\(bytes.count) bytes)")
            }
            position = format.magic.count + 4
            while position < payloadEnd {
                guard position + 12 <= payloadEnd else { throw truncated("section header") }
                let name = String(decoding: bytes[position..<position + 4], as: UTF8.self)
                position += 4
                let length: UInt64 = try integer()
                guard length <= UInt64(payloadEnd - position) else { throw truncated("section \(name)") }
                sections[name] = position..<position + Int(length)
                position += Int(length)
            }
        }

        /// A reader positioned at the start of a section's payload.
        func section(_ name: String) throws(ModelFileError) -> Reader {
            guard let range = sections[name] else { throw ModelFileError(path: path, message: "section \(name) is missing") }
            var reader = self
            reader.position = range.lowerBound
            reader.sections = [name: range]
            return reader
        }

        mutating func integer<T: FixedWidthInteger>() throws(ModelFileError) -> T {
            let size = MemoryLayout<T>.size
            guard position + size <= bytes.count else { throw truncated("a \(T.self)") }
            var value = T.zero
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[position..<position + size]) }
            position += size
            return T(littleEndian: value)
        }

        mutating func integers<T: FixedWidthInteger>(count: Int) throws(ModelFileError) -> [T] {
            let size = MemoryLayout<T>.size * count
            guard count >= 0, position + size <= bytes.count else { throw truncated("\(count) values of type \(T.self)") }
            let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyBytes(from: bytes[position..<position + size])
                initialized = count
            }
            position += size
            return values
        }

        /// Little-endian IEEE 754 single-precision values.
        mutating func floats(count: Int) throws(ModelFileError) -> [Float] {
            let raw: [UInt32] = try integers(count: count)
            return raw.map(Float.init(bitPattern:))
        }

        /// Whether every byte of the section has been read (a longer one has the wrong shape).
        var atEnd: Bool { sections.values.first?.upperBound == position }

        mutating func string() throws(ModelFileError) -> String {
            let length: UInt32 = try integer()
            let raw: [UInt8] = try integers(count: Int(length))
            return String(decoding: raw, as: UTF8.self)
        }

        private func truncated(_ what: String) -> ModelFileError {
            ModelFileError(path: path, message: "truncated while reading \(what)")
        }
    }
}

extension ModelFile.Writer {
    mutating func append(string: String) {
        append(UInt32(string.utf8.count))
        bytes.append(contentsOf: string.utf8)
    }
}

/// A model read from its model file: from a path, or the one in the package's resources.
public protocol ModelFileLoading {
    /// The bundled file's resource name (`ner` for ner.model).
    static var bundledName: String { get }
    /// Reads a model file's bytes; `path` names the file in errors.
    init(bytes: [UInt8], path: String) throws(ModelFileError)
}

extension ModelFileLoading {
    /// The model shipped with Byline.
    public static func bundled() throws -> Self {
        guard let url = Bundle.module.url(forResource: bundledName, withExtension: "model") else {
            throw ModelFileError(path: bundledName + ".model", message: "the bundled model is missing from the package resources")
        }
        return try Self(contentsOf: url.path)
    }

    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelFileError(path: path, message: "the file cannot be read")
        }
        try self.init(bytes: [UInt8](data), path: path)
    }
}
