import BylineCore

/// A noun phrase where a speaker, a subject or an addressee stands.
struct NounPhrase: Equatable, Sendable {
    /// From the determiner to the last word, an `of`/`for` phrase included.
    var tokens: Range<Int>
    /// Where the phrase's own words end: an `of`/`for` phrase starts here (`tokens.upperBound`
    /// without one). "the President | of the European Council".
    var coreEnd: Int
    /// The words between the two commas of an apposition right after the phrase
    /// ("Charles Michel, the President of the European Council, said").
    var appositive: Range<Int>? = nil

    var head: Int { coreEnd - 1 }
}

/// What a speaker mention is, which decides how its canonical name is found.
enum MentionKind: Sendable {
    /// A PER entity (the name alone, without title).
    case person
    /// Capitalized words the entity layer did not tag: taken for a name.
    case name
    /// A LOC, ORG or MISC entity.
    case entity
    /// Names joined by `and`: "Armenia and Azerbaijan".
    case coordination
    case pronoun
    /// A phrase with a common noun for head: "the statement", "Armenia's foreign ministry".
    case common
}

/// The tokens written as a quote's speaker, and the phrase they come from.
struct SpeakerMention: Equatable, Sendable {
    var tokens: Range<Int>
    var kind: MentionKind
    var phrase: NounPhrase
}

/// Noun phrases, subjects and apposition, read off the token table with a handful of rules
/// (no parser): closed-class words and the entity layer mark where phrases begin and end.
struct Grammar {
    let table: TokenTable
    /// Whether each token lies between quotation marks (in a quotation's content or a mark).
    let quoted: [Bool]

    /// The longest a noun phrase is taken to be.
    static let phraseLimit = 14
    /// The farthest apart the two commas of an apposition are.
    static let appositiveLimit = 22

    // MARK: Word classes in context

    func isDeterminer(_ token: Int) -> Bool {
        let flags = table[token].flags
        return !flags.isDisjoint(with: [.article, .demonstrative, .possessive])
            || flags.contains(.quantifier) && !flags.contains(.number)
    }

    /// A name word: an entity token, or a capitalized word no lexicon says is something else.
    func isName(_ token: Int) -> Bool {
        if table[token].isEntity { return true }
        return table.shape(token).contains(.capitalized) && isNominal(token) && !table.has(.title, token)
    }

    /// A word that can be part of a noun phrase's body: a name, a noun, an adjective, a number.
    func isNominal(_ token: Int) -> Bool {
        let info = table[token]
        if info.isEntity { return true }
        if info.mark != nil { return false }
        if info.shape.contains(.hasDigit) { return !info.shape.contains(.punctuation) }
        guard info.shape.contains(.word) else { return false }
        let flags = info.flags
        if flags.contains(.number) { return true }
        // A past or present verb form right after a determiner is a noun or a name ("the
        // hit", "The Met Office"); an auxiliary or a modal never is.
        let verbAfterDeterminer = flags.contains(.finiteVerb) && flags.isDisjoint(with: [.auxiliary, .modal])
            && token > 0 && isDeterminer(token - 1)
        if !flags.isDisjoint(with: WordFlags.function.union(.determiner).union([.day, .openingAdverb]))
            || flags.contains(.finiteVerb) && !verbAfterDeterminer {
            return false
        }
        if info.word != .other || table.isAdverb(token) { return false }
        if info.shape.contains(.lowercase) && info.shape.contains(.endsInEd) { return false }
        if let cue = info.cue {
            // "the report", "his claims": base and -s forms are nouns after a determiner or an adjective.
            guard cue.kind == .base || cue.kind == .thirdPerson, token > 0 else { return false }
            return isDeterminer(token - 1) || table.is(.apostropheS, token - 1)
                || table.isContentWord(token - 1) && table[token - 1].cue == nil
        }
        return true
    }

    private func isSubjectPronoun(_ token: Int) -> Bool { table.has(.subjectPronoun, token) }

