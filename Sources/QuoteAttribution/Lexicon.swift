/// What the attribution rules need to know about a word, looked up once per token.
struct WordFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt64

    static let article = WordFlags(rawValue: 1 << 0)            // the a an
    static let demonstrative = WordFlags(rawValue: 1 << 1)      // this these those (that is ambiguous)
    static let possessive = WordFlags(rawValue: 1 << 2)         // his her its their our my your
    static let quantifier = WordFlags(rawValue: 1 << 3)         // both all some each several two
    static let preposition = WordFlags(rawValue: 1 << 4)
    static let coordinator = WordFlags(rawValue: 1 << 5)        // and or but nor &
    static let subordinator = WordFlags(rawValue: 1 << 6)       // while although because if ...
    static let relative = WordFlags(rawValue: 1 << 7)           // who which whom whose
    static let subjectPronoun = WordFlags(rawValue: 1 << 8)     // i we you he she it they
    static let objectPronoun = WordFlags(rawValue: 1 << 9)      // me us him her them
    static let plural = WordFlags(rawValue: 1 << 10)
    static let beForm = WordFlags(rawValue: 1 << 11)            // is are was were be been being am
    static let auxiliary = WordFlags(rawValue: 1 << 12)         // be, have and do forms
    static let modal = WordFlags(rawValue: 1 << 13)
    static let negation = WordFlags(rawValue: 1 << 14)
    static let adverb = WordFlags(rawValue: 1 << 15)            // adverbs between a subject and its verb
    static let time = WordFlags(rawValue: 1 << 16)              // Thursday, today, last, week ...
    static let day = WordFlags(rawValue: 1 << 17)               // Thursday, today: never part of a speaker
    static let medium = WordFlags(rawValue: 1 << 18)            // in a statement, in an interview
    static let document = WordFlags(rawValue: 1 << 19)          // the statement said
    static let group = WordFlags(rawValue: 1 << 20)             // the two countries, both sides
    static let title = WordFlags(rawValue: 1 << 21)             // President, Sen., spokesman
    static let finiteVerb = WordFlags(rawValue: 1 << 22)        // was, had, would, went: a clause goes on
    static let openingAdverb = WordFlags(rawValue: 1 << 23)     // However, Meanwhile: skipped at a sentence start
    static let number = WordFlags(rawValue: 1 << 24)            // one ... twenty
    static let notAdverb = WordFlags(rawValue: 1 << 25)         // nouns in -ly: family, ally
    static let existential = WordFlags(rawValue: 1 << 26)       // there
    static let elision = WordFlags(rawValue: 1 << 27)           // 'em, 'til: an apostrophe before it opens nothing

    /// Words that open a noun phrase.
    static let determiner: WordFlags = [.article, .demonstrative, .possessive, .quantifier]
    /// Closed-class words that never belong to a noun phrase's body.
    static let function: WordFlags = [.preposition, .coordinator, .subordinator, .relative, .auxiliary, .modal,
                                      .negation, .subjectPronoun, .objectPronoun, .existential]
}

/// The few words the rules test one by one.
enum Word: UInt8, Sendable {
    case other
    case that, according, to, by, and, or, but, of, `for`, on, `in`, at, during, from
    case it, he, she, they, there
    case two, both, three
    case `while`, although, though, whereas, yet
    /// `'s`: a possessive, or `is`/`has` after a pronoun.
    case apostropheS
}

/// One lexicon entry: flags, the specific word when the rules test it, the speech verb form.
struct Lexeme: Sendable {
    var flags: WordFlags = []
    var word: Word = .other
    var cue: CueForm? = nil
}

/// The closed word classes and speech verbs, keyed by lowercased spelling.
enum Lexicon {
    static func lookUp(_ key: WordKey) -> Lexeme? { entries[key] }

