import Byline
import Testing
import TestSupport

/// Documents whose entities are given by hand, so that what is tested is the linking and not
/// the tagger: the tokenizer's tokens, and each listed name, wherever its words stand, as one entity.
enum Written {
    static let tokenizer: Annotator? = try? Annotator(entityModel: nil)

    struct LoadError: Error {}

    static func document(_ text: String, id: String = "doc", people: [String] = [], organizations: [String] = []) throws -> Document {
        guard let tokenizer else { throw LoadError() }
        var document = try tokenizer.annotate(text, id: id)
        let words = document.tokens.map { String(document.text($0.span)) }
        for (names, type) in [(people, EntityType.person), (organizations, .organization)] {
            for name in names {
                let tokenized = try tokenizer.annotate(name)
                let wanted = tokenized.tokens.map { String(tokenized.text($0.span)) }
                var start = 0
                while start + wanted.count <= words.count {
                    if Array(words[start..<(start + wanted.count)]) == wanted,
                       !document.entities.contains(where: { $0.tokens.overlaps(start..<(start + wanted.count)) }) {
                        document.entities.append(Entity(tokens: start..<(start + wanted.count), type: type))
                        start += wanted.count
                    } else {
                        start += 1
                    }
                }
            }
        }
        document.entities.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return document
    }

    /// The corpus's entities by name: the variants of each, sorted.
    static func people(_ documents: [Document]) -> [String: [String]] {
        var index = PeopleIndex()
        documents.forEach { index.add(DocumentPeople($0)) }
        return Dictionary(index.sorted.map { ($0.name, $0.variantsByMentions.sorted()) }, uniquingKeysWith: { a, _ in a })
    }
}

@Suite struct LinkingTests {
    @Test func aSurnameJoinsTheFullNameOfItsDocument() throws {
        let document = try Written.document("Mr. Blinken met Antony Blinken's staff. Blinken left.",
                                            people: ["Antony Blinken", "Mr. Blinken", "Blinken"])
        let ids = Set(EntityLinker().link(document).mentions.map(\.id))
        #expect(ids.count == 1)
        #expect(Written.people([document]) == ["Antony Blinken": ["Antony Blinken", "Blinken", "Mr. Blinken"]])
    }

    /// Two Kims in one corpus, in two documents: each surname alone joins its own document's Kim,
    /// and the two stay apart.
    @Test func twoKimsInTwoDocumentsStayApartEachWithItsSurname() throws {
        let first = try Written.document("Kim Jong Un spoke. Kim left.", id: "a", people: ["Kim Jong Un", "Kim"])
        let second = try Written.document("Kim Yo Jong spoke. Kim stayed.", id: "b", people: ["Kim Yo Jong", "Kim"])
        #expect(Written.people([first, second]) == ["Kim Jong Un": ["Kim", "Kim Jong Un"], "Kim Yo Jong": ["Kim", "Kim Yo Jong"]])
    }

    /// Both Kims in one document: nothing in the text says which one "Kim" is, so it is neither.
    @Test func aSurnameOfTwoFullNamesStaysApartFromBoth() throws {
        let document = try Written.document("Kim Jong Un met Kim Yo Jong. Kim left.", people: ["Kim Jong Un", "Kim Yo Jong", "Kim"])
        #expect(Written.people([document]) == ["Kim Jong Un": ["Kim Jong Un"], "Kim Yo Jong": ["Kim Yo Jong"], "Kim": ["Kim"]])
    }

    /// The text ties two writings of one Kim in different documents: they share a key.
    @Test func oneKimWrittenTwoWaysIsOnePerson() throws {
        let first = try Written.document("Kim Jong Un spoke.", id: "a", people: ["Kim Jong Un"])
        let second = try Written.document("Kim Jong-un spoke.", id: "b", people: ["Kim Jong-un"])
        #expect(Written.people([first, second]).count == 1)
    }

    @Test func commonSurnamesThatLookAlikeStayApart() throws {
        let document = try Written.document("John Smith met John Smyth, Anna Lee met Anna Li, and Mark Allen met Mark Allan.",
                                            people: ["John Smith", "John Smyth", "Anna Lee", "Anna Li", "Mark Allen", "Mark Allan"])
        #expect(Written.people([document]).count == 6)
    }