    /// `'s`, or the apostrophe of a plural possessive ("the players' union"): a single mark
    /// against a word in -s that the finder did not pair.
    func isPossessive(_ token: Int) -> Bool {
        if table.is(.apostropheS, token) { return true }
        guard table[token].mark?.style == .single, !quoted[token], !table[token].spaceBefore, token > 0 else { return false }
        return table.shape(token - 1).contains(.endsInS)
    }

    // MARK: Noun phrases

    /// A preposition that can join a phrase to the noun before it: `of` and `for` ("the
    /// President of the European Council", "a spokesman for the Pentagon"); `in`, `at` and
    /// `from` after a common noun ("officials in Maui County"), not after a name.
    private func isPostmodifier(_ preposition: Int, after noun: Int) -> Bool {
        if table.is(.of, preposition) || table.is(.for, preposition) { return true }
        guard table.is(.in, preposition) || table.is(.at, preposition) || table.is(.from, preposition) else { return false }
        return !table[noun].isEntity && (table.shape(noun).contains(.lowercase) || isSentenceStart(noun))
    }

    private func isSentenceStart(_ token: Int) -> Bool { table.sentence(of: token).lowerBound == token }

    /// The noun phrase whose last word is `end`, not reaching before `floor`.
    func phrase(endingAt end: Int, floor: Int) -> NounPhrase? {
        guard end >= floor, end < table.count else { return nil }
        if isSubjectPronoun(end) { return NounPhrase(tokens: end..<(end + 1), coreEnd: end + 1) }
        guard isNominal(end) else { return nil }
        var start = end, coreEnd = end + 1, usedOf = false
        var k = end - 1
        func takeOfPhrase(at of: Int) -> Bool {
            guard !usedOf, of - 1 >= floor, isPostmodifier(of, after: of - 1), isNominal(of - 1) else { return false }
            usedOf = true
            coreEnd = of
            start = of - 1
            k = of - 2
            return true
        }
        while k >= floor, end - k < Self.phraseLimit {
            if isPossessive(k), k - 1 >= floor, isNominal(k - 1) {
                start = k - 1
                k -= 2
            } else if isNominal(k) {
                start = k
                k -= 1
            } else if (table.is(.and, k)), k - 1 >= floor, isName(k - 1), isName(k + 1) {
                start = k
                k -= 1
            } else if isDeterminer(k) {
                start = k
                if !takeOfPhrase(at: k - 1) { break }
            } else if !takeOfPhrase(at: k) {
                break
            }
        }
        return NounPhrase(tokens: start..<(end + 1), coreEnd: coreEnd)
    }

    /// The noun phrase that begins at `start`, not reaching `ceiling`.
    func phrase(startingAt start: Int, ceiling: Int) -> NounPhrase? {
        let ceiling = min(ceiling, table.count)
        guard start < ceiling else { return nil }
        if isSubjectPronoun(start) || table.has(.objectPronoun, start) && !table.has(.possessive, start) {
            return NounPhrase(tokens: start..<(start + 1), coreEnd: start + 1)
        }
        var k = start
        if isDeterminer(k) || table.is(.that, k) { k += 1 }
        var head: Int? = nil, ofAt: Int? = nil
        while k < ceiling, k - start < Self.phraseLimit {
            if let last = head, isPossessive(k), last == k - 1, k + 1 < ceiling {
                k += 1
            } else if isNominal(k) {
                head = k
                k += 1
            } else if k > start, isDeterminer(k - 1), table.shape(k).contains(.lowercase), table.shape(k).contains(.endsInEd) {
                k += 1  // "the announced release"
            } else if let last = head, table.is(.and, k), isName(last), k + 1 < ceiling,
                      isName(k + 1) || k + 2 < ceiling && table.has(.article, k + 1) && isName(k + 2) {
                k += table.has(.article, k + 1) ? 2 : 1
            } else if let last = head, ofAt == nil, isPostmodifier(k, after: last), k + 1 < ceiling,
                      isNominal(k + 1) || isDeterminer(k + 1) {
                ofAt = k
                k += isDeterminer(k + 1) ? 2 : 1
            } else {
                break
            }
        }
        guard let head else { return nil }
        let coreEnd = ofAt.map { $0 < head ? $0 : head + 1 } ?? head + 1
        return NounPhrase(tokens: start..<(head + 1), coreEnd: coreEnd)
    }

