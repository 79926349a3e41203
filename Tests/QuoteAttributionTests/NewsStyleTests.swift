import Byline
import Testing

/// US-news style sentences written before the stage was first run on them, to see how the
/// rules generalize beyond the seeds. A case passes when every expected quotation is found
/// (its content overlaps a predicted quote) with the expected speaker mention (and canonical
/// name, when given), and no other direct or mixed quote is predicted. Cases the rules do not
/// pass yet are listed in `knownFailures`, so they stay visible without failing the suite.
@Suite struct NewsStyleTests {
    struct Expected: Sendable, CustomStringConvertible {
        var content: String
        var speaker: String?
        var canonical: String? = nil
        var kind: QuoteKind? = nil

        var description: String { "«\(content)» by \(speaker ?? "nobody")" }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var id: Int
        var text: String
        var quotes: [Expected]

        var testDescription: String { "news \(id)" }
    }

    static let cases: [Case] = [
        Case(id: 1, text: "\"We're not going to back down,\" Gov. Gavin Newsom said Tuesday at a news conference in Sacramento.",
             quotes: [Expected(content: "We're not going to back down,", speaker: "Gavin Newsom")]),
        Case(id: 2, text: "\"This is a sad day for our city,\" said Mayor Karen Bass, who called the shooting \"senseless.\"",
             quotes: [Expected(content: "This is a sad day for our city,", speaker: "Karen Bass"),
                      Expected(content: "senseless.", speaker: "Karen Bass")]),
        Case(id: 3, text: "Senate Majority Leader Chuck Schumer said the bill was \"dead on arrival.\"",
             quotes: [Expected(content: "dead on arrival.", speaker: "Chuck Schumer")]),
        Case(id: 4, text: "\"I've never seen anything like it,\" said Maria Lopez, 54, who has lived on the block for three decades.",
             quotes: [Expected(content: "I've never seen anything like it,", speaker: "Maria Lopez")]),
        Case(id: 5, text: "The company said in a statement that it was \"deeply disappointed\" by the ruling.",
             quotes: [Expected(content: "deeply disappointed", speaker: "The company")]),
        Case(id: 6, text: "\"We will appeal,\" the company said in a statement.",
             quotes: [Expected(content: "We will appeal,", speaker: "the company")]),
        Case(id: 7, text: "According to the lawsuit, the officers \"acted with reckless disregard\" for the man's safety.",
             quotes: [Expected(content: "acted with reckless disregard", speaker: "the lawsuit")]),
        Case(id: 8, text: "\"It's a tough situation,\" Smith told The Associated Press. \"But we'll get through it.\"",
             quotes: [Expected(content: "It's a tough situation,", speaker: "Smith"),
                      Expected(content: "But we'll get through it.", speaker: "Smith")]),
        Case(id: 9, text: "President Joe Biden on Thursday called the attack \"an act of pure evil.\"",
             quotes: [Expected(content: "an act of pure evil.", speaker: "Joe Biden")]),
        Case(id: 10, text: "\"We have to do better,\" Biden said, adding that the administration would \"leave no stone unturned.\"",
             quotes: [Expected(content: "We have to do better,", speaker: "Biden"),
                      Expected(content: "leave no stone unturned.", speaker: "Biden")]),
        Case(id: 11, text: "Police said the suspect, who has not been identified, fled on foot.",
             quotes: [Expected(content: "the suspect, who has not been identified, fled on foot", speaker: "Police", kind: .indirect)]),
        Case(id: 12, text: "\"There is no evidence of widespread fraud,\" Attorney General William Barr told the AP in an interview.",
             quotes: [Expected(content: "There is no evidence of widespread fraud,", speaker: "William Barr")]),
        Case(id: 13, text: "Rep. Alexandria Ocasio-Cortez thanked her supporters Tuesday night. \"I'm proud of what we accomplished,\" she said. \"We did it together.\"",
             quotes: [Expected(content: "I'm proud of what we accomplished,", speaker: "she", canonical: "Alexandria Ocasio-Cortez"),
                      Expected(content: "We did it together.", speaker: "she", canonical: "Alexandria Ocasio-Cortez")]),
        Case(id: 14, text: "Asked whether he would run again, Trump said: \"We'll see what happens.\"",
             quotes: [Expected(content: "We'll see what happens.", speaker: "Trump")]),
        Case(id: 15, text: "The White House described the meeting as \"productive and candid.\"",
             quotes: [Expected(content: "productive and candid.", speaker: "White House")]),
        Case(id: 16, text: "\"Our hearts go out to the families,\" the sheriff's office said in a Facebook post.",
             quotes: [Expected(content: "Our hearts go out to the families,", speaker: "the sheriff's office")]),
        Case(id: 17, text: "Dr. Anthony Fauci warned that the country could see \"a lot of suffering and death\" if restrictions were lifted too soon.",
             quotes: [Expected(content: "a lot of suffering and death", speaker: "Anthony Fauci")]),
        Case(id: 18, text: "\"The economy is strong,\" Powell said, \"but we are watching inflation closely.\"",
             quotes: [Expected(content: "The economy is strong,", speaker: "Powell"),
                      Expected(content: "but we are watching inflation closely.", speaker: "Powell")]),
        Case(id: 19, text: "Jerome Powell, the Federal Reserve chair, spoke to reporters Wednesday.\n\n\"We are prepared to adjust policy as appropriate.\n\n\"We will not hesitate,\" Powell said.",
             quotes: [Expected(content: "We are prepared to adjust policy as appropriate.\n\n\"We will not hesitate,", speaker: "Powell",
                               canonical: "Jerome Powell")]),
        Case(id: 20, text: "\"It was chaos,\" said Kevin Brown, a bus driver who witnessed the crash.",
             quotes: [Expected(content: "It was chaos,", speaker: "Kevin Brown")]),
        Case(id: 21, text: "One neighbor, Linda Johnson, said she heard \"three or four loud bangs\" around midnight.",
             quotes: [Expected(content: "three or four loud bangs", speaker: "Linda Johnson")]),
        Case(id: 22, text: "\"We don't negotiate with terrorists,\" a State Department spokesperson said.",
             quotes: [Expected(content: "We don't negotiate with terrorists,", speaker: "a State Department spokesperson")]),
        Case(id: 23, text: "Officials said the fire was \"100 percent contained\" by Sunday evening.",
             quotes: [Expected(content: "100 percent contained", speaker: "Officials")]),
        Case(id: 24, text: "The report, released Monday, found that the agency had \"failed to act\" on repeated warnings.",
             quotes: [Expected(content: "failed to act", speaker: "The report")]),
        Case(id: 25, text: "\"This is not who we are,\" McConnell said on the Senate floor.",
             quotes: [Expected(content: "This is not who we are,", speaker: "McConnell")]),
        Case(id: 26, text: "In a tweet, the former president called the verdict \"a disgrace to our nation.\"",
             quotes: [Expected(content: "a disgrace to our nation.", speaker: "the former president")]),
        Case(id: 27, text: "\"I didn't do anything wrong,\" Johnson insisted.",
             quotes: [Expected(content: "I didn't do anything wrong,", speaker: "Johnson")]),
        Case(id: 28, text: "\"Is this really the best we can do?\" asked Sen. Elizabeth Warren, D-Mass.",
             quotes: [Expected(content: "Is this really the best we can do?", speaker: "Elizabeth Warren")]),
        Case(id: 29, text: "Supporters chanted \"Four more years!\" as he took the stage.",
             quotes: [Expected(content: "Four more years!", speaker: "Supporters")]),
        Case(id: 30, text: "\"We are cautiously optimistic,\" said Dr. Rochelle Walensky, director of the Centers for Disease Control and Prevention.",
             quotes: [Expected(content: "We are cautiously optimistic,", speaker: "Rochelle Walensky")]),
        Case(id: 31, text: "Walensky said the new guidance would help schools reopen safely.",
             quotes: [Expected(content: "the new guidance would help schools reopen safely", speaker: "Walensky", kind: .indirect)]),
        Case(id: 32, text: "'We have a problem,' the engineer said.",
             quotes: [Expected(content: "We have a problem,", speaker: "the engineer")]),
        Case(id: 33, text: "The governor's spokesman, Mark Thompson, said the state was \"reviewing all options.\"",
             quotes: [Expected(content: "reviewing all options.", speaker: "Mark Thompson")]),
        Case(id: 34, text: "\"We were told to stay inside,\" recalled Sarah Kim, a sophomore at the school.",
             quotes: [Expected(content: "We were told to stay inside,", speaker: "Sarah Kim")]),
        Case(id: 35, text: "The senator's office did not respond to requests for comment.", quotes: []),
        Case(id: 36, text: "The film \"Oppenheimer\" won seven Oscars on Sunday.", quotes: []),
        Case(id: 37, text: "Trump, who has denied wrongdoing, wrote on Truth Social that the case was a \"witch hunt.\"",
             quotes: [Expected(content: "witch hunt.", speaker: "Trump")]),
        Case(id: 38, text: "\"Enough is enough,\" protesters shouted outside the courthouse.",
             quotes: [Expected(content: "Enough is enough,", speaker: "protesters")]),
        Case(id: 39, text: "\"The data is clear,\" the study's lead author, Dr. Emily Chen, said in an interview.",
             quotes: [Expected(content: "The data is clear,", speaker: "Emily Chen")]),
        Case(id: 40, text: "Defense attorney Robert Smith argued that his client was \"a scapegoat\" for the department's failures.",
             quotes: [Expected(content: "a scapegoat", speaker: "Robert Smith")]),
        Case(id: 41, text: "\"We're still assessing the damage,\" Fire Chief Dan Parker said. \"It's going to take some time.\"",
             quotes: [Expected(content: "We're still assessing the damage,", speaker: "Dan Parker"),
                      Expected(content: "It's going to take some time.", speaker: "Dan Parker")]),
        Case(id: 42, text: "The mayor, speaking at a vigil Sunday, urged residents to \"come together and heal.\"",
             quotes: [Expected(content: "come together and heal.", speaker: "The mayor")]),
        Case(id: 43, text: "\"I think it's a mistake,\" Pelosi said of the decision. She added that Democrats would \"fight it every step of the way.\"",
             quotes: [Expected(content: "I think it's a mistake,", speaker: "Pelosi"),
                      Expected(content: "fight it every step of the way.", speaker: "She", canonical: "Pelosi")]),
        Case(id: 44, text: "Microsoft said it expects revenue to grow \"in the low double digits\" this quarter.",
             quotes: [Expected(content: "in the low double digits", speaker: "Microsoft")]),
        Case(id: 45, text: "\"No comment,\" the spokeswoman said.",
             quotes: [Expected(content: "No comment,", speaker: "the spokeswoman")]),
        // Second batch, written after the first batch's failures were fixed, and run once.
        Case(id: 46, text: "WASHINGTON (AP) — \"We're going to get this done,\" Senate Majority Leader Chuck Schumer told reporters Tuesday.",
             quotes: [Expected(content: "We're going to get this done,", speaker: "Chuck Schumer")]),
        Case(id: 47, text: "In a statement, the Justice Department said it would \"vigorously defend\" the policy.",
             quotes: [Expected(content: "vigorously defend", speaker: "Justice Department")]),
        Case(id: 48, text: "\"I feel like I've been given a second chance,\" said Tamika Williams, who was released last month after 12 years in prison.",
             quotes: [Expected(content: "I feel like I've been given a second chance,", speaker: "Tamika Williams")]),
        Case(id: 49, text: "A spokesman for the Pentagon, Lt. Col. John Ullyot, said the strikes were \"proportionate and lawful.\"",
             quotes: [Expected(content: "proportionate and lawful.", speaker: "John Ullyot")]),
        Case(id: 50, text: "State Sen. Maria Gonzalez released the figures Monday. \"The numbers don't lie,\" Gonzalez said. \"We have a crisis on our hands, and we need to act now.\"",
             quotes: [Expected(content: "The numbers don't lie,", speaker: "Gonzalez", canonical: "Maria Gonzalez"),
                      Expected(content: "We have a crisis on our hands, and we need to act now.", speaker: "Gonzalez")]),
        Case(id: 51, text: "The lawsuit accuses the company of \"systematically misleading\" investors.",
             quotes: [Expected(content: "systematically misleading", speaker: "The lawsuit")]),
        Case(id: 52, text: "\"What happened here was a tragedy,\" Police Chief Michael Harris said at a briefing, his voice breaking. \"We failed these families.\"",
             quotes: [Expected(content: "What happened here was a tragedy,", speaker: "Michael Harris"),
                      Expected(content: "We failed these families.", speaker: "Michael Harris")]),
        Case(id: 53, text: "Harris, who took over the department in 2021, said officers would receive new training.",
             quotes: [Expected(content: "officers would receive new training", speaker: "Harris", kind: .indirect)]),
        Case(id: 54, text: "\"We are not going anywhere,\" the union's president, Sara Nelson, said in an interview on Friday.",
             quotes: [Expected(content: "We are not going anywhere,", speaker: "Sara Nelson")]),
        Case(id: 55, text: "The CEO wrote in a memo to employees that the layoffs were \"painful but necessary.\"",
             quotes: [Expected(content: "painful but necessary.", speaker: "The CEO")]),
        Case(id: 56, text: "Some economists warn that the policy could \"backfire badly.\"",
             quotes: [Expected(content: "backfire badly.", speaker: "Some economists")]),
        Case(id: 57, text: "\"It's a disaster,\" one official said, speaking on condition of anonymity because he was not authorized to discuss the matter.",
             quotes: [Expected(content: "It's a disaster,", speaker: "one official")]),
        Case(id: 58, text: "\"This is the moment we've been waiting for.\n\n\"We are going to win this fight, and we are going to win it together,\" Sanders told the crowd.",
             quotes: [Expected(content: "This is the moment we've been waiting for.\n\n\"We are going to win this fight, and we are going to win it together,",
                               speaker: "Sanders")]),
        Case(id: 59, text: "Linda Park, a teacher in Queens, has followed the case for years. \"Why now?\" she asked. \"Why not ten years ago?\"",
             quotes: [Expected(content: "Why now?", speaker: "she", canonical: "Linda Park"),
                      Expected(content: "Why not ten years ago?", speaker: "she", canonical: "Linda Park")]),
        Case(id: 60, text: "The governor called the decision \"a slap in the face\" to working families and vowed to appeal.",
             quotes: [Expected(content: "a slap in the face", speaker: "The governor")]),
        Case(id: 61, text: "According to court documents, Johnson told investigators he \"panicked\" and fled the scene.",
             quotes: [Expected(content: "panicked", speaker: "Johnson")]),
        Case(id: 62, text: "\"We don't comment on ongoing investigations,\" FBI spokeswoman Sandra Barker said.",
             quotes: [Expected(content: "We don't comment on ongoing investigations,", speaker: "Sandra Barker")]),
        Case(id: 63, text: "Biden told reporters: \"I'm not worried about it.\"",
             quotes: [Expected(content: "I'm not worried about it.", speaker: "Biden")]),
        Case(id: 64, text: "\"The world is watching,\" U.N. Secretary-General António Guterres said in a speech to the General Assembly.",
             quotes: [Expected(content: "The world is watching,", speaker: "António Guterres")]),
        Case(id: 65, text: "Representatives for the actor did not immediately respond to a request for comment.", quotes: []),
        Case(id: 66, text: "The so-called \"Don't Say Gay\" bill passed the Senate on Tuesday.", quotes: []),
        Case(id: 67, text: "\"I love this city,\" said Rivera, 72, a retired nurse. \"It gave me everything.\"",
             quotes: [Expected(content: "I love this city,", speaker: "Rivera"),
                      Expected(content: "It gave me everything.", speaker: "Rivera")]),
        Case(id: 68, text: "Netanyahu vowed to continue the offensive \"until victory,\" despite growing international pressure.",
             quotes: [Expected(content: "until victory,", speaker: "Netanyahu")]),
        Case(id: 69, text: "\"There's no question that this is a serious threat,\" Homeland Security Secretary Alejandro Mayorkas said Sunday on CBS's \"Face the Nation.\"",
             quotes: [Expected(content: "There's no question that this is a serious threat,", speaker: "Alejandro Mayorkas")]),
        Case(id: 70, text: "The statement said the two leaders had agreed to \"deepen cooperation\" on trade.",
             quotes: [Expected(content: "deepen cooperation", speaker: "The statement")]),
        Case(id: 71, text: "\"We will rebuild,\" Mayor Sarah Johnson wrote on X. \"Stronger than before.\"",
             quotes: [Expected(content: "We will rebuild,", speaker: "Sarah Johnson"),
                      Expected(content: "Stronger than before.", speaker: "Sarah Johnson")]),
        Case(id: 72, text: "Residents described a scene of \"total devastation.\"",
             quotes: [Expected(content: "total devastation.", speaker: "Residents")]),
        Case(id: 73, text: "\"He was my best friend,\" his mother, Angela Ruiz, told KTLA.",
             quotes: [Expected(content: "He was my best friend,", speaker: "Angela Ruiz")]),
        Case(id: 74, text: "The Fed said in its statement that inflation \"remains elevated.\"",
             quotes: [Expected(content: "remains elevated.", speaker: "Fed")]),
        Case(id: 75, text: "\"This is outrageous,\" Rep. Jim Jordan, R-Ohio, said. \"The American people deserve answers.\"",
             quotes: [Expected(content: "This is outrageous,", speaker: "Jim Jordan"),
                      Expected(content: "The American people deserve answers.", speaker: "Jim Jordan")]),
        Case(id: 76, text: "Asked about the report, White House press secretary Karine Jean-Pierre said, \"We've been very clear about this.\"",
             quotes: [Expected(content: "We've been very clear about this.", speaker: "Karine Jean-Pierre")]),
        Case(id: 77, text: "'It's over': Democrats concede the House",
             quotes: [Expected(content: "It's over", speaker: "Democrats")]),
        Case(id: 78, text: "The judge, in a 40-page ruling, wrote that the law was \"plainly unconstitutional.\"",
             quotes: [Expected(content: "plainly unconstitutional.", speaker: "The judge")]),
        Case(id: 79, text: "\"People are scared,\" said the Rev. Al Sharpton.",
             quotes: [Expected(content: "People are scared,", speaker: "Al Sharpton")]),
        Case(id: 80, text: "Officials in Maui County said Thursday that at least 93 people had died.",
             quotes: [Expected(content: "at least 93 people had died", speaker: "Officials in Maui County", kind: .indirect)]),
    ]

