import Foundation

/// How a process the tests ran ended: its exit status and what it wrote, decoded as UTF-8.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var output: String
    public var errors: String
}

/// Runs `executable` to its end with `input` on its standard input.
///
/// The pipes are read before waiting (a process blocks once a pipe it writes is full): all of
/// `input` is written first, then standard output is read to its end, then standard error. That
/// suits the tools the tests run, which read their input before writing and write little to
/// standard error.
public func runProcess(_ executable: URL, _ arguments: [String], input: Data = Data()) throws -> ProcessResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe(), errors = Pipe(), standardInput = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = standardInput
    try process.run()
    standardInput.fileHandleForWriting.write(input)
    try standardInput.fileHandleForWriting.close()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                         errors: String(decoding: errorData, as: UTF8.self))
}

/// The built `byline` executable: the test bundle sits next to the products it was built with
/// (on Linux the test runner is itself one of those products).
public let bylineExecutable: URL = {
    let bundle = Bundle.main.bundleURL
    let products = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    return products.appendingPathComponent("byline")
}()