    /// The words between a comma right after `phrase` and the next comma: an apposition or a
    /// parenthesis ("Smith, 45, said"; "Armenia, for example, claimed").
    func appositive(after phrase: NounPhrase, ceiling: Int) -> Range<Int>? {
        let comma = phrase.tokens.upperBound
        guard comma < ceiling, table.shape(comma).contains(.comma) else { return nil }
        for k in (comma + 1)..<min(ceiling, comma + Self.appositiveLimit) {
            let shape = table.shape(k)
            if shape.contains(.comma) { return k > comma + 1 ? (comma + 1)..<k : nil }
            if table[k].mark != nil || !shape.isDisjoint(with: [.sentenceFinal, .semicolon, .colon]) { return nil }
        }
        return nil
    }

    /// A person's name after a comma that ends the sentence: the apposition that names the
    /// speaker after a cue ("said the club's manager, Eddie Howe."). Only a name, since the
    /// words after a comma at a sentence's end are more often a clause of their own.
    func closingName(after phrase: NounPhrase, ceiling: Int) -> Range<Int>? {
        let comma = phrase.tokens.upperBound
        guard comma + 1 < ceiling, table.shape(comma).contains(.comma),
              let entity = table.entity(at: comma + 1), entity.type == .person, entity.tokens.lowerBound == comma + 1,
              (entity.tokens.upperBound..<ceiling).allSatisfy({ table.shape($0).contains(.sentenceFinal) })
        else { return nil }
        return entity.tokens
    }

    // MARK: Speaker mentions

    /// The mention to write for a phrase, by the gold conventions: a person's name alone
    /// (without title, apposition or determiner), names joined by `and`, an entity without its
    /// determiner ("EU" in "the EU"); otherwise the whole phrase with its determiner.
    func mention(_ phrase: NounPhrase) -> SpeakerMention {
        if phrase.tokens.count == 1, isSubjectPronoun(phrase.tokens.lowerBound) || table.has(.objectPronoun, phrase.tokens.lowerBound) {
            return SpeakerMention(tokens: phrase.tokens, kind: .pronoun, phrase: phrase)
        }
        let core = phrase.tokens.lowerBound..<phrase.coreEnd
        if let person = lastEntity(in: core, of: [.person]) {
            let names = coordination(endingAt: person, types: [.person], floor: core.lowerBound)
            return SpeakerMention(tokens: names, kind: names == person ? .person : .coordination, phrase: phrase)
        }
        if let appositive = phrase.appositive, let person = lastEntity(in: appositive, of: [.person]) {
            return SpeakerMention(tokens: person, kind: .person, phrase: phrase)
        }
        let head = phrase.head
        if let entity = table.entity(at: head) {
            if let name = nameAfterTitle(in: entity.tokens.clamped(to: core)) {
                return SpeakerMention(tokens: name, kind: .name, phrase: phrase)
            }
            // A role tagged as an entity ("CEO" in "The CEO wrote") is still a role.
            if !(entity.tokens.count == 1 && table.has(.title, head)) {
                let names = coordination(endingAt: entity.tokens.clamped(to: core), types: nil, floor: core.lowerBound)
                return SpeakerMention(tokens: names, kind: names.count == entity.tokens.count ? .entity : .coordination,
                                      phrase: phrase)
            }
        }
        // Capitals the entity layer did not tag: a name, unless they only open the sentence ("Officials").
        if table.shape(head).contains(.capitalized), !table.has(.title, head), isName(head), !isSentenceStart(head) {
            var start = head
            // Titles stay out of the name, also inside a mistagged entity ("Rep." of "Rep. Alexandria").
            while start - 1 >= core.lowerBound, isName(start - 1) && !table.has(.title, start - 1)
                    || table.is(.and, start - 1) && start - 2 >= core.lowerBound && isName(start - 2) {
                start -= 1
            }
            let hasAnd = (start..<head).contains { table.is(.and, $0) }
            return SpeakerMention(tokens: start..<(head + 1), kind: hasAnd ? .coordination : .name, phrase: phrase)
        }
        return SpeakerMention(tokens: phrase.tokens, kind: .common, phrase: phrase)
    }

