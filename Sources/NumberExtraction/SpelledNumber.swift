import BylineCore

/// A number spelled in words ("one hundred and five", "twenty-first", "two thirds", "half a
/// million"), possibly begun by digits ("1.5 billion", "3 dozen").
struct SpelledNumber {
    /// One past the last token.
    var end: Int
    var value: ExactNumber
    /// `.cardinal`, `.ordinal` or `.fraction`.
    var kind: NumberKind
    /// The byte offset of words after the number inside its last token ("five-year-old": "year-old").
    var rest: Int? = nil
    /// "a third", "a fifth": after an article the word may be an ordinal ("a third term").
    var articleFraction = false
    /// The largest scale word used ("3 million": 1000000), 1 for none.
    var scale: Int64 = 1
}

/// Reads a spelled number as a small state machine over the words (and the pieces of
/// hyphenated words), keeping the longest reading that makes a whole number.
struct SpelledNumberReader {
    let table: TokenTable
    let lexicon: Lexicon
    let k: Keywords
    let sentenceEnd: Int

    private enum State {
        case start, article, zero, unit, teen, tens, hundred, scale, dozen, and, andArticle, half, halfArticle,
             fraction, fractionAdded, couple, numeral, point, decimal, ordinal
    }

    private struct Machine {
        var total = ExactNumber(0)
        var group = ExactNumber(0)
        var state = State.start
        var stateBeforeAnd = State.start
        var lastScale = Int64.max
        var hundredInGroup = false
        var kind = NumberKind.cardinal
        var decimalPlaces = 0
        var articleFraction = false
        var startedWithDigits = false
        /// At "and": the group so far and the scale it ended on, so a fraction after it
        /// ("twenty and three fifths", "five billion and three quarters") adds to the whole.
        var groupAtAnd: ExactNumber? = nil
        var scaleAtAnd: Int64 = 1
        /// "twenty and three": complete only when a denominator follows ("... fifths").
        var needsDenominator = false

        var isComplete: Bool {
            if needsDenominator { return false }
            switch state {
            case .start, .article, .and, .andArticle, .halfArticle, .point: return false
            default: return true
            }
        }

        var value: ExactNumber? { total.adding(group) }
    }

