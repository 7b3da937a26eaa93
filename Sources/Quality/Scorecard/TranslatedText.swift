import CivilTime

/// A text written in the scorecard's own language, with translations by language code.
///
/// ```swift
/// let title = TranslatedText("Verify identity", translations: ["lt": "Patikrinti tapatybę"])
/// title.text(for: "lt-LT")   // "Patikrinti tapatybę" (language match)
/// title.text(for: "hr")      // "Verify identity" (the original)
/// ```
///
/// Language codes are normalised by `LanguageTag` (`LT_lt` → `lt-LT`). The fallback order is: the exact code,
/// then its bare language, then any region of it, then the other Norwegian codes for
/// `nb`/`no`/`nn`, then the original text. Named apart from Organization's `LocalizedText`
/// because Quality stands alone and the CLI imports both.
public struct TranslatedText: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The text as the scorecard's author wrote it (English in the shipped cards).
    public var text: String
    /// Translations by normalised language code (`lt`, `nb-NO`); kept as given, empty ones
    /// included, so validation can point at them.
    public var translations: [String: String]

    public init(_ text: String, translations: [String: String] = [:]) {
        self.text = text
        var normalised: [String: String] = [:]
        for (code, translated) in translations {
            normalised[LanguageTag.normalised(code)] = translated
        }
        self.translations = normalised
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(String(stringInterpolation: stringInterpolation))
    }

    /// The best text for `language` by the fallback order; never empty when `text` is not.
    public func text(for language: String) -> String {
        let wanted = LanguageTag.normalised(language)
        if let exact = nonEmpty(wanted) { return exact }
        let bare = LanguageTag.language(of: wanted)
        if let match = text(inLanguage: bare) { return match }
        let norwegian = ["nb", "no", "nn"]
        if norwegian.contains(bare) {
            for code in norwegian where code != bare {
                if let match = text(inLanguage: code) { return match }
            }
        }
        return text
    }

    /// The original text.
    public var description: String { text }

    private func nonEmpty(_ code: String) -> String? {
        guard let value = translations[code], !value.isEmpty else { return nil }
        return value
    }

    private func text(inLanguage language: String) -> String? {
        if let match = nonEmpty(language) { return match }
        let prefix = language + "-"
        return translations.keys.filter { $0.hasPrefix(prefix) }.sorted().lazy.compactMap { nonEmpty($0) }.first
    }


    /// True for `en`, `lt`, `nb-NO`, `sr-Latn-RS`: a 2–3 letter language and optional subtags.
    static func isValidCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