    /// The name that ends an entity run on over a title into it, as a tagger does with "JPMorgan
    /// Chase CEO Jamie Dimon" or "Rev. Al Sharpton" taken for one organization: two or more
    /// capitalized words after the entity's last title. One word is left alone, as it is more
    /// often part of the name ("General Motors").
    private func nameAfterTitle(in entity: Range<Int>) -> Range<Int>? {
        guard let title = entity.last(where: { table.has(.title, $0) }) else { return nil }
        let name = (title + 1)..<entity.upperBound
        guard name.count >= 2, name.allSatisfy({ table.shape($0).contains(.capitalized) }) else { return nil }
        return name
    }

    /// The last entity of the given types that lies within `range`, possessors left out
    /// ("Biden's spokesman" is not Biden).
    private func lastEntity(in range: Range<Int>, of types: Set<EntityType>) -> Range<Int>? {
        var k = range.upperBound - 1
        while k >= range.lowerBound {
            if let entity = table.entity(at: k), types.contains(entity.type) {
                let end = entity.tokens.upperBound
                if end < range.upperBound, isPossessive(end) {
                    k = entity.tokens.lowerBound - 1
                    continue
                }
                return entity.tokens.clamped(to: range)
            }
            k -= 1
        }
        return nil
    }

    /// `names` extended left over entities (of `types`) joined by `and`, or by commas in a list
    /// that an `and` ends ("Russia, the EU and the US"), an article allowed before each; never
    /// before `floor`.
    private func coordination(endingAt names: Range<Int>, types: Set<EntityType>?, floor: Int) -> Range<Int> {
        var start = names.lowerBound, sawAnd = false
        while true {
            var joiner = start - 1
            if joiner >= floor, table.has(.article, joiner) { joiner -= 1 }
            guard joiner - 1 >= floor else { break }
            let isAnd = table.is(.and, joiner)
            guard isAnd || sawAnd && table.shape(joiner).contains(.comma),
                  let previous = table.entity(at: joiner - 1), !quoted[joiner - 1],
                  types?.contains(previous.type) ?? true, previous.tokens.lowerBound >= floor else { break }
            sawAnd = sawAnd || isAnd
            start = previous.tokens.lowerBound
        }
        return start..<names.upperBound
    }

    // MARK: Subjects

    /// The speaker of a speech verb: its subject, the agent of a passive (`hailed by the EU`),
    /// the subject of the clause a participle or infinitive hangs on (`…, calling it`), the
    /// antecedent of a relative (`Smith, who said`), or a name before an apposition
    /// (`Charles Michel, the President of …, said`). Nil for an agentless passive
    /// (`It was announced that`). `floor` bounds the search on the left.
    func subject(ofCue cue: Int, floor: Int) -> SpeakerMention? {
        guard let form = table[cue].cue else { return nil }
        let sentence = table.sentence(of: cue)
        if form.kind == .past, cue + 2 < sentence.upperBound, table.is(.by, cue + 1),
           let agent = phrase(startingAt: cue + 2, ceiling: sentence.upperBound) {
            return mention(agent)
        }
        if form.kind == .participle { return subjectOfGoverningClause(before: cue, floor: floor) }
        var k = cue - 1, passive = false
        while k >= floor {
            if table.isAdverb(k) || table.hasAny([.auxiliary, .modal, .negation], k) {
                if table.has(.beForm, k) { passive = true }
                k -= 1
            } else if table.has(.time, k), !table[k].isEntity {
                // "Biden on Thursday called", "the ministry last week said"
                k -= 1
                while k >= floor, table.has(.time, k) || isDeterminer(k) && !table.has(.possessive, k) { k -= 1 }
                if k >= floor, table.is(.on, k) || table.is(.in, k) || table.is(.at, k) { k -= 1 }
            } else {
                break
            }
        }
        if passive && form.kind == .past { return nil }
        guard k >= floor else { return nil }
        let shape = table.shape(k)
        if shape.contains(.comma) {
            if let apposed = phraseBeforeApposition(endingAt: k, floor: floor) { return mention(apposed) }
            return subjectOfGoverningClause(before: cue, floor: floor)
        }
        if table.is(.and, k) || table.is(.but, k) || table.is(.or, k) || table.is(.to, k) {
            return subjectOfGoverningClause(before: k, floor: floor)
        }
        if table.hasAny(.relative, k) || table.is(.that, k) {
            var antecedent = k - 1
            if antecedent >= floor, table.shape(antecedent).contains(.comma) { antecedent -= 1 }
            return phrase(endingAt: antecedent, floor: floor).map(mention)
        }
        return phrase(endingAt: k, floor: floor).map(mention)
    }

