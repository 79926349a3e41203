import BylineCore
import Formats
import Testing
import TestSupport

/// The document's date is written by the formats that carry document-level fields (JSONL
/// `date`, CoNLL-U `# date =`) and read back; a malformed one is an error at its line.
@Suite struct DocumentDateTests {
    func dated(_ document: Document, _ iso: String) -> Document {
        var document = document
        document.date = CalendarDay(iso: iso)
        return document
    }

    @Test(arguments: [OutputFormat.jsonl, .conllu])
    func theDateIsWrittenAndReadBack(_ format: OutputFormat) throws {
        let originals = [dated(documentA(), "2023-12-07"), documentB(), dated(documentHyphen(), "1999-02-28")]
        let written = render(format, originals)
        let read = format == .jsonl
            ? try JSONLReader().read(written, file: "out.jsonl")
            : try CoNLLUReader().read(written, file: "out.conllu")
        #expect(read.map(\.date) == originals.map(\.date))
        #expect(read.map(\.date?.description) == ["2023-12-07", nil, "1999-02-28"])
    }

    /// A timestamp's time and zone come back as they were read; the day alone stays a day.
    @Test(arguments: [OutputFormat.jsonl, .conllu])
    func aTimestampIsWrittenAndReadBack(_ format: OutputFormat) throws {
        var timed = documentA()
        timed.dateStamp = DocumentDate(iso: "2023-12-07T15:04:05+05:30")
        var local = documentB()
        local.dateStamp = DocumentDate(iso: "2023-12-07T15:04")
        let written = render(format, [timed, local, dated(documentHyphen(), "1999-02-28")])
        let read = format == .jsonl
            ? try JSONLReader().read(written, file: "out.jsonl")
            : try CoNLLUReader().read(written, file: "out.conllu")
        #expect(read.map(\.dateStamp?.description) == ["2023-12-07T15:04:05+05:30", "2023-12-07T15:04:00", "1999-02-28"])
        #expect(read[0].time == ClockTime(hour: 15, minute: 4, second: 5, zone: "+05:30"))
        #expect(read[2].time == nil)
    }

    @Test func jsonlWritesNullWhenNoDateIsKnown() {
        #expect(render(.jsonl, [documentB()]).contains(#""date":null"#))
        #expect(render(.jsonl, [dated(documentB(), "2020-01-31")]).contains(#""date":"2020-01-31","sentences":"#))
    }

    @Test func badDatesAreErrorsAtTheirLine() {
        for bad in [#""2023-02-30""#, #""2023-12-7""#, #""7 December 2023""#, "20231207", #""2023-12-07 15:00""#,
                    #""2023-12-07T25:00""#, #""2023-12-07T15:00+0530""#, #""2023-12-07T15""#] {
            let text = #"{"text":"a"}"# + "\n" + #"{"text":"b","date":"# + bad + "}\n"
            let error = #expect(throws: InputError.self) { try JSONLReader().read(text, file: "d.jsonl") }
            #expect(error?.line == 2)
            #expect(error?.byteOffset == 13)
            #expect(error?.message.contains("\"date\"") == true, "\(String(describing: error))")
        }
        let conllu = "# newdoc id = d\n# date = 2023-13-01\n1\tHi\n"
        let error = #expect(throws: InputError.self) { try CoNLLUReader().read(conllu, file: "d.conllu") }
        #expect(error?.line == 2)
        #expect(error?.byteOffset == 16)
        #expect(error?.message.contains("2023-13-01") == true)
    }
}
