import Quality

/// One section of a scorecard file.
///
/// ```yaml
/// - id: greeting-verification
///   title: Greeting and verification
///   translations: { lt: Pasisveikinimas ir tapatybės patikrinimas, lv: …, hr: …, nb: … }
///   weight: 2                         # relative to the other sections; default 1
///   criteria: [ … ]                   # see ScorecardCriterionEntry
/// ```
struct ScorecardSectionEntry: Decodable {
    let section: ScorecardSection

    enum CodingKeys: String, CodingKey {
        case id, title, translations, weight, criteria
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let translations = try container.decodeIfPresent(ScorecardTranslations.self, forKey: .translations)
        section = ScorecardSection(
            id: try container.decode(String.self, forKey: .id),
            title: TranslatedText(try container.decode(String.self, forKey: .title), translations: translations?.byLanguage ?? [:]),
            weight: try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1,
            criteria: try container.decode([ScorecardCriterionEntry].self, forKey: .criteria).map(\.criterion))
    }
}