    static let entries: [WordKey: Lexeme] = {
        var table: [WordKey: Lexeme] = [:]
        func add(_ words: String, _ flags: WordFlags) {
            for word in words.split(separator: " ") {
                table[WordKey(String(word)), default: Lexeme()].flags.formUnion(flags)
            }
        }
        add("the a an", .article)
        add("this these those", .demonstrative)
        add("his her its their our my your", .possessive)
        add("both all some each every several many few most no another any either neither", .quantifier)
        add("one two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands",
            [.quantifier, .number])
        add("""
            of in on at for from with by to about after before during since over under into onto through \
            between against among amid amidst despite following without within near across around toward \
            towards via per upon like than beyond behind beside besides inside outside throughout until till \
            regarding concerning
            """, .preposition)
        add("and or but nor &", .coordinator)
        add("""
            while although though because if whether when where whereas unless once since as after before \
            until so yet
            """, .subordinator)
        add("who which whom whose", .relative)
        add("i we you he she it they", .subjectPronoun)
        add("me us him her them", .objectPronoun)
        add("they them their we us our", .plural)
        add("is are was were be been being am", [.beForm, .auxiliary, .finiteVerb])
        add("has have had having do does did", [.auxiliary, .finiteVerb])
        add("'re 've 'm", [.auxiliary, .finiteVerb])
        add("will would can could may might shall should must 'll 'd wo ca", [.modal, .finiteVerb])
        add("not n't never", .negation)
        add("""
            also later then again repeatedly previously recently once often still further earlier publicly \
            privately separately simply even just only already now first initially subsequently reportedly \
            allegedly apparently clearly quickly immediately finally similarly likewise additionally \
            frequently constantly consistently flatly firmly strongly sharply bluntly angrily quietly \
            openly loudly forcefully emphatically insistently tersely curtly calmly softly
            """, .adverb)
        add("""
            monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun \
            today yesterday tonight tomorrow
            """, [.day, .time])
        add("morning afternoon evening night overnight week weekend month year earlier later last late early recently",
            .time)
        add("""
            statement statements interview interviews post posts tweet tweets letter speech conference \
            briefing release email e-mail video message broadcast remarks testimony hearing podcast op-ed \
            column memo filing blog appearance address session call meeting rally event declaration \
            communique text note essay editorial report news
            """, .medium)
        add("""
            statement declaration document text report communique letter release memo memorandum filing \
            complaint lawsuit ruling study survey indictment resolution announcement notice transcript \
            affidavit opinion order agreement accord treaty decree analysis assessment review poll \
            guidance guidelines website note message
            """, .document)
        add("""
            countries sides nations governments leaders parties neighbours neighbors rivals foes presidents \
            states men women companies teams ministers allies capitals delegations officials groups \
            candidates senators lawmakers brothers sisters
            """, .group)
        add("""
            president vice prime minister secretary sen. sen senator rep. rep representative gov. gov \
            governor mayor judge justice chief director chairman chairwoman chair ceo spokesman spokeswoman \
            spokesperson ambassador general gen. gen col. lt. sgt. capt. adm. maj. cmdr. officer \
            commissioner chancellor king queen prince princess pope rev. rabbi bishop cardinal dr. dr mr. mr \
            mrs. mrs ms. ms miss prof. professor attorney coach deputy sheriff speaker leader founder \
            executive candidate nominee former lawyer dean superintendent councilman councilwoman \
            president-elect lord lady sir dame sheikh emir premier lt lieutenant sergeant captain admiral \
            colonel major commander detective inspector sgt capt adm maj cmdr st. saint
            """, .title)
        add("""
            went made took gave saw came knew thought found left felt became began kept held brought lost \
            paid met ran set sent spent stood understood won got put hit let cut fell grew led meant sold \
            built chose drove fought rose spoke wants needs says said told wrote seems remains plans \
            believes knows thinks expects hopes intends must
            """, .finiteVerb)
        add("""
            however meanwhile still yet so also instead now then but and later earlier separately \
            previously moreover furthermore indeed thus nonetheless nevertheless additionally overall \
            today yesterday
            """, .openingAdverb)
        add("""
            family assembly supply anomaly monopoly homily butterfly melancholy jelly belly bully lily folly \
            ally rally reply italy july
            """, .notAdverb)
        add("there", .existential)
        add("em til cause cos n tis twas bout round nother", .elision)

        let words: [(String, Word)] = [
            ("that", .that), ("according", .according), ("to", .to), ("by", .by), ("and", .and), ("&", .and),
            ("or", .or), ("but", .but), ("of", .of), ("for", .for), ("on", .on), ("in", .in), ("at", .at),
            ("during", .during), ("from", .from), ("it", .it), ("he", .he), ("she", .she), ("they", .they),
            ("there", .there), ("two", .two), ("both", .both), ("three", .three), ("while", .while),
            ("although", .although), ("though", .though), ("whereas", .whereas), ("yet", .yet),
            ("'s", .apostropheS),
        ]
        for (spelling, word) in words { table[WordKey(spelling), default: Lexeme()].word = word }

        for (key, form) in CueLexicon.forms() { table[key, default: Lexeme()].cue = form }
        return table
    }()
}
