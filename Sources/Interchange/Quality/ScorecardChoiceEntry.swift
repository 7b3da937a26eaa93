import Quality

/// One answer of a choice criterion: `- { id: wrong, label: Wrong information, points: 0, fails_critical: true }`.
struct ScorecardChoiceEntry: Decodable {
    let choice: Choice

    enum CodingKeys: String, CodingKey {
        case id, label, translations, points
        case failsCritical = "fails_critical"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let translations = try container.decodeIfPresent(ScorecardTranslations.self, forKey: .translations)
        choice = Choice(id: try container.decode(String.self, forKey: .id),
                        label: TranslatedText(try container.decode(String.self, forKey: .label),
                                              translations: translations?.byLanguage ?? [:]),
                        points: try container.decode(Double.self, forKey: .points),
                        failsCritical: try container.decodeIfPresent(Bool.self, forKey: .failsCritical) ?? false)
    }
}