    @Test func anAcronymJoinsItsExpansion() throws {
        let initials = try Written.document("The European Union met. The EU said no.", organizations: ["European Union", "EU"])
        #expect(Written.people([initials]) == ["European Union": ["EU", "European Union"]])
        // Brackets tie an acronym its initials do not spell.
        let bracketed = try Written.document("Islamic State (ISIL) fighters fled. ISIL said so.", organizations: ["Islamic State", "ISIL"])
        #expect(Written.people([bracketed]) == ["Islamic State": ["ISIL", "Islamic State"]])
    }

    @Test func anAcronymOfTwoNamesJoinsNeitherUnlessBracketed() throws {
        let text = "The European Union and Eastern University met. The EU said no."
        let ambiguous = try Written.document(text, organizations: ["European Union", "Eastern University", "EU"])
        #expect(Written.people([ambiguous]).count == 3)
        let tied = try Written.document("The European Union (EU) and Eastern University met. The EU said no.",
                                        organizations: ["European Union", "Eastern University", "EU"])
        #expect(Written.people([tied])["European Union"] == ["EU", "European Union"])
    }

    /// Across documents only keys join: "EU" alone, in a document that never spells it out,
    /// is not tied to the European Union of another (docs/people.md says why).
    @Test func anAcronymAloneInItsDocumentKeepsItsOwnId() throws {
        let spelled = try Written.document("The European Union (EU) met.", id: "a", organizations: ["European Union", "EU"])
        let alone = try Written.document("The EU said no.", id: "b", organizations: ["EU"])
        #expect(Written.people([spelled, alone]).keys.sorted() == ["EU", "European Union"])
    }

    @Test func theSeedsHaveOneNamePerPerson() throws {
        let annotator = try Annotator()
        let documents = try Fixtures.seeds().map { try annotator.annotate(Fixtures.text($0), id: $0.lastPathComponent) }
        var index = PeopleIndex()
        documents.forEach { index.add(DocumentPeople($0)) }
        let entities = index.sorted
        func writing(_ name: String) -> [PeopleIndex.Entity] { entities.filter { $0.variants[name] != nil } }
        for (a, b) in [("Nikol Pashinian", "Nikol Pashinyan"), ("Ilham Aliev", "Ilham Aliyev"), ("Aliyev", "Ilham Aliev")] {
            #expect(writing( a).count == 1 && writing( a).map(\.id) == writing( b).map(\.id), "\(a) / \(b)")
        }
        #expect(entities.filter { $0.name == "Charles Michel" }.count == 1)
        #expect(writing( "Charles Michel").first?.documents == 2)
        let apart = ["Antony Blinken", "Emmanuel Macron", "Olaf Scholz"].map { writing( $0).map(\.id) }
        #expect(apart.allSatisfy { $0.count == 1 } && Set(apart.flatMap { $0 }).count == 3)
        #expect(writing( "EU").map(\.name) == ["European Union"])

        // The same corpus in the other order: the same entities, ids, names and counts.
        var reversed = PeopleIndex()
        documents.reversed().forEach { reversed.add(DocumentPeople($0)) }
        #expect(reversed.sorted.map(\.id) == entities.map(\.id))
        #expect(PeopleFormat.jsonl.render(reversed.sorted) == PeopleFormat.jsonl.render(entities))
    }

    /// "he" as a quote's speaker is the person of its canonical speaker.
    @Test func aPronounSpeakerIsTheCanonicalSpeakersEntity() throws {
        let annotator = try Annotator()
        let seed = try #require(try Fixtures.seeds().first)
        let document = try annotator.annotate(Fixtures.text(seed))
        let linked = EntityLinker().link(document)
        let michel = try #require(linked.mentions.first { $0.written == "Charles Michel" })
        let byHe = document.quotes.filter { quote in quote.speaker.map { document.writtenText(ofTokens: $0) } == "he" }
        #expect(!byHe.isEmpty)
        #expect(byHe.allSatisfy { linked.speakerID(of: $0) == michel.id })
    }

    /// The JSONL reader ignores `entity_id` and `speaker_id` (they are made from the entity and
    /// quote layers, which it reads): written again, a document read back has the same ids.
    @Test func idsSurviveAJSONLRoundTrip() throws {
        let annotator = try Annotator()
        let documents = try Fixtures.seeds().map { try annotator.annotate(Fixtures.text($0), id: $0.lastPathComponent) }
        let writer = JSONLWriter(identities: EntityLinker())
        var written = ""
        writer.write(documents, into: &written)
        #expect(written.contains(#""entity_id":"per-"#) && written.contains(#""speaker_id":"per-"#))
        var again = ""
        writer.write(try JSONLReader().read(written, file: "seeds.jsonl"), into: &again)
        expectSameLines(again, written, "JSONL written, read and written again")
    }
}
