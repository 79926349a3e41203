import Byline
import Testing

/// Random word salads from the words the grammar reacts to: the stage never crashes, and what
/// it finds is well formed (in order, not overlapping, inside one sentence, ranges ordered,
/// calendar kinds without a value, counted nouns outside the mention and in its sentence).
@Suite struct RobustnessTests {
    static let vocabulary = [
        "one", "two", "thirty-two", "a", "an", "the", "of", "and", "or", "to", "-", "--", ".", ",", "$", "€", "US", "%",
        "percent", "per", "cent", "point", "points", "percentage", "basis", "half", "quarter", "third", "thirds",
        "hundred", "thousand", "million", "dozen", "dozens", "tens", "hundreds", "thousands", "couple", "few",
        "several", "between", "from", "more", "than", "at", "least", "up", "some", "about", "over", "minus", "7", "32",
        "2023", "1990s", "'90s", "21st", "3-5", "117-111", "2023-12-07", "3/4", "10k", "2.5bn", "40m", "1,674.5",
        "December", "Thursday", "Dec", "May", "weeks", "day", "decades", "century", "years", "people", "soldiers",
        "prisoners", "war", "no", "someone", "other", "another", "who", "F-16", "France", "24", "in", "out", "BC",
        "(", ")", ":", "+", "#", "No.", "mid-1990s", "five-year-old", "twenty-first", "second", "first", "euros",
        "weekend", "Easter", "Ramadan", "after", "before", "last", "next", "week", "Monday", "5th", "31st", "p.m.",
        "a.m.", "ET", "8-10", "9am-5pm", "2014/10", "3/3/15", "fiscal", "quarter", "scored", "Street", "Mr",
        "since", "until", "till", "by", "later", "earlier", "starting", "'s", "local", "time", "mid", "14April", "month",
    ]

    @Test func randomTextYieldsWellFormedMentions() throws {
        let annotator = try NumberRendering.plain.get()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2000 {
            var words: [String] = []
            for _ in 0..<(1 + next(30)) { words.append(Self.vocabulary[next(Self.vocabulary.count)]) }
            let text = words.joined(separator: next(3) == 0 ? "" : " ")
            let document = try annotator.annotate(text)
            var previousEnd = 0
            for mention in document.numbers {
                #expect(!mention.tokens.isEmpty && mention.tokens.lowerBound >= previousEnd, "\(text)")
                previousEnd = mention.tokens.upperBound
                let sentence = document.sentences.first { $0.tokens.contains(mention.tokens.lowerBound) }
                #expect(sentence.map { $0.tokens.upperBound >= mention.tokens.upperBound } ?? false, "\(text)")
                if let low = mention.low, let high = mention.high { #expect(low < high, "\(text)") }
                if [.year, .decade, .century, .date].contains(mention.kind) {
                    #expect(mention.value == nil && mention.calendar != nil, "\(text)")
                }
                if let counted = mention.counted, let sentence {
                    #expect(counted.lowerBound >= mention.tokens.upperBound && counted.upperBound <= sentence.tokens.upperBound, "\(text)")
                }
            }
        }
    }

    @Test func edgeTextsDoNotCrash() throws {
        let annotator = try NumberRendering.plain.get()
        for text in ["", " ", "-", ".", "$", "between", "more than", "a", "half an", "one of", "the one", "Dec", "Thursday ,",
                     "3 to", "from 3", "9999999999999999999999", "0.0000000000000000001", "1/0", "0/0", "'0s", "2023-13-45",
                     "99/99/9999", "1e999", "one hundred and", "a couple", "tens of", "1,00", "12,3456", "--5", "5-", "-5-",
                     "3000 years before Christmas", "99999999999999999 days after Easter", "10000 years before Easter 1000",
                     "on the 31st", "the fifth Monday of February", "from 11 p.m. to 11 p.m.", "12/12/00", "0/2013",
                     "Ramadan 1925", "Ramadan 2076", "Diwali 1900", "9999-99", "2014/13", "13-14 p.m.", "0am-0pm",
                     "the last week of December 2100", "at 9 a.m. ET on Feb. 29, 2100", "than 2014", "later than 2014",
                     "since the 1990s", "the 31st of next month", "99April", "14April", "the 27th last day of February",
                     "mid day", "3 a.m. local time", "by Monday 's"] {
            _ = try annotator.annotate(text)
        }
    }
}
