/// The feature groups a model uses, stored in the model file so tagging extracts exactly the
/// features the model was trained with. Groups can be left out in training to measure what
/// each contributes (`byline train ner --without ...`).
public struct FeatureSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The word, its lowercase form, prefixes and suffixes.
    public static let lexical = FeatureSet(rawValue: 1)
    /// Word shapes of the token and its neighbours.
    public static let shape = FeatureSet(rawValue: 2)
    /// Two words each side, and word bigrams.
    public static let window = FeatureSet(rawValue: 4)
    /// Word clusters of the token and its neighbours.
    public static let clusters = FeatureSet(rawValue: 8)
    /// Name-list matches of the token and its neighbours.
    public static let gazetteer = FeatureSet(rawValue: 16)
    /// How the word is written elsewhere in the document, and how it was tagged earlier.
    public static let document = FeatureSet(rawValue: 32)
    /// A document written in one case (no capital letter, or no lowercase one) gets features
    /// of its own, learnt from recased copies of the training documents (`byline train ner
    /// --recased`): text in normal case is tagged by exactly the features it had without.
    public static let casing = FeatureSet(rawValue: 64)

    public static let all: FeatureSet = [.lexical, .shape, .window, .clusters, .gazetteer, .document]

    public static let names: [(String, FeatureSet)] = [
        ("lexical", .lexical), ("shape", .shape), ("window", .window), ("clusters", .clusters),
        ("gazetteer", .gazetteer), ("document", .document), ("casing", .casing),
    ]
}
