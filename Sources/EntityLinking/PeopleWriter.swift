import BylineCore
import Formats

/// How `byline people` writes the corpus's entities.
public enum PeopleFormat: String, CaseIterable, Sendable {
    /// Aligned columns for a person to read.
    case table
    /// One JSON object per entity per line.
    case jsonl
    /// Tab-separated values with a header line, for spreadsheets.
    case tsv

    public func render(_ entities: [PeopleIndex.Entity]) -> String {
        switch self {
        case .table: Self.table(entities)
        case .jsonl: entities.map(Self.jsonLine).joined()
        case .tsv: Self.tsv(entities)
        }
    }

    /// `{"id", "name", "type", "variants": [...], "documents", "mentions", "quotes", "cues": {cue: quotes}}`.
    private static func jsonLine(_ entity: PeopleIndex.Entity) -> String {
        var json = JSONBuffer()
        json.raw("{\"id\":")
        json.string(entity.id)
        json.member("name", entity.name)
        json.member("type", entity.type.rawValue)
        json.key("variants")
        json.raw("[")
        for (index, variant) in entity.variantsByMentions.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(variant)
        }
        json.raw("]")
        for (key, count): (StaticString, Int) in [("documents", entity.documents), ("mentions", entity.mentions), ("quotes", entity.quotes)] {
            json.key(key)
            json.int(count)
        }
        json.key("cues")
        json.raw("{")
        for (index, cue) in entity.cuesByQuotes.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(cue.cue)
            json.raw(":")
            json.int(cue.quotes)
        }
        json.raw("}}\n")
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// The columns of the table and the TSV, after the name and type.
    private static func counts(_ entity: PeopleIndex.Entity) -> [String] {
        [String(entity.documents), String(entity.mentions), String(entity.quotes)]
    }

    private static func cues(_ entity: PeopleIndex.Entity) -> String {
        entity.cuesByQuotes.map { $0.quotes == 1 ? $0.cue : "\($0.cue) ×\($0.quotes)" }.joined(separator: ", ")
    }

    /// Header `id name type documents mentions quotes variants cues`; variants and cues are
    /// joined by `|`, a cue followed by `=` and its number of quotes. Tabs and line ends inside
    /// a field become spaces.
    private static func tsv(_ entities: [PeopleIndex.Entity]) -> String {
        func field(_ text: String) -> String {
            String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
        }
        var output = "id\tname\ttype\tdocuments\tmentions\tquotes\tvariants\tcues\n"
        for entity in entities {
            let columns = [entity.id, entity.name, entity.type.rawValue] + counts(entity)
                + [entity.variantsByMentions.joined(separator: "|"),
                   entity.cuesByQuotes.map { "\($0.cue)=\($0.quotes)" }.joined(separator: "|")]
            output += columns.map(field).joined(separator: "\t") + "\n"
        }
        return output
    }

    /// `NAME TYPE DOCS MENTIONS QUOTES VARIANTS CUES`, the variants other than the name.
    private static func table(_ entities: [PeopleIndex.Entity]) -> String {
        let header = ["NAME", "TYPE", "DOCS", "MENTIONS", "QUOTES", "VARIANTS", "CUES"]
        let rows = entities.map { entity in
            [entity.name, entity.type.rawValue] + counts(entity)
                + [entity.variantsByMentions.filter { $0 != entity.name }.joined(separator: ", "), cues(entity)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            var line = ""
            for (column, text) in row.enumerated() {
                let last = column == row.count - 1
                line += last ? text : text + String(repeating: " ", count: widths[column] - text.count + 2)
            }
            while line.last == " " { line.removeLast() }
            return line + "\n"
        }.joined()
    }
}