    /// "X, <apposition>, said": the phrase before the first comma, with the apposition.
    private func phraseBeforeApposition(endingAt secondComma: Int, floor: Int) -> NounPhrase? {
        var k = secondComma - 1
        while k > floor, secondComma - k < Self.appositiveLimit {
            let shape = table.shape(k)
            if table[k].mark != nil || !shape.isDisjoint(with: [.sentenceFinal, .semicolon, .colon]) { return nil }
            if shape.contains(.comma) {
                guard k + 1 < secondComma, var noun = phrase(endingAt: k - 1, floor: floor) else { return nil }
                noun.appositive = (k + 1)..<secondComma
                return noun
            }
            k -= 1
        }
        return nil
    }

    /// The subject of the clause that a participle (`…, calling it`), an infinitive (`went on
    /// to say`) or a second verb (`… and reaffirmed`) at `token` belongs to: the subject of the
    /// nearest speech verb before it in the sentence, else the sentence's subject.
    func subjectOfGoverningClause(before token: Int, floor: Int) -> SpeakerMention? {
        var k = token - 1
        while k >= floor {
            if !quoted[k], let form = table.cue(at: k), form.kind != .participle {
                if let speaker = subject(ofCue: k, floor: floor) { return speaker }
                break
            }
            k -= 1
        }
        return clauseSubject(from: max(floor, table.sentence(of: token).lowerBound), before: token).map(mention)
    }

    /// The subject of the clause starting at `start`: after a dateline ("WASHINGTON (AP) --"),
    /// connectives ("But,", "However,") and fronted phrases ("On Thursday,", "In a statement,").
    func clauseSubject(from start: Int, before limit: Int) -> NounPhrase? {
        guard start < limit else { return nil }
        var p = start
        if let dash = (p..<min(limit, p + 12)).first(where: { table.shape($0).contains(.dash) }),
           (p..<dash).allSatisfy({ table.shape($0).contains(.capitalized) || table.shape($0).contains(.punctuation) && table[$0].mark == nil }) {
            p = dash + 1
        }
        for _ in 0..<4 {
            guard p < limit else { return nil }
            if quoted[p] || table[p].mark != nil { return nil }
            let info = table[p]
            if !info.flags.isDisjoint(with: [.coordinator, .openingAdverb]) && !info.isEntity {
                p += 1
                if p < limit, table.shape(p).contains(.comma) { p += 1 }
                continue
            }
            let fronted = !info.flags.isDisjoint(with: [.preposition, .subordinator, .time]) || info.word == .according
                || !info.isEntity && (info.shape.contains(.endsInIng) || info.shape.contains(.endsInEd))
            if fronted && !info.isEntity {
                guard let comma = (p..<limit).first(where: { table.shape($0).contains(.comma) }) else { return nil }
                p = comma + 1
                continue
            }
            break
        }
        guard p < limit, var subject = phrase(startingAt: p, ceiling: limit) else { return nil }
        subject.appositive = appositive(after: subject, ceiling: limit)
        return subject
    }
}
