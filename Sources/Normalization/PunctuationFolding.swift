/// Typographic punctuation folded to the ASCII forms CoNLL-2003 and the Penn Treebank use,
/// so later stages test one byte instead of a dozen code points. The source keeps the
/// original characters, and every output span is taken from the source.
enum PunctuationFolding {
    static func folded(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC: return "'"      // ‘ ’ ‚ ‛ ʼ
        case 0x201C, 0x201D, 0x201E, 0x201F: return "\""             // “ ” „ ‟
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212: return "-"      // hyphens, figure and en dash, minus
        case 0x2014, 0x2015: return "--"                             // em dash, horizontal bar: CoNLL writes "--"
        case 0x2026: return "..."                                    // …
        default: return nil
        }
    }
}