    /// The longest number spelled from token `start`; `numeral` when the first token is digits
    /// already read (then at least one word must follow for a result).
    func read(from start: Int, numeral: ExactNumber? = nil) -> SpelledNumber? {
        var machine = Machine()
        var token = start
        if let numeral {
            machine.group = numeral
            machine.state = .numeral
            machine.startedWithDigits = true
            token += 1
        }
        var best: SpelledNumber? = nil
        var bestBeforeAnd: SpelledNumber? = nil
        tokens: while token < sentenceEnd {
            let facts = table[token]
            if facts.shape == .digit, embeddedDigits(&machine, at: token) {
                token += 1
                if let value = machine.value { best = SpelledNumber(end: token, value: value, kind: machine.kind, scale: scale(machine)) }
                continue
            }
            // "fifty - two", "twenty--fifth": a hyphen or dash as its own token, spaced on both
            // sides or on neither.
            if machine.state == .tens, table.isDash(token), token + 1 < sentenceEnd,
               facts.spaceBefore == table[token + 1].spaceBefore, table[token + 1].word != noWord,
               (lexicon[table[token + 1].word].atom ?? lexicon[table[token + 1].word].ordinal)?.atomClass == .unit {
                token += 1
                continue
            }
            if facts.word == noWord, facts.shape.isWord, let (tens, unit) = lexicon.concatenatedTens(table.bytes, facts.start, facts.end) {
                var next = machine
                guard step(&next, tens), step(&next, unit) else { break }
                machine = next
                token += 1
                if machine.isComplete, let value = machine.value {
                    best = SpelledNumber(end: token, value: value, kind: machine.kind, scale: scale(machine))
                }
                if machine.state == .ordinal { break }
                continue
            }
            guard facts.shape.isWord else { break }
            var pieceStart = facts.start
            var pieces = 0
            while pieceStart < facts.end {
                var pieceEnd = pieceStart
                while pieceEnd < facts.end, table.bytes[pieceEnd] != UInt8(ascii: "-") { pieceEnd += 1 }
                let id = pieces == 0 && pieceEnd == facts.end ? facts.word : lexicon.lookup(table.bytes, pieceStart, pieceEnd)
                var next = machine
                if pieces == 0, let (denominator, plural) = compoundDenominator(token),
                   let numerator = smallNumerator(machine), plural == (numerator != ExactNumber(1)),
                   let value = numerator.divided(by: ExactNumber(denominator)) {
                    // "one twenty-fifth", "three twenty-firsts".
                    return SpelledNumber(end: token + 1, value: value, kind: .fraction)
                }
                guard step(&next, id) else {
                    // The number ends inside this token: "five-year-old" is five, then "year-old".
                    if pieces > 0, machine.isComplete, let value = machine.value {
                        return SpelledNumber(end: token + 1, value: value, kind: machine.kind, rest: pieceStart,
                                             articleFraction: machine.articleFraction, scale: scale(machine))
                    }
                    // "between two thousand and three thousand": the second scale word begins a
                    // second number, so the first ends before "and".
                    if machine.scaleAtAnd > 1, machine.groupAtAnd != nil, id != noWord, let atom = lexicon[id].atom,
                       atom.atomClass == .scale, atom.value >= machine.scaleAtAnd {
                        return bestBeforeAnd
                    }
                    break tokens
                }
                if id == k.and { bestBeforeAnd = best }
                machine = next
                pieces += 1
                pieceStart = pieceEnd + 1
            }
            token += 1
            if machine.isComplete, let value = machine.value, numeral == nil || token > start + 1 {
                best = SpelledNumber(end: token, value: value, kind: machine.kind, articleFraction: machine.articleFraction,
                                     scale: scale(machine))
            }
            if machine.state == .ordinal || machine.state == .zero && numeral == nil && !followsPoint(token) { break }
        }
        if var found = best, found.kind == .fraction {
            extendFractionOfScale(&found)
            return found
        }
        return best
    }

    private func followsPoint(_ token: Int) -> Bool { token < sentenceEnd && table[token].word == k.point }

    private func scale(_ machine: Machine) -> Int64 { machine.lastScale == .max ? 1 : machine.lastScale }

    /// "a quarter of a million": a fraction of a scale is a cardinal.
    private func extendFractionOfScale(_ number: inout SpelledNumber) {
        let at = number.end
        guard number.rest == nil, at + 2 < sentenceEnd, table[at].word == k.of,
              table[at + 1].word == k.a || table[at + 1].word == k.an else { return }
        let id = table[at + 2].word
        guard id != noWord, let atom = lexicon[id].atom, atom.atomClass == .scale || atom.atomClass == .dozen,
              let value = number.value.multiplied(by: ExactNumber(atom.value)) else { return }
        number = SpelledNumber(end: at + 3, value: value, kind: .cardinal, scale: atom.value)
    }

