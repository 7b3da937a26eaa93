import Quality

/// One point of a scale criterion: `- { value: 2, label: Greeted by name, translations: {…} }`.
struct ScorecardScalePointEntry: Decodable {
    let point: ScalePoint

    enum CodingKeys: String, CodingKey {
        case value, label, translations
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let translations = try container.decodeIfPresent(ScorecardTranslations.self, forKey: .translations)
        point = ScalePoint(value: try container.decode(Int.self, forKey: .value),
                           label: TranslatedText(try container.decode(String.self, forKey: .label),
                                                 translations: translations?.byLanguage ?? [:]))
    }
}