    /// Cases the rules do not pass, each with why (docs/quotes.md, "Accuracy").
    static let knownFailures: [Int: String] = [
        59: "`Linda Park` is tagged LOC by session 12's entity model (trained on valid.txt too), so `she` has no person to name",
        97: "`dismissed ... as` is no cue",
        117: "`Mayor Wu`: a title before a one-word name stays in the span",
        119: "`The Secretary of State, Antony Blinken,`: the bare title is taken, not the name in its apposition",
        138: "`the MP`: the determiner is dropped from a common-noun title",
        163: "a title of a work after `read` is taken for a mixed quote",
        186: "an acronym speaker (OPEC) the entity tagger misses gets no speaker",
        221: "`The Liberal Democrats`: only the entity's last word is taken",
        247: "`according to two people familiar with the talks`: the speaker stops before its adjective's complement",
        256: "`posted` is no cue",
        258: "a pronoun in the next paragraph resolves to the short name, not the document's fullest name",
        265: "`The Trump campaign`: the name inside the organization's noun phrase is taken (since session 11's entity model)",
        267: "`The Harris campaign`: the name inside the organization's noun phrase is taken",
        268: "`a Harris campaign spokesperson`: the name inside the noun phrase is taken",
        269: "a speaker with a participle phrase (Voters interviewed Tuesday) and `described ... as`",
        272: "quoted words in a poll's finding are taken as the poll's (the gold says no quotation; debatable)",
        278: "a bare title after a sentence about a person: its subject (Raffensperger) is not taken for a person",
        280: "`She` after a sentence whose subject is a one-word name gets no canonical name",
    ]

