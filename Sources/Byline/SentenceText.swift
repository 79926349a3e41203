/// A sentence as one line of text: internal whitespace runs (newlines too) become one space.
public enum SentenceText {
    public static func collapsed<S: StringProtocol>(_ text: S) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
