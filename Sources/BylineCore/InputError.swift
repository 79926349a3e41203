/// A problem with the user's input (not a bug): names the file, and where known the line
/// and byte offset, so the user can find it.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line number, when the problem is at a place in the file.
    public var line: Int?
    /// 0-based byte offset from the start of the file.
    public var byteOffset: Int?
    public var message: String

    public init(file: String, line: Int? = nil, byteOffset: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let byteOffset { place += " (byte \(byteOffset))" }
        return "\(place): \(message)"
    }
}