    static var allCases: [Case] { cases + blindCases }

    @Test(arguments: allCases)
    func newsSentence(_ example: Case) throws {
        let problems = try Self.check(example).problems
        if let reason = Self.knownFailures[example.id] {
            // A known failure that passes now must leave the list, or the list stops saying what fails.
            #expect(!problems.isEmpty, "news \(example.id) passes now: remove it from knownFailures (\(reason))")
            withKnownIssue { Issue.record(Comment(rawValue: problems.joined(separator: "\n"))) }
            return
        }
        #expect(problems.isEmpty, Comment(rawValue: "\(example.text)\n" + problems.joined(separator: "\n")))
    }

    /// The held-back measure over the whole table: quote precision, recall and F1 (a gold
    /// quotation is found when a predicted quote of its kind overlaps it; every other direct or
    /// mixed prediction is a false positive) and speaker accuracy over the quotations found.
    @Test func scoreOverTheTable() throws {
        for (name, table) in [("all", Self.allCases), ("81-300", Self.blindCases)] {
            var total = Outcome()
            for example in table { total = total + (try Self.check(example)) }
            print("news table \(name): " + total.report(cases: table.count))
        }
    }

    /// One case's problems (empty when it passes) and its counts for the table's score.
    struct Outcome {
        var problems: [String] = []
        var gold = 0, predicted = 0, found = 0, speakerRight = 0, passed = 0