    /// Feeds one word to the machine; false when it cannot continue the number.
    private func step(_ m: inout Machine, _ id: WordID) -> Bool {
        guard id != noWord else { return false }
        if id == k.a || id == k.an {
            switch m.state {
            case .start: m.state = .article
            case .and: guard isWhole(m.stateBeforeAnd) else { return false }; m.state = .andArticle
            case .half: m.state = .halfArticle
            default: return false
            }
            return true
        }
        if id == k.and {
            guard [.hundred, .scale, .unit, .teen, .tens, .numeral].contains(m.state) else { return false }
            m.stateBeforeAnd = m.state
            m.groupAtAnd = m.group
            m.scaleAtAnd = m.state == .scale ? m.lastScale : 1
            m.state = .and
            return true
        }
        if id == k.couple || id == k.pair {  // "a couple", "a pair"
            guard m.state == .article else { return false }
            m.group = ExactNumber(2)
            m.state = .couple
            return true
        }
        if id == k.point {
            guard [.zero, .unit, .teen, .tens, .hundred].contains(m.state), m.lastScale == .max else { return false }
            m.state = .point
            return true
        }
        let word = lexicon[id]
        if m.state == .point || m.state == .decimal {
            guard let atom = word.atom, atom.atomClass == .unit || atom.atomClass == .zero,
                  let digit = ExactNumber(atom.value).scaled(byPowerOfTen: -(m.decimalPlaces + 1)),
                  let sum = m.group.adding(digit) else {
                return m.state == .decimal ? scaleAfterDecimal(&m, word) : false
            }
            m.group = sum
            m.decimalPlaces += 1
            m.state = .decimal
            return true
        }
        if word.denominator != 0, takesDenominator(m, word) { return applyDenominator(&m, word) }
        // Digits take no ordinal word: "1.15 billion second quarter" ends before "second".
        if let ordinal = word.ordinal, !m.startedWithDigits { return applyAtom(&m, ordinal, ordinal: true) }
        if let atom = word.atom { return applyAtom(&m, atom, ordinal: false) }
        // "three billions", "2 dozens": a plural magnitude after a number is its scale.
        if word.vague >= 12, word.vague != 20, [.unit, .teen, .tens, .hundred, .numeral, .scale].contains(m.state) {
            let atomClass: AtomClass = word.vague == 12 ? .dozen : word.vague == 100 ? .hundred : .scale
            return applyAtom(&m, Atom(atomClass: atomClass, value: word.vague), ordinal: false)
        }
        return false
    }

    private func scaleAfterDecimal(_ m: inout Machine, _ word: Word) -> Bool {
        guard let atom = word.atom, atom.atomClass == .scale else { return false }
        return applyAtom(&m, atom, ordinal: false)
    }

    private func isWhole(_ state: State) -> Bool {
        [.unit, .teen, .tens, .numeral, .hundred, .scale].contains(state)
    }

    /// Whether a word that is both a denominator and an ordinal ("third") is read as the
    /// denominator here: after an article, after "one", plural after a larger number, and
    /// "half"/"quarter" (which are no ordinals) whenever a numerator comes before.
    private func takesDenominator(_ m: Machine, _ word: Word) -> Bool {
        switch m.state {
        case .start: return word.ordinal == nil && !word.pluralDenominator
        case .article, .andArticle: return !word.pluralDenominator
        // "one and quarter"; an ordinal after "and" is the number's last word ("two hundred and
        // fiftieth" is 250th, not 200 1/50).
        case .and: return !word.pluralDenominator && word.ordinal == nil && isWhole(m.stateBeforeAnd)
        case .unit, .teen, .tens:
            if let part = partAfterAnd(m) {
                return word.pluralDenominator ? part != ExactNumber(1) : part == ExactNumber(1)
            }
            guard m.lastScale == .max, !m.hundredInGroup else { return false }
            if word.ordinal == nil { return true }
            return word.pluralDenominator || m.group == ExactNumber(1)
        case .numeral: return word.pluralDenominator && m.group.isInteger
        default: return false
        }
    }

