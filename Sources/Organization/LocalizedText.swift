import CivilTime
import Foundation

/// A name in several languages, with a predictable fallback when a language is missing.
///
/// ```swift
/// let name = LocalizedText(["en": "Senior Agent", "lt": "Vyresnysis konsultantas"])
/// name.text(for: "lt-LT")   // "Vyresnysis konsultantas" (language match)
/// name.text(for: "hr")      // "Senior Agent" (English fallback)
/// ```
///
/// Locale identifiers are normalised by `LanguageTag` (`lt_lt` → `lt-LT`). The fallback order is: the exact
/// locale, then its language (bare, then any region of it), then the other Norwegian codes for
/// `no`/`nb`/`nn`, then English, then the alphabetically first translation.
public struct LocalizedText: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByDictionaryLiteral {
    /// Texts by normalised locale identifier (`en`, `lt`, `nb-NO`).
    public private(set) var translations: [String: String]

    /// Translations keyed by locale identifier; empty texts are dropped.
    public init(_ translations: [String: String]) {
        var normalised: [String: String] = [:]
        for (locale, text) in translations where !text.isEmpty {
            normalised[LanguageTag.normalised(locale)] = text
        }
        self.translations = normalised
    }

    /// A text known only in English.
    public init(english: String) {
        self.init(["en": english])
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    public var isEmpty: Bool { translations.isEmpty }

    /// The locales with a translation, sorted.
    public var locales: [String] { translations.keys.sorted() }

    /// The best text for `locale` by the fallback order; nil only when there is no text at all.
    public func text(for locale: String) -> String? {
        let wanted = LanguageTag.normalised(locale)
        if let exact = translations[wanted] { return exact }
        let language = LanguageTag.language(of: wanted)
        if let match = text(inLanguage: language) { return match }
        let norwegian = ["nb", "no", "nn"]
        if norwegian.contains(language) {
            for code in norwegian where code != language {
                if let match = text(inLanguage: code) { return match }
            }
        }
        if let english = text(inLanguage: "en") { return english }
        return translations.min { $0.key < $1.key }?.value
    }

    /// The text for the bare language (`lt`), else for its first regional variant (`lt-LT`).
    private func text(inLanguage language: String) -> String? {
        if let match = translations[language] { return match }
        let prefix = language + "-"
        return translations.filter { $0.key.hasPrefix(prefix) }.min { $0.key < $1.key }?.value
    }

    /// Adds or replaces the text for one locale.
    public mutating func set(_ text: String, for locale: String) {
        translations[LanguageTag.normalised(locale)] = text.isEmpty ? nil : text
    }

    /// The English text (or the fallback), for logs.
    public var description: String { text(for: "en") ?? "" }

    /// `en=Agent; lt=Konsultantas`, in locale order: a stable rendering for diffs.
    var listing: String {
        locales.map { "\($0)=\(translations[$0]!)" }.joined(separator: "; ")
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String: String].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(translations)
    }
}