        static func + (a: Outcome, b: Outcome) -> Outcome {
            Outcome(problems: [], gold: a.gold + b.gold, predicted: a.predicted + b.predicted, found: a.found + b.found,
                    speakerRight: a.speakerRight + b.speakerRight, passed: a.passed + b.passed)
        }

        func report(cases: Int) -> String {
            let precision = predicted == 0 ? 0 : Double(found) / Double(predicted)
            let recall = gold == 0 ? 0 : Double(found) / Double(gold)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            let speaker = found == 0 ? 0 : Double(speakerRight) / Double(found)
            func f(_ x: Double) -> String { "\((x * 1000).rounded() / 10)%" }
            return "\(passed) of \(cases) cases pass; quotes gold \(gold), predicted \(predicted), found \(found): "
                + "precision \(f(precision)), recall \(f(recall)), F1 \(f(f1)); speaker \(speakerRight) of \(found) = \(f(speaker))"
        }
    }

    /// What is wrong with the stage's quotes for a case, with its counts.
    static func check(_ example: Case) throws -> Outcome {
        let document = try Annotation.annotate(example.text)
        var problems: [String] = []
        var speakerRight = 0, found = 0
        var matched = Set<Int>()
        for expected in example.quotes {
            guard let range = example.text.range(of: expected.content) else {
                problems.append("test error: \(expected) is not in the text")
                continue
            }
            let start = example.text.utf8.distance(from: example.text.startIndex, to: range.lowerBound)
            let end = start + expected.content.utf8.count
            let overlapping = document.quotes.indices.filter { index in
                let content = document.quotes[index].content
                return content.contains { document.tokens[$0].span.start < end && document.tokens[$0].span.end > start }
            }
            let candidates = overlapping.filter { expected.kind == nil ? document.quotes[$0].kind != .indirect : document.quotes[$0].kind == expected.kind }
            guard let index = candidates.first(where: { Annotation.text(document.quotes[$0].speaker, in: document) == expected.speaker })
                    ?? candidates.first else {
                problems.append("missed \(expected)")
                continue
            }
            matched.insert(index)
            found += 1
            let quote = document.quotes[index]
            let speaker = Annotation.text(quote.speaker, in: document)
            if speaker != expected.speaker { problems.append("\(expected): speaker \(speaker ?? "none")") } else { speakerRight += 1 }
            if let canonical = expected.canonical, quote.canonicalSpeaker != canonical {
                problems.append("\(expected): canonical \(quote.canonicalSpeaker ?? "none"), expected \(canonical)")
            }
        }
        for (index, quote) in document.quotes.enumerated() where !matched.contains(index) && quote.kind != .indirect {
            problems.append("spurious \(Annotation.describe(quote, in: document))")
        }
        let spurious = document.quotes.indices.filter { !matched.contains($0) && document.quotes[$0].kind != .indirect }.count
        return Outcome(problems: problems, gold: example.quotes.count, predicted: found + spurious, found: found,
                       speakerRight: speakerRight, passed: problems.isEmpty ? 1 : 0)
    }
}
