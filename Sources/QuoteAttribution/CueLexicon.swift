/// Where a speech verb can stand relative to what it reports.
struct CueUse: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    /// Before the quotation in its sentence: `Michel said: "…"`, `promised "concrete measures"`.
    static let before = CueUse(rawValue: 1 << 0)
    /// After the quotation: `"…," Michel said`, `"…," he replied`.
    static let after = CueUse(rawValue: 1 << 1)
    /// Takes a finite clause, which is then indirect speech: `said Yerevan had responded`.
    static let clause = CueUse(rawValue: 1 << 2)
    /// Takes the addressee before the clause: `told reporters the talks failed`.
    static let addressee = CueUse(rawValue: 1 << 3)
}

/// The grammatical form of a speech verb token.
enum CueFormKind: UInt8, Sendable {
    case base, thirdPerson, past, participle
}

/// A token that is a form of a speech verb.
struct CueForm: Hashable, Sendable {
    var kind: CueFormKind
    var use: CueUse
}

/// The speech verbs news writing attributes with, every inflection written out.
enum CueLexicon {
    /// `base third-person past -ing [past participle]`, then the uses: b(efore), a(fter),
    /// c(lause), o(bject: an addressee).
    private static let verbs = """
        say says said saying : bac
        tell tells told telling : baco
        add adds added adding : bac
        state states stated stating : bac
        write writes wrote writing written : bac
        announce announces announced announcing : bac
        declare declares declared declaring : bac
        explain explains explained explaining : bac
        claim claims claimed claiming : bac
        insist insists insisted insisting : bac
        note notes noted noting : bac
        stress stresses stressed stressing : bac
        warn warns warned warning : baco
        argue argues argued arguing : bac
        acknowledge acknowledges acknowledged acknowledging : bac
        admit admits admitted admitting : bac
        confirm confirms confirmed confirming : bac
        deny denies denied denying : bac
        report reports reported reporting : bac
        suggest suggests suggested suggesting : bac
        predict predicts predicted predicting : bac
        promise promises promised promising : baco
        pledge pledges pledged pledging : bac
        vow vows vowed vowing : bac
        agree agrees agreed agreeing : bac
        reply replies replied replying : bac
        respond responds responded responding : ac
        answer answers answered answering : ac
        assert asserts asserted asserting : bac
        contend contends contended contending : bac
        emphasize emphasizes emphasized emphasizing : bac
        emphasise emphasises emphasised emphasising : bac
        maintain maintains maintained maintaining : ac
        observe observes observed observing : ac
        remark remarks remarked remarking : bac
        comment comments commented commenting : a
        recall recalls recalled recalling : bac
        concede concedes conceded conceding : bac
        complain complains complained complaining : bac
        testify testifies testified testifying : bac
        reiterate reiterates reiterated reiterating : bac
        reaffirm reaffirms reaffirmed reaffirming : bac
        indicate indicates indicated indicating : bac
        reveal reveals revealed revealing : bc
        disclose discloses disclosed disclosing : bc
        allege alleges alleged alleging : bac
        charge charges charged charging : c
        boast boasts boasted boasting : bac
        mention mentions mentioned mentioning : bc
        signal signals signaled signaling : bc
        underline underlines underlined underlining : bac
        underscore underscores underscored underscoring : bac
        caution cautions cautioned cautioning : bac
        proclaim proclaims proclaimed proclaiming : bac
        tweet tweets tweeted tweeting : bac
        joke jokes joked joking : bac
        quip quips quipped quipping : bac
        conclude concludes concluded concluding : bac
        demand demands demanded demanding : bac
        lament laments lamented lamenting : bac
        inform informs informed informing : bco
        assure assures assured assuring : baco
        remind reminds reminded reminding : baco
        threaten threatens threatened threatening : bc
        propose proposes proposed proposing : bc
        counter counters countered countering : ac
        retort retorts retorted retorting : ac
        reason reasons reasoned reasoning : ac
        muse muses mused musing : ac
        ask asks asked asking : ba
        exclaim exclaims exclaimed exclaiming : ba
        shout shouts shouted shouting : ba
        yell yells yelled yelling : ba
        scream screams screamed screaming : ba
        whisper whispers whispered whispering : ba
        cry cries cried crying : a
        chant chants chanted chanting : ba
        find finds found finding : bc
        laugh laughs laughed laughing : a
        sigh sighs sighed sighing : a
        continue continues continued continuing : a
        interject interjects interjected interjecting : a
        wonder wonders wondered wondering : a
        read reads read reading : a
        urge urges urged urging : ba
        call calls called calling : b
        describe describes described describing : b
        welcome welcomes welcomed welcoming : b
        praise praises praised praising : b
        hail hails hailed hailing : b
        cite cites cited citing : b
        dub dubs dubbed dubbing : b
        label labels labeled labeling labelled : b
        term terms termed terming : b
        criticize criticizes criticized criticizing : b
        criticise criticises criticised criticising : b
        accuse accuses accused accusing : b
        blast blasts blasted blasting : b
        slam slams slammed slamming : b
        condemn condemns condemned condemning : b
        denounce denounces denounced denouncing : b
        decry decries decried decrying : b
        recount recounts recounted recounting : ba
        speak speaks spoke speaking spoken : b
        """

    /// Every form of every verb with its kind and uses.
    static func forms() -> [(WordKey, CueForm)] {
        var result: [(WordKey, CueForm)] = []
        for line in verbs.split(separator: "\n") {
            let halves = line.split(separator: ":")
            let spellings = halves[0].split(separator: " ")
            var use: CueUse = []
            for letter in halves[1].trimmingSpaces {
                switch letter {
                case "b": use.insert(.before)
                case "a": use.insert(.after)
                case "c": use.insert(.clause)
                case "o": use.insert(.addressee)
                default: preconditionFailure("unknown cue use '\(letter)' in '\(line)'")
                }
            }
            let kinds: [CueFormKind] = [.base, .thirdPerson, .past, .participle, .past]
            for (spelling, kind) in zip(spellings, kinds) {
                result.append((WordKey(String(spelling)), CueForm(kind: kind, use: use)))
            }
        }
        return result
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
