import Quality

/// A longer scorecard text (`description`, `guidance`): a plain string, or the text with its
/// translations.
///
/// ```yaml
/// guidance: Yes when the agent confirmed two identifiers before discussing the account.
/// guidance:
///   text: Yes when the agent confirmed two identifiers before discussing the account.
///   translations: { nb: Ja når agenten bekreftet to kjennetegn før kontoen ble diskutert. }
/// ```
struct ScorecardTextEntry: Decodable {
    let text: TranslatedText

    enum CodingKeys: String, CodingKey {
        case text, translations
    }

    init(from decoder: any Decoder) throws {
        // A mapping is the long form; anything else must be the plain string.
        if let container = try? decoder.container(keyedBy: CodingKeys.self) {
            let text = try container.decode(String.self, forKey: .text)
            let translations = try container.decodeIfPresent(ScorecardTranslations.self, forKey: .translations)
            self.text = TranslatedText(text, translations: translations?.byLanguage ?? [:])
        } else {
            text = TranslatedText(try decoder.singleValueContainer().decode(String.self))
        }
    }
}
