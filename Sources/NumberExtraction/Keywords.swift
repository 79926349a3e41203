/// The lexicon ids of the words the grammar names one by one ("of", "and", "between"), looked
/// up once so the scanner compares integers.
struct Keywords: Sendable {
    /// Words the grammar uses that no table adds; the builder adds them.
    static let names = ["of", "and", "or", "to", "the", "a", "an", "between", "from", "half", "couple", "point",
                        "percent", "per", "cent", "pct", "percentage", "points", "basis", "bps", "minus", "negative",
                        "century", "centuries", "other", "another", "hand", "by", "one", "in", "out", "few",
                        "several", "bc", "bce", "b.c.", "ad", "a.d.", "ce", "odd", "plus", "more", "less", "fewer",
                        "so", "up", "above", "over", "under", "after", "until", "through", "number", "no", "that", "last", "but", "penultimate", "antepenultimate", "pair", "dozen", "additional", "extra", "further",
                        "on", "is", "are", "be", "am", "at", "day", "before", "upcoming", "past", "for", "now", "back",
                        "since", "till", "untill", "than", "later", "earlier", "starting", "beginning", "mid",
                        "local", "time", "onwards", "onward", "quarter", "won"]

    let of, and, or, to, the, a, an, between, from, half, couple, point: WordID
    let percent, per, cent, pct, percentage, points, basis, bps: WordID
    let minus, negative, century, centuries, other, another, hand, by, one, in_, out, few, several: WordID
    let bc, bce, bcDotted, ad, adDotted, ce, odd, plus, more, less, fewer, so, up, above, over, under: WordID
    let after, until, through, number, no, sterling, that, last, but, penultimate, antepenultimate, pair, dozen: WordID
    let additional, extra, further: WordID
    /// Time expressions: "6 p.m. on Sunday", "is due to".
    let on, is_, are, be, am, at, day, before: WordID
    /// "upcoming two weeks", "this past week", "for 10 days from Dec. 18".
    let upcoming, past, for_: WordID
    /// "two Fridays from now", "2 Thursdays back".
    let now, back: WordID
    /// One side of a date ("since 2014", "till 3 p.m."); "untill", a misspelling of "until"
    /// that can mean nothing else, joins clock ranges like it.
    let since, till, untill: WordID
    /// "no later than March 31", "starting Monday"; "mid day".
    let than, later, earlier, starting, beginning, mid: WordID
    /// "3 a.m. local time".
    let local, time: WordID
    /// "from 2021 onwards": bounded below.
    let onwards, onward: WordID
    /// "a quarter past 3pm".
    let quarter: WordID
    /// "4.2 trillion won": South Korea's currency, or a verb.
    let won: WordID

    init(_ id: (String) -> WordID) {
        of = id("of"); and = id("and"); or = id("or"); to = id("to"); the = id("the"); a = id("a"); an = id("an")
        between = id("between"); from = id("from"); half = id("half"); couple = id("couple"); point = id("point")
        percent = id("percent"); per = id("per"); cent = id("cent"); pct = id("pct"); percentage = id("percentage")
        points = id("points"); basis = id("basis"); bps = id("bps")
        minus = id("minus"); negative = id("negative"); century = id("century"); centuries = id("centuries")
        other = id("other"); another = id("another"); hand = id("hand"); by = id("by"); one = id("one")
        in_ = id("in"); out = id("out"); few = id("few"); several = id("several")
        bc = id("bc"); bce = id("bce"); bcDotted = id("b.c."); ad = id("ad"); adDotted = id("a.d."); ce = id("ce")
        odd = id("odd"); plus = id("plus"); more = id("more"); less = id("less"); fewer = id("fewer"); so = id("so")
        up = id("up"); above = id("above"); over = id("over"); under = id("under")
        after = id("after"); until = id("until"); through = id("through")
        number = id("number"); no = id("no"); sterling = id("sterling")
        that = id("that"); last = id("last"); but = id("but"); penultimate = id("penultimate")
        antepenultimate = id("antepenultimate"); pair = id("pair"); dozen = id("dozen")
        additional = id("additional"); extra = id("extra"); further = id("further")
        on = id("on"); is_ = id("is"); are = id("are"); be = id("be"); am = id("am"); at = id("at")
        day = id("day"); before = id("before"); upcoming = id("upcoming"); past = id("past"); for_ = id("for"); now = id("now"); back = id("back")
        since = id("since"); till = id("till"); untill = id("untill")
        than = id("than"); later = id("later"); earlier = id("earlier"); starting = id("starting")
        beginning = id("beginning"); mid = id("mid"); local = id("local"); time = id("time")
        onwards = id("onwards"); onward = id("onward"); quarter = id("quarter"); won = id("won")
    }
}
