public import Quality

/// A scorecard text in JSON: the original, its translations, and the text in the language asked
/// for (`--language`), so scripts need not repeat the fallback rules.
///
/// ```json
/// { "text": "Greeting and verification", "translations": { "lt": "Pasisveikinimas ir tapatybės patikrinimas" }, "localized": "…" }
/// ```
///
/// Language codes are written in lower case (`nb-no`): on some platforms the snake_case key
/// conversion of ``JSONOutput`` also rewrites dictionary keys, which would turn `nb-NO` into
/// `nb-_n_o`; BCP 47 codes ignore case, so lower case reads the same everywhere.
public struct QaTextReport: Encodable {
    public let text: String
    public let translations: [String: String]
    public let localized: String?

    public init(_ text: TranslatedText, language: String?) {
        self.text = text.text
        var lowered: [String: String] = [:]
        for (code, translated) in text.translations { lowered[code.lowercased()] = translated }
        translations = lowered
        localized = language.map { text.text(for: $0) }
    }

    public enum CodingKeys: String, CodingKey { case text, translations, localized }

    // `localized` is null without --language rather than missing, so every text has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(translations, forKey: .translations)
        try container.encode(localized, forKey: .localized)
    }
}
