import BylineCore

/// The word lists of the number stage: number words, months, units, currencies, bounds, and
/// the function words the counted-noun finder stops at.
enum LexiconTables {
    static let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    static let teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                        "eighteen", "nineteen"]
    static let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    /// With the Indian lakh and crore ("13 lakh", "6 crore", "three lakh crore").
    static let scales: [(String, Int64)] = [("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000),
                                            ("trillion", 1_000_000_000_000), ("lakh", 100_000), ("lakhs", 100_000),
                                            ("lac", 100_000), ("lacs", 100_000), ("lkh", 100_000),
                                            ("lkhs", 100_000), ("crore", 10_000_000), ("crores", 10_000_000),
                                            ("krore", 10_000_000), ("krores", 10_000_000), ("koti", 10_000_000)]
    static let unitOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    static let teenOrdinals = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                               "seventeenth", "eighteenth", "nineteenth"]
    static let tensOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                               "eightieth", "ninetieth"]
    static let scaleOrdinals: [(String, Int64)] = [("thousandth", 1_000), ("millionth", 1_000_000),
                                                   ("billionth", 1_000_000_000), ("trillionth", 1_000_000_000_000)]
    /// Denominators spelled like ordinals, singular and plural ("third", "thirds"): every unit,
    /// teen and tens ordinal but "first" and "second" ("one second" is a duration).
    static let denominators: [(String, String, Int64)] = [
        ("third", "thirds", 3), ("fourth", "fourths", 4), ("fifth", "fifths", 5), ("sixth", "sixths", 6),
        ("seventh", "sevenths", 7), ("eighth", "eighths", 8), ("ninth", "ninths", 9), ("tenth", "tenths", 10),
        ("eleventh", "elevenths", 11), ("twelfth", "twelfths", 12), ("thirteenth", "thirteenths", 13),
        ("fourteenth", "fourteenths", 14), ("fifteenth", "fifteenths", 15), ("sixteenth", "sixteenths", 16),
        ("seventeenth", "seventeenths", 17), ("eighteenth", "eighteenths", 18), ("nineteenth", "nineteenths", 19),
        ("twentieth", "twentieths", 20), ("thirtieth", "thirtieths", 30), ("fortieth", "fortieths", 40),
        ("fiftieth", "fiftieths", 50), ("sixtieth", "sixtieths", 60), ("seventieth", "seventieths", 70),
        ("eightieth", "eightieths", 80), ("ninetieth", "ninetieths", 90),
        ("hundredth", "hundredths", 100), ("thousandth", "thousandths", 1_000), ("millionth", "millionths", 1_000_000),
        ("billionth", "billionths", 1_000_000_000), ("trillionth", "trillionths", 1_000_000_000_000),
        ("half", "halves", 2), ("quarter", "quarters", 4),
    ]
    /// Plural magnitudes that say "a great many" ("thousands of").
    static let vague: [(String, Int64)] = [("dozens", 12), ("scores", 20), ("tens", 10), ("hundreds", 100),
                                           ("thousands", 1_000), ("millions", 1_000_000),
                                           ("billions", 1_000_000_000), ("trillions", 1_000_000_000_000)]
    static let decades = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
    /// Scales written as their own token after digits ("5 bn").
    static let scaleAbbreviations: [(String, Int64)] = [("bn", 1_000_000_000), ("bln", 1_000_000_000),
                                                        ("mn", 1_000_000), ("mln", 1_000_000),
                                                        ("tn", 1_000_000_000_000), ("trn", 1_000_000_000_000),
                                                        ("tln", 1_000_000_000_000), ("k", 1_000)]

    static let months: [[String]] = [
        ["january", "jan", "jan."], ["february", "feb", "feb."], ["march", "mar", "mar."], ["april", "apr", "apr."],
        ["may"], ["june", "jun", "jun."], ["july", "jul", "jul."], ["august", "aug", "aug."],
        ["september", "sep", "sep.", "sept", "sept."], ["october", "oct", "oct."], ["november", "nov", "nov."],
        ["december", "dec", "dec."],
    ]
    /// Weekday names and their abbreviations. "Mon", "Wed", "Sat" and "Sun" are also words or
    /// surnames ("Sun said", "Sat down") and count only with their period.
    static let weekdays: [[String]] = [
        ["monday", "mon."], ["tuesday", "tue", "tue.", "tues", "tues."], ["wednesday", "wed."],
        ["thursday", "thu", "thu.", "thur", "thur.", "thurs", "thurs."], ["friday", "fri", "fri."],
        ["saturday", "sat."], ["sunday", "sun."],
    ]

    /// Time units and their singular names, as a duration's `unit`.
    static let timeUnits: [(String, [String])] = [
        ("second", ["second", "seconds", "sec", "secs"]), ("minute", ["minute", "minutes", "min", "mins"]),
        ("hour", ["hour", "hours", "hr", "hrs", "h"]), ("day", ["day", "days"]), ("night", ["night", "nights"]),
        ("week", ["week", "weeks", "wk", "wks"]), ("fortnight", ["fortnight", "fortnights"]),
        ("month", ["month", "months"]), ("year", ["year", "years", "yr", "yrs"]),
        ("decade", ["decade", "decades"]), ("century", ["century", "centuries"]),
        ("millennium", ["millennium", "millennia", "millenniums"]),
    ]

    /// Currency words written after the amount, with the code they mean when no country is named.
    static let currencyWords: [(String, [String], Int64)] = [
        ("USD", ["dollar", "dollars"], 1), ("EUR", ["euro", "euros"], 1), ("GBP", ["pound", "pounds", "sterling"], 1),
        ("JPY", ["yen"], 1), ("CNY", ["yuan", "renminbi"], 1), ("INR", ["rupee", "rupees"], 1),
        ("RUB", ["rouble", "roubles", "ruble", "rubles"], 1), ("CHF", ["franc", "francs"], 1),
        ("MXN", ["peso", "pesos"], 1), ("ZAR", ["rand"], 1), ("BRL", ["reais"], 1), ("TRY", ["lira", "liras", "lire"], 1),
        ("ILS", ["shekel", "shekels"], 1), ("AED", ["dirham", "dirhams"], 1), ("SAR", ["riyal", "riyals"], 1),
        ("AMD", ["dram", "drams"], 1), ("AZN", ["manat", "manats"], 1), ("NGN", ["naira"], 1),
        ("IDR", ["rupiah"], 1), ("MYR", ["ringgit"], 1), ("THB", ["baht"], 1), ("PLN", ["zloty", "zlotys"], 1),
        ("HUF", ["forint", "forints"], 1), ("UAH", ["hryvnia", "hryvnias"], 1), ("SEK", ["krona", "kronor"], 1),
        ("GEL", ["lari"], 1), ("KZT", ["tenge"], 1), ("MYR", ["ringgits"], 1), ("MNT", ["tugrik", "tugriks", "tugrug"], 1),
        // Dinars and rials without a country: the ones most in the news (Iraq's, Iran's).
        ("IQD", ["dinar", "dinars"], 1), ("IRR", ["rial", "rials"], 1), ("EGP", ["l.e.", "l.e"], 1),
        ("USD", ["cent", "cents", "¢"], 100), ("GBP", ["pence", "penny"], 100), ("MYR", ["sen", "sens"], 100),
        ("RUB", ["kopeck", "kopecks", "kopek", "kopeks"], 100), ("UAH", ["kopiyka", "kopiykas", "kopiyok"], 100),
    ]
    /// Currency symbols and ISO 4217 codes written before the amount.
    static let currencyPrefixes: [(String, String)] = [
        ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("₽", "RUB"), ("₩", "KRW"), ("₺", "TRY"),
        ("₪", "ILS"), ("₴", "UAH"), ("₦", "NGN"), ("₼", "AZN"), ("֏", "AMD"), ("rs", "INR"), ("rs.", "INR"),
        ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("jpy", "JPY"), ("cny", "CNY"), ("rmb", "CNY"), ("chf", "CHF"),
        ("aud", "AUD"), ("cad", "CAD"), ("inr", "INR"), ("rub", "RUB"), ("amd", "AMD"), ("azn", "AZN"), ("try", "TRY"),
        ("ils", "ILS"), ("krw", "KRW"), ("brl", "BRL"), ("mxn", "MXN"), ("zar", "ZAR"), ("sek", "SEK"), ("nok", "NOK"),
        ("dkk", "DKK"), ("pln", "PLN"), ("huf", "HUF"), ("uah", "UAH"), ("hkd", "HKD"), ("sgd", "SGD"), ("nzd", "NZD"),
        ("sar", "SAR"), ("aed", "AED"), ("gel", "GEL"), ("egp", "EGP"), ("ngn", "NGN"), ("kwd", "KWD"), ("lbp", "LBP"),
        ("qar", "QAR"), ("bgn", "BGN"), ("myr", "MYR"), ("rm", "MYR"), ("mnt", "MNT"), ("bhd", "BHD"), ("omr", "OMR"),
        ("jod", "JOD"), ("iqd", "IQD"), ("irr", "IRR"), ("pkr", "PKR"), ("thb", "THB"), ("idr", "IDR"), ("php", "PHP"),
        ("vnd", "VND"), ("twd", "TWD"), ("ars", "ARS"), ("clp", "CLP"), ("cop", "COP"), ("kes", "KES"), ("ghs", "GHS"),
        ("ron", "RON"), ("czk", "CZK"), ("kzt", "KZT"), ("tnd", "TND"), ("dzd", "DZD"), ("lkr", "LKR"), ("bdt", "BDT"),
        // The Kenyan shilling as Kenya's papers write it.
        ("ksh", "KES"), ("ksh.", "KES"),
    ]
    /// Letters written against "$" that say whose dollar it is ("US$", "A$", "HK$").
    static let dollarPrefixes: [(String, String)] = [
        ("us", "USD"), ("u.s.", "USD"), ("a", "AUD"), ("au", "AUD"), ("c", "CAD"), ("ca", "CAD"), ("can", "CAD"),
        ("hk", "HKD"), ("nz", "NZD"), ("s", "SGD"), ("sg", "SGD"), ("r", "BRL"), ("nt", "TWD"), ("mex", "MXN"),
    ]
    /// Country words before a currency word: (qualifier, currency word, code).
    static let currencyQualifiers: [(String, String, String)] = [
        ("us", "dollars", "USD"), ("u.s.", "dollars", "USD"), ("american", "dollars", "USD"),
        ("canadian", "dollars", "CAD"), ("australian", "dollars", "AUD"), ("hong kong", "dollars", "HKD"),
        ("new zealand", "dollars", "NZD"), ("singapore", "dollars", "SGD"), ("taiwan", "dollars", "TWD"),
        ("swiss", "francs", "CHF"), ("cfa", "francs", "XOF"), ("mexican", "pesos", "MXN"), ("argentine", "pesos", "ARS"),
        ("philippine", "pesos", "PHP"), ("chilean", "pesos", "CLP"), ("colombian", "pesos", "COP"),
        ("chinese", "yuan", "CNY"), ("japanese", "yen", "JPY"), ("indian", "rupees", "INR"), ("pakistani", "rupees", "PKR"),
        ("russian", "roubles", "RUB"), ("russian", "rubles", "RUB"), ("turkish", "lira", "TRY"),
        ("egyptian", "pounds", "EGP"), ("british", "pounds", "GBP"), ("lebanese", "pounds", "LBP"),
        ("armenian", "drams", "AMD"), ("azerbaijani", "manats", "AZN"), ("south african", "rand", "ZAR"),
        ("brazilian", "reais", "BRL"), ("israeli", "shekels", "ILS"), ("saudi", "riyals", "SAR"),
        ("qatari", "riyals", "QAR"), ("omani", "rials", "OMR"), ("iranian", "rials", "IRR"), ("yemeni", "rials", "YER"),
        ("kuwaiti", "dinars", "KWD"), ("iraqi", "dinars", "IQD"), ("jordanian", "dinars", "JOD"),
        ("bahraini", "dinars", "BHD"), ("libyan", "dinars", "LYD"), ("tunisian", "dinars", "TND"),
        ("algerian", "dinars", "DZD"), ("serbian", "dinars", "RSD"), ("malaysian", "ringgit", "MYR"),
        ("malaysia", "ringgit", "MYR"),
        // Crowns and shillings are money only with their country ("the Triple Crown", "a few shillings").
        ("swedish", "crowns", "SEK"), ("danish", "crowns", "DKK"), ("norwegian", "crowns", "NOK"),
        ("czech", "crowns", "CZK"), ("icelandic", "crowns", "ISK"), ("danish", "kroner", "DKK"),
        ("norwegian", "kroner", "NOK"), ("swedish", "kronor", "SEK"), ("czech", "korunas", "CZK"),
        ("kenyan", "shillings", "KES"), ("ugandan", "shillings", "UGX"), ("tanzanian", "shillings", "TZS"),
        ("somali", "shillings", "SOS"), ("south korean", "won", "KRW"), ("korean", "won", "KRW"),
    ]

    /// Bounds and approximations written before the number, longest match first.
    static let modifierPhrases: [(String, NumberModifier)] = [
        ("more than", .moreThan), ("over", .moreThan), ("above", .moreThan), ("greater than", .moreThan),
        ("upwards of", .moreThan), ("in excess of", .moreThan), ("well over", .moreThan), ("just over", .moreThan),
        ("well above", .moreThan), ("just above", .moreThan), ("higher than", .moreThan),
        ("at least", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast), ("not less than", .atLeast),
        ("not fewer than", .atLeast), ("a minimum of", .atLeast),
        ("less than", .lessThan), ("fewer than", .lessThan), ("under", .lessThan), ("below", .lessThan),
        ("just under", .lessThan), ("well under", .lessThan), ("just below", .lessThan), ("well below", .lessThan),
        ("lower than", .lessThan),
        ("up to", .atMost), ("at most", .atMost), ("no more than", .atMost), ("not more than", .atMost),
        ("a maximum of", .atMost), ("as many as", .atMost), ("as much as", .atMost),
        ("nearly", .nearly), ("almost", .nearly), ("close to", .nearly), ("just shy of", .nearly),
        ("just short of", .nearly), ("not quite", .nearly),
        ("about", .approximately), ("around", .approximately), ("approximately", .approximately),
        ("roughly", .approximately), ("some", .approximately), ("an estimated", .approximately),
        ("estimated", .approximately), ("circa", .approximately), ("approx.", .approximately),
        ("approx", .approximately), ("in the region of", .approximately), ("on the order of", .approximately),
        ("exactly", .exactly), ("precisely", .exactly),
    ]

    /// "Head of complement" nouns kept whole as a counted noun.
    static let lexicalizedOf = [
        "prisoners of war", "prisoner of war", "heads of state", "head of state", "heads of government",
        "head of government", "chiefs of staff", "chief of staff", "members of parliament", "member of parliament",
        "members of congress", "member of congress", "weapons of mass destruction", "points of view", "point of view",
        "rules of engagement", "secretaries of state", "secretary of state", "ministers of state", "courts of appeal",
        "men of war", "prisoners of conscience", "lines of credit", "letters of credit", "rounds of ammunition",
        "heads of household", "people of color",
    ]

    static let determiners = ["the", "a", "an", "this", "that", "these", "those", "each", "every", "any", "no", "some",
                              "all", "both", "another", "such", "either", "neither", "which", "what", "whose", "much",
                              "many", "several", "few"]
    static let possessives = ["its", "their", "his", "her", "our", "my", "your"]
    static let prepositions = ["of", "in", "on", "at", "for", "from", "to", "with", "by", "about", "over", "under",
                               "into", "onto", "between", "among", "amongst", "against", "during", "since", "until",
                               "till", "before", "after", "through", "throughout", "across", "per", "than", "as",
                               "like", "near", "without", "within", "despite", "including", "toward", "towards",
                               "upon", "via", "amid", "amidst", "around", "along", "beside", "besides", "beyond",
                               "behind", "below", "above", "inside", "outside", "off", "out", "up", "down", "past",
                               "versus", "vs", "vs.", "plus", "minus", "times", "apart", "following",
                               "according", "compared", "whereby"]
    static let conjunctions = ["and", "or", "but", "nor", "so", "yet", "while", "because", "if", "when", "whereas",
                               "although", "though", "unless", "whether", "where", "once", "then"]
    static let auxiliaries = ["is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "having",
                              "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
                              "must", "wo", "ca", "n't", "not"]
    static let pronouns = ["he", "she", "it", "they", "we", "you", "i", "them", "us", "him", "me", "who", "whom",
                           "which", "that", "what", "whoever", "themselves", "itself", "himself", "herself",
                           "ourselves", "yourself", "yourselves", "there", "here"]
    static let adverbs = ["also", "still", "just", "only", "even", "already", "now", "ago", "later", "earlier",
                          "again", "too", "very", "never", "apiece", "respectively", "alone", "together", "ever",
                          "instead", "each", "back", "away", "altogether", "overall", "hence", "thus",
                          "however", "today", "yesterday", "tomorrow", "tonight", "previously", "recently",
                          "currently", "annually", "daily", "weekly", "monthly", "yearly", "total", "combined",
                          "almost", "nearly", "about", "around", "some"]
    static let pastVerbs = ["fled", "left", "said", "went", "came", "took", "made", "saw", "got", "gave", "held",
                            "fell", "rose", "won", "lost", "met", "sent", "became", "began", "ran", "told", "thought",
                            "brought", "bought", "fought", "caught", "built", "kept", "found", "stood", "spent", "paid",
                            "led", "struck", "shot", "sold", "drove", "flew", "grew", "knew", "wrote", "spoke",
                            "chose", "broke", "stole", "hid", "ate", "sat", "lay", "laid", "fed", "felt", "heard",
                            "meant", "sought", "taught", "wore", "swore", "tore", "threw", "drew", "slept", "wept",
                            "remained", "were", "died", "lived", "worked", "included", "compared"]
    /// Words that end a noun phrase as the past forms do but give no tense ("work" in "will
    /// return to work on Monday" is no past).
    static let phraseVerbs = ["remain", "say", "says", "die", "live", "work", "include", "including", "such",
                              "according", "aged", "whom"]
    static let changeVerbs = ["rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
                              "dropped", "drop", "drops", "dropping", "increased", "increase", "increases",
                              "increasing", "decreased", "decrease", "decreases", "decreasing", "grew", "grow",
                              "grows", "growing", "grown", "climbed", "climb", "climbs", "climbing", "jumped", "jump",
                              "jumps", "jumping", "declined", "decline", "declines", "declining", "cut", "cuts",
                              "cutting", "raised", "raise", "raises", "raising", "reduced", "reduce", "reduces",
                              "reducing", "slipped", "slid", "edged", "surged", "soared", "plunged", "plummeted",
                              "slumped", "tumbled", "dipped", "went", "gone", "going", "moved", "changed", "shrank",
                              "shrunk", "expanded", "lowered", "boosted", "lifted", "up", "down", "rebounded",
                              "recovered", "widened", "narrowed", "revised", "upgraded", "downgraded", "hiked",
                              "trimmed", "slashed", "doubled", "tripled", "halved", "swelled", "ballooned", "fallen",
                              "advanced", "retreated", "gained", "lost", "added"]
    static let labels = ["no", "no.", "nos", "nos.", "number", "room", "flight", "route", "highway", "interstate",
                         "article", "chapter", "section", "clause", "paragraph", "resolution", "page", "platform",
                         "gate", "terminal", "channel", "category", "version", "model", "apartment", "suite", "bus",
                         "line", "tier", "lot", "seat", "row", "exit", "pier", "level", "phase", "stage", "vol.",
                         "volume", "issue", "episode", "season", "week", "day", "game", "round", "grade", "type",
                         "ward", "district", "zone", "sector", "block", "building", "bay", "track", "runway", "code",
                         "id", "ext", "ext.", "tel", "tel.", "phone", "fax", "account", "ticket", "batch", "lane",
                         "size", "table", "figure", "fig.", "item", "step", "appendix", "annex", "amendment",
                         "psalm", "verse", "act", "part", "rule", "box", "window", "door", "ch.", "sec.", "art.",
                         "p.", "pp.", "unit", "division", "group", "matchday", "heat", "bill", "law", "directive",
                         "regulation", "protocol", "camp", "post", "station", "squadron", "brigade", "battalion",
                         "regiment", "corps", "fleet", "army", "formula", "apollo", "windows", "iphone", "boeing",
                         "airbus"]
    static let irregularPlurals = ["people", "men", "women", "children", "police", "feet", "teeth", "mice", "geese",
                                   "staff", "personnel", "cattle", "sheep", "fish", "deer", "aircraft", "spacecraft",
                                   "data", "media", "criteria", "phenomena", "dead", "wounded", "injured", "missing",
                                   "elderly", "youth", "offspring", "livestock", "poultry", "clergy", "militia",
                                   "infantry", "cavalry", "crew", "faithful", "homeless", "unemployed", "head", "alumni", "bacteria", "fungi", "cacti",
                                   "nuclei", "stimuli", "indices", "vertices", "persons", "folk", "kin"]
    static let oneBlockers = ["no", "any", "every", "each", "this", "that", "which", "another", "other", "some",
                              "only", "same", "right", "wrong", "last", "next", "first", "second", "little", "big",
                              "new", "old", "latest", "single", "such", "good", "bad", "best",
                              "worst", "better", "worse", "main", "real", "true", "very", "whichever", "what"]
    static let superlatives = ["few", "best", "worst", "most", "least", "many", "first", "last", "only", "top", "main",
                               "leading", "key", "major", "handful", "greatest", "biggest", "largest", "highest",
                               "lowest", "oldest", "youngest", "richest", "poorest", "strongest", "finest"]
    static let scoreCues = ["beat", "beats", "beaten", "won", "win", "wins", "winning", "lost", "lose", "loses",
                            "losing", "drew", "draw", "draws", "drawn", "defeated", "defeat", "defeats", "tied", "tie",
                            "ties", "trailing", "trailed", "trail", "leading", "led", "lead", "halftime", "half-time",
                            "score", "scored", "scores", "scoring", "record", "victory", "victories", "loss", "losses",
                            "edged", "routed", "thrashed", "crushed", "downed", "vote", "votes", "voted", "margin",
                            "beating", "victorious", "result", "results", "finished", "finish", "ended", "went"]
    static let gameCues = ["scored", "scoring", "score", "scores", "led", "trailed", "trailing", "touchdown",
                           "touchdowns", "goal", "goals", "game", "match", "halftime", "half-time", "basket",
                           "baskets", "rebounds", "yards", "quarterback", "buzzer", "overtime", "inning", "innings"]
    static let streetWords = ["street", "st.", "avenue", "ave.", "ave", "road", "rd.", "boulevard", "blvd.", "blvd",
                              "lane", "drive", "dr.", "way", "place", "terrace", "crescent", "parkway", "square"]
    static let personTitles = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "dame", "lord",
                               "lady", "rev", "rev.", "prof", "prof."]
    static let timePrefixes = ["mid", "pre", "post", "early", "late", "end", "start"]
    static let timesOfDay = ["a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc"]
}