    private func applyDenominator(_ m: inout Machine, _ word: Word) -> Bool {
        let denominator = ExactNumber(word.denominator)
        switch m.state {
        case .start:
            // Only "half" stands alone ("half of them"); "quarter" alone is a noun.
            guard word.denominator == 2 else { return false }
            m.group = ExactNumber(numerator: 1, denominator: 2)!
            m.state = .half
            m.kind = .fraction
        case .andArticle, .and:
            guard let part = ExactNumber(m.scaleAtAnd).divided(by: denominator), let sum = m.group.adding(part) else { return false }
            m.group = sum
            m.state = .fractionAdded
        case .article:
            guard let value = ExactNumber(1).divided(by: denominator) else { return false }
            m.group = value
            m.state = .fraction
            m.kind = .fraction
            m.articleFraction = word.ordinal != nil
        default:
            if let part = partAfterAnd(m), let whole = m.groupAtAnd {
                // "twenty and three fifths": the whole, and the fraction of its scale.
                guard let fraction = part.multiplied(by: ExactNumber(m.scaleAtAnd))?.divided(by: denominator),
                      let sum = whole.adding(fraction) else { return false }
                m.group = sum
                m.state = .fractionAdded
                m.needsDenominator = false
                return true
            }
            guard let value = m.group.divided(by: denominator) else { return false }
            m.group = value
            m.state = .fraction
            m.kind = .fraction
        }
        return true
    }

    /// The number read since "and" when it may be a numerator ("three" in "twenty and three
    /// fifths"): under a hundred, no scale since.
    private func partAfterAnd(_ m: Machine) -> ExactNumber? {
        guard let groupAtAnd = m.groupAtAnd, [.unit, .teen, .tens].contains(m.state),
              m.lastScale == (m.scaleAtAnd == 1 ? m.lastScale : m.scaleAtAnd),
              let part = m.group.adding(groupAtAnd.negated), part < ExactNumber(100) else { return nil }
        return part
    }

    /// A whole number in words under twenty with nothing else read: a numerator for an
    /// ordinal denominator ("one twenty-fifth").
    private func smallNumerator(_ m: Machine) -> ExactNumber? {
        guard m.state == .unit || m.state == .teen, m.lastScale == .max, !m.hundredInGroup, m.total == ExactNumber(0),
              m.groupAtAnd == nil, !m.startedWithDigits else { return nil }
        return m.group
    }

