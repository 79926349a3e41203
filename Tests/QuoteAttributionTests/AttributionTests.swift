import Byline
import Testing

/// Who said it: the attribution patterns of news writing, speakers with titles and
/// appositions, pronouns, continuations, organizations and documents, indirect speech.
@Suite struct AttributionTests {
    @Test func speakerThenCueAfterTheQuotation() throws {
        #expect(try Annotation.quotes("\"We are ready,\" Charles Michel said.")
                == ["direct: We are ready, | Charles Michel | said | Charles Michel"])
    }

    @Test func cueThenSpeakerAfterTheQuotation() throws {
        #expect(try Annotation.quotes("\"We are ready,\" said Charles Michel, the President of the European Council.")
                == ["direct: We are ready, | Charles Michel | said | Charles Michel"])
    }

    @Test func colonBeforeTheQuotation() throws {
        #expect(try Annotation.quotes("Charles Michel said: \"We are ready to talk.\"")
                == ["direct: We are ready to talk. | Charles Michel | said | Charles Michel"])
    }

    @Test func saidThatWithAQuotation() throws {
        #expect(try Annotation.quotes("Charles Michel said that \"the talks will resume soon.\"")
                == ["mixed: the talks will resume soon. | Charles Michel | said | Charles Michel"])
    }

    @Test func saidThatWithoutQuotationMarks() throws {
        #expect(try Annotation.quotes("Charles Michel said that the talks would resume in January.")
                == ["indirect: the talks would resume in January | Charles Michel | said | Charles Michel"])
    }

    @Test func accordingTo() throws {
        let text = "Baku and Yerevan issued a joint statement. The two countries \"will continue to discuss confidence-building measures,\" according to this document."
        #expect(try Annotation.quotes(text)
                == ["mixed: will continue to discuss confidence-building measures, | this document | according to | joint statement"])
    }

    @Test func accordingToAClauseWithoutMarks() throws {
        let text = "Baku and Yerevan issued a joint statement. Baku will free 32 prisoners of war, according to the statement."
        #expect(try Annotation.quotes(text)
                == ["indirect: Baku will free 32 prisoners of war | the statement | according to | joint statement"])
    }

    @Test func colonIntroductionInThePreviousParagraph() throws {
        #expect(try Annotation.quotes("Charles Michel told reporters on Thursday:\n\n\"We are ready to talk.\"")
                == ["direct: We are ready to talk. | Charles Michel | told | Charles Michel"])
    }

    /// A quotation interrupted by its attribution is one quote of two parts.
    @Test func attributionInTheMiddle() throws {
        #expect(try Annotation.quotes("\"We are ready,\" Charles Michel said, \"to talk about peace.\"")
                == ["direct: We are ready, … to talk about peace. | Charles Michel | said | Charles Michel"])
    }

    /// One that goes on in the next sentence with nothing but its attribution between is one
    /// quote too; one with words of the reporter's between, or another speaker, is not.
    @Test func quotationGoingOnAfterItsAttribution() throws {
        #expect(try Annotation.quotes("\"We are ready,\" Charles Michel told reporters in Brussels. \"We will talk.\"")
                == ["direct: We are ready, … We will talk. | Charles Michel | told | Charles Michel"])
        #expect(try Annotation.quotes("\"We are ready,\" Charles Michel said. The talks stalled. \"We will talk.\"").count == 2)
        #expect(try Annotation.quotes("\"We are ready,\" Charles Michel said. \"We are not,\" Ilham Aliyev said.")
                == ["direct: We are ready, | Charles Michel | said | Charles Michel",
                    "direct: We are not, | Ilham Aliyev | said | Ilham Aliyev"])
        // A new paragraph is a new quote, even continuing the same speaker.
        #expect(try Annotation.quotes("\"We are ready,\" Charles Michel said.\n\n\"We will talk.\"").count == 2)
    }

    @Test func speakerWithAnApposition() throws {
        let text = "\"We are ready,\" Charles Michel, the President of the European Council, said."
        #expect(try Annotation.quotes(text) == ["direct: We are ready, | Charles Michel | said | Charles Michel"])
    }

    @Test func appositionBeforeTheName() throws {
        let text = "On Thursday, the President of the European Council, Charles Michel, welcomed the deal, calling it \"an unprecedented opening\"."
        #expect(try Annotation.quotes(text)
                == ["mixed: an unprecedented opening | Charles Michel | calling | Charles Michel"])
    }

    @Test func possessorIsNotTheSpeaker() throws {
        #expect(try Annotation.quotes("\"We will appeal,\" Joe Biden's spokesman said.")
                == ["direct: We will appeal, | Joe Biden's spokesman | said | Joe Biden's spokesman"])
        #expect(try Annotation.quotes("\"We will appeal,\" Joe Biden's lawyer, John Doe, said.")
                == ["direct: We will appeal, | John Doe | said | John Doe"])
    }

    @Test func speakerWithATitle() throws {
        let text = "EU Council President Charles Michel praised the statement, calling it a \"key step\"."
        #expect(try Annotation.quotes(text) == ["mixed: key step | Charles Michel | calling | Charles Michel"])
    }

    @Test func pronounResolvesToTheLastPerson() throws {
        let text = "Charles Michel welcomed the deal on Thursday. \"It is a milestone,\" he added."
        #expect(try Annotation.quotes(text) == ["direct: It is a milestone, | he | added | Charles Michel"])
    }

    @Test func shortNameResolvesToTheFullName() throws {
        let text = "Charles Michel welcomed the deal on Thursday.\n\n\"It is a milestone,\" Michel said."
        #expect(try Annotation.quotes(text) == ["direct: It is a milestone, | Michel | said | Charles Michel"])
    }

    @Test func quotationWithoutCueContinuesTheSpeaker() throws {
        let text = "\"We are ready,\" Charles Michel said.\n\n\"We have waited for years.\""
        #expect(try Annotation.quotes(text)
                == ["direct: We are ready, | Charles Michel | said | Charles Michel",
                    "direct: We have waited for years. | Charles Michel | - | Charles Michel"])
    }

    @Test func quotationAfterASentenceAboutAPerson() throws {
        let text = "Charles Michel was defiant on Thursday. \"We will not back down.\""
        #expect(try Annotation.quotes(text) == ["direct: We will not back down. | Charles Michel | - | Charles Michel"])
    }

    @Test func documentAsSpeaker() throws {
        let text = "Baku and Yerevan issued a joint statement. \"The two countries reconfirm their intention to normalize relations,\" the statement said."
        #expect(try Annotation.quotes(text)
                == ["direct: The two countries reconfirm their intention to normalize relations, | the statement | said | joint statement"])
    }

    @Test func ministryAsSpeakerOfIndirectSpeech() throws {
        #expect(try Annotation.quotes("Armenia's foreign ministry said Yerevan had responded positively to the offer.")
                == ["indirect: Yerevan had responded positively to the offer | Armenia's foreign ministry | said | Armenia's foreign ministry"])
    }

    /// The gold decision: a reported clause holding a quotation is an indirect quote, and the
    /// quoted words a mixed quote inside it, credited alike.
    @Test func reportedClauseHoldingAQuotation() throws {
        let text = "Armenia's foreign ministry said Yerevan had \"responded positively to the offer\"."
        #expect(try Annotation.quotes(text)
                == ["indirect: Yerevan had \"responded positively to the offer\" | Armenia's foreign ministry | said | Armenia's foreign ministry",
                    "mixed: responded positively to the offer | Armenia's foreign ministry | said | Armenia's foreign ministry"])
    }

    @Test func coordinationKeepsTheOrderOfItsFirstMention() throws {
        let text = "Armenia and Azerbaijan met in Brussels. Azerbaijan and Armenia reaffirmed \"their intention to sign a peace agreement\"."
        #expect(try Annotation.quotes(text)
                == ["mixed: their intention to sign a peace agreement | Azerbaijan and Armenia | reaffirmed | Armenia and Azerbaijan"])
    }

    @Test func groupNounResolvesToTheCoordination() throws {
        let text = "Armenia and Azerbaijan met in Brussels. The two countries said they would exchange prisoners."
        #expect(try Annotation.quotes(text)
                == ["indirect: they would exchange prisoners | The two countries | said | Armenia and Azerbaijan"])
    }

    @Test func acronymResolvesToTheSpelledOutName() throws {
        let text = "The European Union mediated the talks. The deal was hailed by the EU as a \"breakthrough\"."
        #expect(try Annotation.quotes(text) == ["mixed: breakthrough | EU | hailed | European Union"])
    }

    @Test func itResolvesToTheSubjectCountry() throws {
        let text = "Azerbaijan refused to attend the talks, over what it said was Washington's \"biased\" position."
        #expect(try Annotation.quotes(text) == ["mixed: biased | it | said | Azerbaijan"])
    }

    @Test func agentlessPassiveHasNoSpeaker() throws {
        #expect(try Annotation.quotes("It was then announced that James O'Brien would visit Baku in December.")
                == ["indirect: James O'Brien would visit Baku in December | - | announced | -"])
    }

    @Test func reportedClauseEndsBeforeTheMedium() throws {
        let text = "Armenia and Azerbaijan said Thursday they would exchange prisoners of war, in a joint statement hailed by the EU."
        #expect(try Annotation.quotes(text)
                == ["indirect: they would exchange prisoners of war | Armenia and Azerbaijan | said | Armenia and Azerbaijan"])
    }

    @Test func nounObjectIsNotReportedSpeech() throws {
        #expect(try Annotation.quotes("Charles Michel welcomed this joint declaration and praised the statement on Thursday.").isEmpty)
        #expect(try Annotation.quotes("Armenia and Azerbaijan agreed to exchange prisoners of war.").isEmpty)
    }

    /// A tagger may run an organization on over a title into the person's name; the speaker is
    /// the name after the title. One word after a title stays the entity's ("General Motors").
    @Test func aNameAfterATitleInsideOneEntityIsThePerson() throws {
        func speaker(_ text: String, organization words: String) throws -> String? {
            var document = try OddLayerTests.tokenized(text)
            let tokens = document.tokens.map { String(document.sourceText($0.span)) }
            let first = try #require(tokens.firstIndex(of: String(words.split(separator: " ")[0])))
            document.entities = [Entity(tokens: first..<first + words.split(separator: " ").count, type: .organization)]
            try QuoteAttributor().process(&document)
            return Annotation.text(document.quotes.first?.speaker, in: document)
        }
        #expect(try speaker("JPMorgan Chase CEO Jamie Dimon warned of \"storm clouds\" ahead.",
                            organization: "JPMorgan Chase CEO Jamie Dimon") == "Jamie Dimon")
        #expect(try speaker("\"People are scared,\" said the Rev. Al Sharpton.", organization: "Rev. Al Sharpton") == "Al Sharpton")
        #expect(try speaker("\"Sales will rise,\" General Motors said.", organization: "General Motors") == "General Motors")
    }
}
