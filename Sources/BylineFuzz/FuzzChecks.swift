import Byline

/// What one fuzz input goes through. Errors thrown for bad input are the readers' and the
/// pipeline's contract and are ignored; a broken invariant traps, so libFuzzer reports it.
enum FuzzChecks {
    /// Loading the entity model takes far longer than one input, so it is loaded once.
    static let annotator: Annotator = {
        do { return try Annotator() } catch { fatalError("cannot build the annotator: \(error)") }
    }()

    static let file = "fuzz-input"

    static func run(_ bytes: [UInt8]) {
        annotateAsText(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        for format in [InputFormat.conll2003, .conllu, .jsonl] {
            guard var documents = try? format.makeReader().read(text, file: file) else { continue }
            for index in documents.indices {
                guard (try? annotator.annotate(&documents[index])) != nil else { continue }
                Invariants.check(documents[index])
            }
            RoundTrip.check(documents)
        }
        _ = try? TagFileReader().read(bytes, file: file)
        _ = try? TaggedFile(text: text, name: file)
    }

    /// The bytes as a plain-text input file: decoded strictly, and lossily when that fails.
    static func annotateAsText(_ bytes: [UInt8]) {
        let decoded: SourceDecoder.Decoded
        do {
            decoded = try SourceDecoder().decode(bytes, file: file)
        } catch {
            guard let lossy = try? SourceDecoder(lossy: true).decode(bytes, file: file) else { return }
            decoded = lossy
        }
        guard let document = try? annotator.annotate(decoded.text, id: file) else { return }
        Invariants.check(document)
        RoundTrip.check([document])
    }
}

/// Properties of an annotated document that no output shows directly.
enum Invariants {
    static func check(_ document: Document) {
        let textLength = document.text.utf8.count, sourceLength = document.source.utf8.count
        let tokenCount = document.tokens.count
        var previousEnd = 0
        for (index, token) in document.tokens.enumerated() {
            require(token.span.start >= previousEnd && token.span.end <= textLength,
                    "token \(index) \(token.span) out of order or outside the text (\(textLength) bytes)")
            let source = document.sourceSpan(token.span)
            require(source.start >= 0 && source.end <= sourceLength,
                    "token \(index) source span \(source) outside the source (\(sourceLength) bytes)")
            previousEnd = token.span.end
        }
        var previousSentenceEnd = 0
        for (index, sentence) in document.sentences.enumerated() {
            require(sentence.span.start >= previousSentenceEnd && sentence.span.end <= textLength,
                    "sentence \(index) \(sentence.span) out of order or outside the text")
            require(sentence.tokens.lowerBound >= 0 && sentence.tokens.upperBound <= tokenCount,
                    "sentence \(index) tokens \(sentence.tokens) outside the \(tokenCount) tokens")
            previousSentenceEnd = sentence.span.end
        }
        func inTokens(_ range: Range<Int>?, _ what: String) {
            guard let range else { return }
            require(range.lowerBound >= 0 && range.upperBound <= tokenCount,
                    "\(what) tokens \(range) outside the \(tokenCount) tokens")
        }
        for entity in document.entities { inTokens(entity.tokens, "entity") }
        for number in document.numbers {
            inTokens(number.tokens, "number")
            inTokens(number.counted, "counted phrase")
        }
        for quote in document.quotes {
            inTokens(quote.content, "quote")
            require(quote.hasOrderedParts, "quote parts \(quote.parts) out of order or touching")
            inTokens(quote.speaker, "speaker")
            inTokens(quote.cue, "cue")
        }
    }
}

/// Every output format is written, and what Byline can read back is read back and compared.
enum RoundTrip {
    static func check(_ documents: [Document]) {
        var outputs: [OutputFormat: String] = [:]
        for format in OutputFormat.allCases {
            let writer = format.makeWriter()
            var output = writer.header()
            writer.write(documents, into: &output)
            outputs[format] = output
        }
        checkJSONL(outputs[.jsonl]!, documents)
        checkCoNLLU(outputs[.conllu]!, documents)
        _ = try? TaggedFile(text: outputs[.conll2003]!, name: "fuzz.conll")
        _ = try? TaggedFile(text: outputs[.conllu]!, name: "fuzz.conllu")
    }

    /// JSONL carries the source and every token's offsets: reading it back gives the same
    /// source, and tokens whose text is the source at the offsets the pipeline found.
    static func checkJSONL(_ output: String, _ documents: [Document]) {
        let read: [Document]
        do { read = try JSONLReader().read(output, file: "fuzz.jsonl") } catch {
            fail("JSONL output does not read back: \(error)")
        }
        require(read.count == documents.count, "JSONL read \(read.count) documents, wrote \(documents.count)")
        for (written, back) in zip(documents, read) {
            require(back.source == written.source, "JSONL source changed: \(written.source.debugDescription) → \(back.source.debugDescription)")
            let spans = written.tokens.map { written.sourceSpan($0.span) }
            require(back.tokens.map(\.span) == spans, "JSONL token offsets changed for \(written.source.debugDescription)")
        }
    }

    /// CoNLL-U keeps tokens and sentences (not always the exact source), so their counts survive.
    static func checkCoNLLU(_ output: String, _ documents: [Document]) {
        let read: [Document]
        do { read = try CoNLLUReader().read(output, file: "fuzz.conllu") } catch {
            fail("CoNLL-U output does not read back: \(error)")
        }
        let written = documents.filter { !$0.tokens.isEmpty }
        require(read.count == written.count, "CoNLL-U read \(read.count) documents, wrote \(written.count) with tokens")
        for (written, back) in zip(written, read) {
            require(back.tokens.count == written.tokens.count,
                    "CoNLL-U read \(back.tokens.count) tokens, wrote \(written.tokens.count) for \(written.source.debugDescription)")
        }
    }
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fail(message()) }
}

func fail(_ message: String) -> Never {
    fatalError("fuzz invariant: \(message)")
}
