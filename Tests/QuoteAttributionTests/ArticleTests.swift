import Byline
import Testing
import TestSupport

/// A whole wire story: attributions after and before quotations, a speaker carried to the
/// next quotation, pronouns, a quotation over two paragraphs, reported clauses holding quoted
/// words, and `according to`.
@Suite struct ArticleTests {
    static let article = """
WASHINGTON (AP) — President Joe Biden on Tuesday urged Congress to pass a bipartisan border bill, saying the country could not “afford to wait any longer.”

“We have a crisis at the border,” Biden said in remarks at the White House. “It’s time to act.”

Republicans, however, have signaled they will block the measure. House Speaker Mike Johnson called the bill “dead on arrival” and said it would “do nothing to secure the border.”

“The president has the authority to act today,” Johnson told reporters. “He doesn’t need new legislation.”

White House press secretary Karine Jean-Pierre pushed back on that claim during her daily briefing.

“That’s simply not true,” she said. “The president has done everything he can.”

Sen. Kyrsten Sinema, an independent from Arizona who helped negotiate the deal, said she was “disappointed but not surprised.”

“I’ve spent four months on this,” Sinema said. “I’m not going to stop now.

“We owe it to the American people,” she added.

According to a Senate aide, the vote is expected next week.
"""

    @Test func wireStory() throws {
        let lines = try Annotation.quotes(Self.article).map { $0.replacingOccurrences(of: "\n", with: " ") }
        let expected = [
            "indirect: the country could not “afford to wait any longer.” | Joe Biden | saying | Joe Biden",
            "mixed: afford to wait any longer. | Joe Biden | saying | Joe Biden",
            "direct: We have a crisis at the border, … It’s time to act. | Biden | said | Joe Biden",
            "indirect: they will block the measure | Republicans | signaled | Republicans",
            "mixed: dead on arrival | Mike Johnson | called | Mike Johnson",
            "indirect: it would “do nothing to secure the border.” | Mike Johnson | said | Mike Johnson",
            "mixed: do nothing to secure the border. | Mike Johnson | said | Mike Johnson",
            "direct: The president has the authority to act today, … He doesn’t need new legislation. | Johnson | told | Mike Johnson",
            "direct: That’s simply not true, … The president has done everything he can. | she | said | Karine Jean-Pierre",
            "indirect: she was “disappointed but not surprised.” | Kyrsten Sinema | said | Kyrsten Sinema",
            "mixed: disappointed but not surprised. | Kyrsten Sinema | said | Kyrsten Sinema",
            "direct: I’ve spent four months on this, | Sinema | said | Kyrsten Sinema",
            "direct: I’m not going to stop now.  “We owe it to the American people, | she | added | Kyrsten Sinema",
            "indirect: the vote is expected next week | a Senate aide | According to | Senate aide",
        ]
        expectSameLines(lines.joined(separator: "\n"), expected.joined(separator: "\n"), "quotes of the wire story")
    }
}