    /// "twenty-fifth" (25), "twenty-firsts" (21, plural): a compound ordinal used as a denominator.
    private func compoundDenominator(_ token: Int) -> (Int64, Bool)? {
        let facts = table[token]
        var hyphen = facts.start
        while hyphen < facts.end, table.bytes[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
        guard hyphen > facts.start, hyphen + 1 < facts.end else { return nil }
        let tens = lexicon.lookup(table.bytes, facts.start, hyphen)
        guard tens != noWord, let tensAtom = lexicon[tens].atom, tensAtom.atomClass == .tens else { return nil }
        var unit = lexicon.lookup(table.bytes, hyphen + 1, facts.end)
        var plural = false
        if unit == noWord || lexicon[unit].ordinal == nil, table.bytes[facts.end - 1] == UInt8(ascii: "s") {
            unit = lexicon.lookup(table.bytes, hyphen + 1, facts.end - 1)
            plural = true
        }
        guard unit != noWord, let ordinal = lexicon[unit].ordinal, ordinal.atomClass == .unit else { return nil }
        return (tensAtom.value + ordinal.value, plural)
    }

    /// Digits inside a spelled number: "4 thousand 3 hundred", "3 hundred and 21", "7 thousand
    /// and 12". Digits follow a scale only before "hundred" or a scale word, or after "and", so
    /// "3 million 2 years" stays two numbers.
    private func embeddedDigits(_ m: inout Machine, at token: Int) -> Bool {
        guard !m.startedWithDigits || m.state != .numeral else { return false }
        let facts = table[token]
        guard case .number(let numeral) = DigitReader.read(table.bytes, facts.start, facts.end), numeral.isPlain,
              numeral.value < ExactNumber(1000) else { return false }
        switch m.state {
        case .scale:
            guard let atom = atom(after: token),
                  atom.atomClass == .hundred || (atom.atomClass == .scale && atom.value < m.lastScale) else { return false }
        case .and:
            switch m.stateBeforeAnd {
            case .hundred: guard numeral.value < ExactNumber(100) else { return false }
            case .scale:
                // "7 thousand and 12" is 7012; "2 thousand and 3 thousand" is two numbers.
                if let atom = atom(after: token), atom.atomClass == .scale || atom.atomClass == .hundred { return false }
            default: return false
            }
        case .hundred:
            guard numeral.value < ExactNumber(100) else { return false }
        default:
            return false
        }
        guard let sum = m.group.adding(numeral.value) else { return false }
        m.group = sum
        m.state = .numeral
        return true
    }

    /// The number word right after a token, if any.
    private func atom(after token: Int) -> Atom? {
        guard token + 1 < sentenceEnd, table[token + 1].word != noWord else { return nil }
        return lexicon[table[token + 1].word].atom
    }

    private func applyAtom(_ m: inout Machine, _ atom: Atom, ordinal: Bool) -> Bool {
        let value = ExactNumber(atom.value)
        switch atom.atomClass {
        case .zero:
            guard m.state == .start, !ordinal else { return false }
            m.state = .zero
        case .unit:
            switch m.state {
            case .start, .hundred, .scale: break
            case .tens: break
            case .and: if m.stateBeforeAnd != .hundred && m.stateBeforeAnd != .scale { m.needsDenominator = true }
            default: return false
            }
            guard let sum = m.group.adding(value) else { return false }
            m.group = sum
            m.state = .unit
        case .teen, .tens:
            switch m.state {
            case .start, .hundred, .scale: break
            case .and: if m.stateBeforeAnd != .hundred && m.stateBeforeAnd != .scale { m.needsDenominator = true }
            default: return false
            }
            guard let sum = m.group.adding(value) else { return false }
            m.group = sum
            m.state = atom.atomClass == .teen ? .teen : .tens
        case .hundred:
            guard !m.hundredInGroup else { return false }
            switch m.state {
            case .unit, .teen: break
            case .article: m.group = ExactNumber(1)
            case .numeral: guard m.group.isInteger, m.group < ExactNumber(100) else { return false }
            case .start: guard ordinal else { return false }; m.group = ExactNumber(1)
            default: return false
            }
            guard let product = m.group.multiplied(by: value) else { return false }
            m.group = product
            m.hundredInGroup = true
            m.state = .hundred
        case .scale:
            if atom.value >= m.lastScale {
                // "three lakh crore", "three thousand millions": a scale of the whole so far.
                guard m.state == .scale, m.group == ExactNumber(0), let product = m.total.multiplied(by: value) else { return false }
                m.total = product
                return true
            }
            switch m.state {
            case .unit, .teen, .tens, .hundred, .numeral, .fractionAdded, .decimal, .couple: break
            case .half, .fraction:
                // "half million", "a quarter million".
                guard m.lastScale == .max, m.group < ExactNumber(1) else { return false }
                m.kind = .cardinal
            case .article: m.group = ExactNumber(1)
            case .halfArticle: m.group = ExactNumber(numerator: 1, denominator: 2)!
            case .start: guard ordinal else { return false }; m.group = ExactNumber(1)
            default: return false
            }
            guard let product = m.group.multiplied(by: value), let sum = m.total.adding(product) else { return false }
            if m.state == .halfArticle { m.kind = .cardinal }  // "half a million" counts
            m.total = sum
            m.group = ExactNumber(0)
            m.lastScale = atom.value
            m.hundredInGroup = false
            m.state = .scale
        case .dozen:
            guard m.lastScale == .max, !ordinal else { return false }
            switch m.state {
            case .unit, .teen, .tens, .numeral, .couple, .hundred: break
            case .article: m.group = ExactNumber(1)
            case .halfArticle: m.group = ExactNumber(numerator: 1, denominator: 2)!
            default: return false
            }
            guard let product = m.group.multiplied(by: value) else { return false }
            if m.state == .halfArticle { m.kind = .cardinal }
            m.group = product
            m.state = .dozen
        }
        if ordinal {
            m.state = .ordinal
            m.kind = .ordinal
        }
        return true
    }
}