extension LexiconBuilder {
    /// Fills the builder from `LexiconTables`.
    mutating func addTables() {
        typealias T = LexiconTables
        let numberStart: WordRoles = [.starter]
        add("zero") { $0.atom = Atom(atomClass: .zero, value: 0); $0.roles.formUnion(numberStart) }
        add(["nought", "naught"]) { $0.atom = Atom(atomClass: .zero, value: 0); $0.roles.formUnion(numberStart) }
        for (index, word) in T.units.enumerated() {
            add(word) { $0.atom = Atom(atomClass: .unit, value: Int64(index + 1)); $0.roles.formUnion(numberStart) }
        }
        for (index, word) in T.teens.enumerated() {
            add(word) { $0.atom = Atom(atomClass: .teen, value: Int64(index + 10)); $0.roles.formUnion(numberStart) }
        }
        for (index, word) in T.tens.enumerated() {
            add(word) { $0.atom = Atom(atomClass: .tens, value: Int64(index + 2) * 10); $0.roles.formUnion(numberStart) }
        }
        add("hundred") { $0.atom = Atom(atomClass: .hundred, value: 100); $0.roles.formUnion(numberStart) }
        for (word, value) in T.scales {
            add(word) { $0.atom = Atom(atomClass: .scale, value: value); $0.roles.formUnion(numberStart) }
        }
        add("dozen") { $0.atom = Atom(atomClass: .dozen, value: 12); $0.roles.formUnion(numberStart) }
        for (index, word) in T.unitOrdinals.enumerated() {
            add(word) { $0.ordinal = Atom(atomClass: .unit, value: Int64(index + 1)); $0.roles.formUnion(numberStart) }
        }
        for (index, word) in T.teenOrdinals.enumerated() {
            add(word) { $0.ordinal = Atom(atomClass: .teen, value: Int64(index + 10)); $0.roles.formUnion(numberStart) }
        }
        for (index, word) in T.tensOrdinals.enumerated() {
            add(word) { $0.ordinal = Atom(atomClass: .tens, value: Int64(index + 2) * 10); $0.roles.formUnion(numberStart) }
        }
        add("hundredth") { $0.ordinal = Atom(atomClass: .hundred, value: 100); $0.roles.formUnion(numberStart) }
        for (word, value) in T.scaleOrdinals {
            add(word) { $0.ordinal = Atom(atomClass: .scale, value: value); $0.roles.formUnion(numberStart) }
        }
        for (singular, plural, value) in T.denominators {
            add(singular) { $0.denominator = value; $0.roles.formUnion(numberStart) }
            add(plural) { $0.denominator = value; $0.pluralDenominator = true; $0.roles.formUnion(numberStart) }
        }
        for (word, value) in T.vague {
            add(word) { $0.vague = value; $0.roles.formUnion(numberStart) }
        }
        for (index, word) in T.decades.enumerated() {
            add(word) { $0.decade = Int64(index + 2) * 10; $0.roles.formUnion(numberStart) }
        }
        for (word, value) in T.scaleAbbreviations { add(word) { $0.scale = value } }
        for (index, names) in T.months.enumerated() {
            add(names) { $0.month = index + 1; $0.roles.formUnion(numberStart) }
        }
        for (index, names) in T.weekdays.enumerated() {
            add(names) { $0.weekday = index + 1; $0.roles.formUnion(numberStart) }
        }
        for (index, names) in T.weekdays.enumerated() { add(names[0] + "s") { $0.pluralWeekday = index + 1 } }
        for (unit, names) in T.timeUnits { add(names) { $0.timeUnit = unit } }
        for (code, names, divisor) in T.currencyWords {
            add(names) { $0.currency = code; $0.currencyDivisor = divisor }
        }
        for (text, code) in T.currencyPrefixes {
            add(text) { $0.currency = $0.currency ?? code; $0.roles.formUnion([.currencyPrefix, .starter]) }
        }
        for (text, _) in T.dollarPrefixes { add(text) { $0.roles.insert(.starter) } }
        for (qualifier, currencyWord, _) in T.currencyQualifiers {
            for word in qualifier.split(separator: " ") + [Substring(currencyWord)] { add(String(word)) { _ in } }
        }
        for (phrase, _) in T.modifierPhrases {
            let words = phrase.split(separator: " ").map(String.init)
            add(words[0]) { $0.roles.formUnion([.modifierStart, .starter]) }
            for word in words.dropFirst() { add(word) { _ in } }
        }
        for phrase in T.lexicalizedOf {
            for word in phrase.split(separator: " ") { add(String(word)) { _ in } }
        }
        add(T.determiners) { $0.roles.insert(.determiner) }
        add(T.possessives) { $0.roles.insert(.possessive) }
        add(T.prepositions) { $0.roles.insert(.preposition) }
        add(T.conjunctions) { $0.roles.insert(.conjunction) }
        add(T.auxiliaries) { $0.roles.insert(.auxiliary) }
        add(T.pronouns) { $0.roles.insert(.pronoun) }
        add(T.adverbs) { $0.roles.insert(.adverb) }
        add(T.pastVerbs) { $0.roles.insert(.pastVerb) }
        add(T.phraseVerbs) { $0.roles.insert(.phraseVerb) }
        add(T.changeVerbs) { $0.roles.insert(.changeVerb) }
        add(T.labels) { $0.roles.insert(.label) }
        add(T.irregularPlurals) { $0.roles.insert(.irregularPlural) }
        add(T.oneBlockers) { $0.roles.insert(.oneBlocker) }
        add(T.superlatives) { $0.roles.insert(.superlative) }
        add(T.timesOfDay) { $0.roles.insert(.timeOfDay) }
        add(T.scoreCues) { $0.roles.insert(.scoreCue) }
        add(T.gameCues) { $0.roles.insert(.gameCue) }
        add(T.streetWords) { $0.roles.insert(.streetWord) }
        add(T.personTitles) { $0.roles.insert(.personTitle) }
        add(["early", "mid", "late", "the"]) { $0.roles.insert(.decadeQualifier) }
        add(T.timePrefixes) { _ in }
        addTimeWords()
        // Words that begin mentions without being numbers themselves.
        add(["a", "an", "between", "from", "minus", "negative", "several", "half", "last", "penultimate",
             "antepenultimate"]) { $0.roles.insert(.starter) }
        for word in Keywords.names { add(word) { _ in } }
    }
}
