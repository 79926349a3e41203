import Byline
import Testing

/// A third held-out table (session 9): 80 news sentences written for the number forms of
/// issue 10 and for percentages, ordinals, ranges and currencies, in phrasings the other two
/// tables do not use (other units and currencies, the number at the sentence's start,
/// capitalized, next to parentheses and commas, "between X and Y", "X to Y", "X-Y", negative
/// values, "per cent"). The sentences and their expected mentions were written and committed
/// before the stage was run on them (commit 9f7db88); the first run passed 75 of 80 (93.8%),
/// missing "7 thousand and 12", "one fiftieth", "the one thousandth visitor", "3 to 5 percent"
/// and "3,50 €". Format and scoring as in `HeldOutTests`; the test fails below 90%.
@Suite struct HeldOutNewsNumbersTests {
    /// `"<span>=<value>"` per mention, in text order.
    static let cases: [HeldOutTests.Case] = [
        // Scale words with fractions.
        ("Half a million litres of water were lost.", ["Half a million=500000"]),
        ("The airline carried half million passengers on the new route.", ["half million=500000"]),
        ("Nearly a quarter million homes lost power.", ["Nearly a quarter million=250000"]),
        ("Donors pledged two million and a half for the clinic.", ["two million and a half=2500000"]),
        ("The deficit widened by 7 billion and a quarter.", ["7 billion and a quarter=7250000000"]),
        ("Ten million and three quarters tonnes of grain were shipped.", ["Ten million and three quarters=10750000"]),
        // Suffix abbreviations.
        ("The club paid €45M for the striker.", ["€45M=45000000"]),
        ("Analysts see a $2.5MM shortfall.", ["$2.5MM=2500000"]),
        ("The clip passed 5mil views (a record).", ["5mil=5000000"]),
        ("Russia's reserves fell by 20 bln dollars.", ["20 bln dollars=20000000000"]),
        ("China's lending reached 3.2 tln yuan, officials said.", ["3.2 tln yuan=3200000000000"]),
        ("The petition has 4.5 k signatures.", ["4.5 k=4500"]),
        ("Net flows were -2.5 k, the data showed.", ["-2.5 k=-2500"]),
        ("Bonuses totalled 850K euros.", ["850K euros=850000"]),
        // Thousands grouped by spaces and apostrophes.
        ("A crowd of 65 000 filled the stadium.", ["65 000=65000"]),
        ("Nearly 120\u{00A0}000 tickets were sold.", ["Nearly 120\u{00A0}000=120000"]),
        ("The prize is €25\u{202F}000.", ["€25\u{202F}000=25000"]),
        ("About 7\u{2009}500 jobs will go.", ["About 7\u{2009}500=7500"]),
        ("Rents average CHF 2'400 in Zurich.", ["CHF 2'400=2400"]),
        ("The canton has 1'550'000 residents.", ["1'550'000=1550000"]),
        // Decimal commas.
        ("The contract is worth €3.450,75.", ["€3.450,75=3450.75"]),
        ("Fines totalled 12.345,60 euros.", ["12.345,60 euros=12345.6"]),
        ("Inflation slowed to 2,3% in the euro zone.", ["2,3%=2.3"]),
        ("The rate was cut to 3,75 per cent.", ["3,75 per cent=3.75"]),
        // Dozens and digits among scale words.
        ("Four dozen eggs were broken.", ["Four dozen=48"]),
        ("The survey reached 2 thousand 5 hundred households.", ["2 thousand 5 hundred=2500"]),
        ("Tickets cost 1 hundred and 50 rupees.", ["1 hundred and 50 rupees=150"]),
        ("The ministry received 7 thousand and 12 letters.", ["7 thousand and 12=7012"]),
        // Indian numbering.
        ("The flood displaced 2.5 lakh people.", ["2.5 lakh=250000"]),
        ("The project costs Rs 450 crore.", ["Rs 450 crore=4500000000"]),
        ("Tax dues stood at 3,45,67,890.", ["3,45,67,890=34567890"]),
        ("The scheme gets two lakh crore rupees.", ["two lakh crore rupees=2000000000000"]),
        ("Seven crore voters are registered in the state.", ["Seven crore=70000000"]),
        ("Bids ranged from ₹5 lakh to ₹8 lakh.", ["from ₹5 lakh to ₹8 lakh=500000..800000"]),
        // Whole parts with fractions, "over", "out of", ordinal denominators.
        ("The well is ten and three quarters metres deep.", ["ten and three quarters=10.75"]),
        ("Prices climbed by one and seven tenths.", ["one and seven tenths=1.7"]),
        ("Three out of four analysts expect a cut.", ["Three out of four=0.75"]),
        ("The odds are two over five, bookmakers say.", ["two over five=0.4"]),
        ("Only 7 out of 12 jurors agreed.", ["7 out of 12=7/12"]),
        ("Roughly one fiftieth of the forest burned.", ["Roughly one fiftieth=0.02"]),
        ("Only a millionth of the samples were contaminated.", ["a millionth=0.000001"]),
        ("Seven sixteenths of the seats went to the opposition.", ["Seven sixteenths=0.4375"]),
        // Vulgar fractions.
        ("Shares rose ¼ after the report.", ["¼=0.25"]),
        ("The parcel weighs 1¾ kilos.", ["1¾=1.75"]),
        ("Only ⅔ of the seats were filled.", ["⅔=2/3"]),
        ("The rent rose 4½ per cent.", ["4½ per cent=4.5"]),
        // Spelled decimals and scientific notation.
        ("The rate fell to zero point seven five.", ["zero point seven five=0.75"]),
        ("Growth was revised to one point two.", ["one point two=1.2"]),
        ("Nought point five per cent of voters spoiled their ballots.", ["Nought point five per cent=0.5"]),
        ("The star is 4.2e3 light years away.", ["4.2e3=4200"]),
        ("The cell count was 2.5x10^9 per litre.", ["2.5x10^9=2500000000"]),
        ("The error rate was 1.5×10⁻³.", ["1.5×10⁻³=0.0015"]),
        // Spaced signs and hyphens.
        ("Temperatures fell to - 7 overnight.", ["- 7=-7"]),
        ("Thirty - five villages were flooded.", ["Thirty - five=35"]),
        // Ordinals, also counted from the end.
        ("Her horse came in last but two.", ["last but two=-3"]),
        ("He was the third to last speaker.", ["third to last=-3"]),
        ("Second-to-last place went to Italy.", ["Second-to-last=-2"]),
        ("She placed 43rd out of 90 runners.", ["43rd=43", "90=90"]),
        ("It was the club's twenty-third title.", ["twenty-third=23"]),
        ("Tenth seed Ruud lost in the first round.", ["Tenth=10", "first=1"]),
        ("The one thousandth visitor got a prize.", ["one thousandth=1000"]),
        // Percentages.
        ("Turnout dropped to 61.4 per cent (from 66 per cent).", ["61.4 per cent=61.4", "66 per cent=66"]),
        ("Sixty-two percent of respondents agreed.", ["Sixty-two percent=62"]),
        ("Output growth was -1.5%, the agency said.", ["-1.5%=-1.5"]),
        ("Support fell between 4 and 6 per cent.", ["between 4 and 6 per cent=4..6"]),
        ("Yields rose 10-15% (in dollar terms).", ["10-15%=10..15"]),
        ("Prices could rise 3 to 5 percent.", ["3 to 5 percent=3..5"]),
        ("Fares rose by 15–20 per cent.", ["15-20 per cent=15..20"]),
        // Ranges.
        ("Between 300 and 400 migrants arrived.", ["Between 300 and 400=300..400"]),
        ("The tanks hold 20,000-25,000 litres.", ["20,000-25,000=20000..25000"]),
        ("Losses of $40 million to $60 million are expected.", ["$40 million to $60 million=40000000..60000000"]),
        ("Temperatures ranged from -5 to 3 degrees.", ["from -5 to 3=-5..3"]),
        // Currencies and a number at the sentence's start.
        ("The fine was 250,000 Swiss francs.", ["250,000 Swiss francs=250000"]),
        ("The mine sold for A$1.2 billion.", ["A$1.2 billion=1200000000"]),
        ("The fare is 3,50 € (about $3.80).", ["3,50 €=3.5", "about $3.80=3.8"]),
        ("The club spent £1.25m (€1.45m) on him.", ["£1.25m=1250000", "€1.45m=1450000"]),
        ("40,000 people marched in Lisbon.", ["40,000=40000"]),
        // Not numbers.
        ("The A-10 and the Su-25 were grounded.", []),
        ("He wore the No. 10 shirt.", []),
        ("Dial 0800 555 0199 for help.", []),
    ]

    @Test func heldOutNewsNumberSentencesPass() throws {
        try HeldOutTests.check(Self.cases, table: "held-out news numbers table", minimumCount: 80)
    }
}
