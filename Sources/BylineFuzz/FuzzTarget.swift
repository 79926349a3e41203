import Byline

// libFuzzer's entry point. The file is compiled only when the fuzz script passes
// `-DBYLINE_FUZZ` (with `--sanitize fuzzer`, whose runtime supplies `main`); in a plain
// `swift build` the target is a stub executable that says how to run it, so it still links.
#if BYLINE_FUZZ
/// Loads the annotator before the first input: under ASan on a loaded machine its model took
/// longer than `-timeout` inside the first input, which libFuzzer then reported as a hang.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    _ = FuzzChecks.annotator
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    FuzzChecks.run(bytes)
    return 0
}
#else
@main struct FuzzStub {
    static func main() {
        print("byline-fuzz is a libFuzzer target: run scripts/fuzz.sh SECONDS")
    }
}
#endif
