import Byline
import Testing

@Suite struct NameKeyTests {
    private func key(_ name: String, _ type: EntityType = .person) -> String? {
        NameKey(written: name.split(separator: " "), type: type)?.joined
    }

    @Test(arguments: [("Pashinian", "Pashinyan"), ("Aliev", "Aliyev"), ("Zelensky", "Zelenskyy"), ("Zelensky", "Zelenskiy"),
                      ("Mohammed", "Mohamed"), ("Erdoğan", "Erdogan"), ("O'Brien", "OBrien"), ("Kim Jong-un", "Kim Jong Un"),
                      ("President Macron", "Macron"), ("Mr. Blinken", "Blinken")])
    func spellingsOfOneNameShareAKey(a: String, b: String) {
        #expect(key(a) != nil)
        #expect(key(a) == key(b))
    }

    @Test(arguments: [("Smith", "Smyth"), ("Lee", "Li"), ("Khan", "Han"), ("Allen", "Allan"), ("Jon", "John"),
                      ("Kim Jong Un", "Kim Yo Jong"), ("Ivanov", "Ivanova"), ("Brown", "Browne")])
    func differentNamesKeepTheirKeys(a: String, b: String) {
        #expect(key(a) != key(b))
    }

    @Test func organizationsFoldOnlyCaseAccentsAndPunctuation() {
        #expect(key("the European Union", .organization) == key("European Union", .organization))
        #expect(key("U.N.", .organization) == key("UN", .organization))
        // Transliteration foldings are for people's names only.
        #expect(key("Gazprom", .organization) != key("Gazzprom", .organization))
    }

    @Test func acronymsAndInitials() {
        #expect(NameKey.acronym("EU") == "EU")
        #expect(NameKey.acronym("U.N.") == "UN")
        #expect(NameKey.acronym("Reuters") == nil)
        #expect(NameKey.initials("Organisation for Economic Co-operation and Development".split(separator: " ")) == "OECD")
        #expect(NameKey.initials("European Union".split(separator: " ")) == "EU")
    }

    @Test func partsOfNames() throws {
        let full = try #require(NameKey(written: "Charles Michel".split(separator: " "), type: .person))
        let surname = try #require(NameKey(written: ["Michel"], type: .person))
        let other = try #require(NameKey(written: ["Macron"], type: .person))
        #expect(surname.isPart(of: full))
        #expect(!full.isPart(of: surname))
        #expect(!other.isPart(of: full))
        let obrien = try #require(NameKey(written: ["James", "O.", "'Brien"], type: .person))
        #expect(try #require(NameKey(written: ["O'Brien"], type: .person)).isPart(of: obrien))
    }
}
