import Foundation

/// Folds names for matching: case, diacritics, width, hyphens and runs of spaces do not count.
enum TextFolding {
    /// `"  Bank-Tellér "` → `"bank teller"`.
    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "_" }).joined(separator: " ")
    }
}
