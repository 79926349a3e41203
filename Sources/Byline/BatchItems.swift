import BylineCore
import Foundation

/// One unit of a batch's work: a whole input, a piece of a large text file, or one line of a
/// JSON Lines input; the last unit of each input says so, so output can be finished.
struct BatchItem: Sendable {
    enum Content: Sendable {
        /// The whole input, read by the worker that annotates it (reading runs on every core).
        case wholeFile
        /// A run of a large text file's paragraphs (see `TextPieces`), and the file's size.
        case textPiece(Data, firstLine: Int, byteOffset: Int, fileBytes: Int)
        /// One line of a JSON Lines input; `number` counts its documents (non-blank lines) from 1.
        case jsonLine([UInt8], line: Int, byteOffset: Int, number: Int)
        /// The end of an input read as a stream, or why it could not be read.
        case end(InputError?)
    }

    var input: InputFile
    var content: Content
    /// Whether this is the input's first unit.
    var beginsInput: Bool
    /// Whether this is the input's last unit.
    var completesInput: Bool
    /// The input bytes this unit covers, for progress.
    var byteCount: Int
}

/// The batch's inputs as a stream of work units, read as they are asked for: JSON Lines inputs
/// a line at a time (so standard input streams), text files above `pieceBytes` in pieces,
/// everything else whole.
struct BatchItems: IteratorProtocol {
    var inputs: IndexingIterator<[SizedInput]>
    let inputFormat: InputFormat
    let pieceBytes: Int
    /// Reads standard input as it arrives: some bytes, waiting for them; none at its end.
    let readStandardInputChunk: @Sendable () -> Data
    /// The rest of the input being read in units.
    private var pending: PendingInput?

    struct SizedInput: Sendable {
        var input: InputFile
        /// Its size in bytes; nil for standard input.
        var byteCount: Int?
    }

    private enum PendingInput {
        case lines(InputFile, LineStream, documents: Int)
        case pieces(InputFile, Data, ArraySlice<TextPieces.Piece>)
    }

    init(_ inputs: [SizedInput], inputFormat: InputFormat, pieceBytes: Int,
         readStandardInputChunk: @escaping @Sendable () -> Data) {
        self.inputs = inputs.makeIterator()
        self.inputFormat = inputFormat
        self.pieceBytes = pieceBytes
        self.readStandardInputChunk = readStandardInputChunk
    }

    mutating func next() -> BatchItem? {
        while true {
            if let item = nextOfPending() { return item }
            guard let sized = inputs.next() else { return nil }
            let input = sized.input
            if inputFormat == .jsonl {
                do {
                    pending = .lines(input, try lineStream(input), documents: 0)
                } catch {
                    return BatchItem(input: input, content: .end(error), beginsInput: true, completesInput: true, byteCount: sized.byteCount ?? 0)
                }
            } else if inputFormat == .text, let size = sized.byteCount, size > pieceBytes,
                      let bytes = try? Data(contentsOf: URL(fileURLWithPath: input.path), options: .alwaysMapped) {
                pending = .pieces(input, bytes, TextPieces(minimumBytes: pieceBytes).pieces(of: bytes)[...])
            } else {
                // A file that could not be mapped is read whole by the worker, which reports why it cannot.
                return BatchItem(input: input, content: .wholeFile, beginsInput: true, completesInput: true, byteCount: sized.byteCount ?? 0)
            }
        }
    }

    private mutating func nextOfPending() -> BatchItem? {
        switch pending {
        case nil:
            return nil
        case .pieces(let input, let bytes, var pieces):
            // The slice keeps the indexes of the whole list: the first piece is at 0.
            let isFirst = pieces.startIndex == 0
            guard let piece = pieces.popFirst() else {
                pending = nil
                return nil
            }
            pending = .pieces(input, bytes, pieces)
            return BatchItem(
                input: input,
                content: .textPiece(bytes[piece.bytes], firstLine: piece.firstLine, byteOffset: piece.bytes.lowerBound,
                                    fileBytes: bytes.count),
                beginsInput: isFirst, completesInput: pieces.isEmpty, byteCount: piece.bytes.count)
        case .lines(let input, var stream, var documents):
            pending = nil  // the stream is moved out while it reads, and put back below
            do {
                while let line = try stream.next() {
                    guard !line.content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { continue }
                    documents += 1
                    pending = .lines(input, stream, documents: documents)
                    return BatchItem(
                        input: input,
                        content: .jsonLine(line.content, line: line.number, byteOffset: line.byteOffset, number: documents),
                        beginsInput: documents == 1, completesInput: false, byteCount: line.byteCount)
                }
            } catch {
                return BatchItem(input: input, content: .end(Self.readError(input, error)),
                                 beginsInput: documents == 0, completesInput: true, byteCount: 0)
            }
            let empty = stream.isEmpty ? SourceDecoder.emptyFile(input.displayName) : nil
            return BatchItem(input: input, content: .end(empty), beginsInput: documents == 0, completesInput: true, byteCount: 0)
        }
    }

    private func lineStream(_ input: InputFile) throws(InputError) -> LineStream {
        if input.isStandardInput { return LineStream(read: readStandardInputChunk) }
        guard let handle = FileHandle(forReadingAtPath: input.path) else {
            throw InputError(file: input.path, message: "cannot read the file (\(String(cString: strerror(errno))))")
        }
        return LineStream { try handle.read(upToCount: 1 << 16) ?? Data() }
    }

    static func readError(_ input: InputFile, _ error: any Error) -> InputError {
        error as? InputError ?? InputError(file: input.displayName, message: "cannot read the file (\(Batch.reason(error)))")
    }
}
