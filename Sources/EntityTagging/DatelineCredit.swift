import BylineCore

/// The wire credit of a dateline, "NAIROBI (AP) —", "LONDON, Dec 7 (Reuters) -", "(CNN) —", or
/// of a credit line, a sentence "(AFP)" alone at the end of a story: the news organization
/// that wrote it, ORG by the CoNLL-2003 guidelines. CoNLL-2003's
/// documents carry no credit in their datelines ("LONDON 1996-08-30"), so neither tagger
/// learnt one beside "Reuters" (found in 79 bylines of train.txt): they read "AP" as MISC or
/// nothing. It was the most frequent miss of the first hand-made news set (14 of its 39 missed
/// ORG), and it is in most wire copy users bring, so it is a rule, applied after either tagger.
enum DatelineCredit {
    /// A dateline's place and date take at most this many tokens before the credit.
    static let placeTokens = 8
    /// A credit is at most this many words ("Agence France-Presse", "CBS News").
    static let creditTokens = 4
    /// The agencies a credit line alone names. Without a dateline's shape around it a word in
    /// parentheses is as often a label ("(VIDEO)", "(Updated)"), so only these count there.
    static let wireAgencies: Set<String> = [
        "AFP", "AP", "Reuters", "UPI", "dpa", "DPA", "EFE", "ANSA", "Xinhua", "TASS", "Kyodo", "Yonhap", "PTI",
        "IANS", "ANI", "AAP", "CNA", "Bernama", "Anadolu", "Interfax", "KUNA", "WAFA", "IRNA", "Prensa Latina",
    ]

    /// The entities with each sentence's dateline credit tagged ORG (in place of whatever
    /// overlapped it), in token order.
    static func tagged(_ entities: [Entity], in document: Document) -> [Entity] {
        var result = entities
        var changed = false
        for sentence in document.sentences {
            guard let credit = credit(in: sentence.tokens, of: document, entities: result) else { continue }
            result.removeAll { $0.tokens.overlaps(credit) }
            result.append(Entity(tokens: credit, type: .organization))
            changed = true
        }
        if changed { result.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        return result
    }

    /// The credit's tokens: a known agency in parentheses that make the whole sentence, or, in
    /// a dateline, capitalized words in parentheses at the sentence's start or after a place
    /// that begins it, and a dash right after the closing parenthesis.
    static func credit(in tokens: Range<Int>, of document: Document, entities: [Entity]) -> Range<Int>? {
        let text = { (index: Int) in document.text(document.tokens[index].span) }
        if tokens.count >= 3, text(tokens.lowerBound) == "(", text(tokens.upperBound - 1) == ")",
           wireAgencies.contains((tokens.lowerBound + 1..<tokens.upperBound - 1).map { String(text($0)) }.joined(separator: " ")) {
            return tokens.lowerBound + 1..<tokens.upperBound - 1
        }
        let limit = min(tokens.upperBound, tokens.lowerBound + placeTokens + 1)
        guard let open = (tokens.lowerBound..<limit).first(where: { text($0) == "(" }) else { return nil }
        let startsWithPlace = entities.contains { $0.type == .location && $0.tokens.lowerBound == tokens.lowerBound }
        guard open == tokens.lowerBound || startsWithPlace,
              let close = (open + 1..<min(tokens.upperBound, open + creditTokens + 2)).first(where: { text($0) == ")" }),
              close > open + 1, close + 1 < tokens.upperBound, ["-", "--", "–", "—"].contains(text(close + 1)),
              (open + 1..<close).allSatisfy({ text($0).first?.isUppercase == true }) else { return nil }
        return open + 1..<close
    }
}
