import Foundation

/// BCP 47 language tags in one spelling, so `lt_lt`, `LT-lt` and ` lt-LT ` all find the same
/// translation: the key of Organization's `LocalizedText` and Quality's `TranslatedText`.
///
/// ```swift
/// LanguageTag.normalised("LT_lt")        // "lt-LT"
/// LanguageTag.normalised("sr_latn_rs")   // "sr-Latn-RS"
/// LanguageTag.language(of: "nb-NO")      // "nb"
/// ```
///
/// The case conventions are those of RFC 5646 §2.1.1: language lower case, four-letter script
/// title case, two-letter region upper case; other subtags (three-digit regions, variants) lower
/// case. Underscores (POSIX locale names) and spaces separate subtags like hyphens.
public enum LanguageTag {
    /// The tag in canonical case with hyphens; "" when there is no subtag at all.
    public static func normalised(_ tag: String) -> String {
        let parts = tag.trimmingCharacters(in: .whitespaces)
            .split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        guard let language = parts.first else { return "" }
        var result = [language.lowercased()]
        for part in parts.dropFirst() {
            switch part.count {
            case 2: result.append(part.uppercased())
            case 4: result.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            default: result.append(part.lowercased())
            }
        }
        return result.joined(separator: "-")
    }

    /// The primary language subtag of a normalised tag: `lt` for `lt-LT`.
    public static func language(of normalisedTag: String) -> String {
        String(normalisedTag.prefix { $0 != "-" })
    }
}
