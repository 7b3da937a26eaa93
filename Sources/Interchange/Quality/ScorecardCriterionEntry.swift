import Quality

/// One criterion of a scorecard file section.
///
/// ```yaml
/// - id: verify-identity
///   label: Verified identity before disclosing or changing account information
///   translations: { lt: Patikrino tapatybę …, nb: Bekreftet identiteten … }
///   guidance: Two identifiers confirmed before any account detail was read out or changed.
///   type: yes-no                      # yes-no | scale (with points) | choice (with choices)
///   weight: 2                         # default 1
///   na_allowed: false                 # default false
///   critical: { class: compliance, effect: fail-evaluation }
/// - id: went-extra-mile
///   label: Went the extra mile
///   type: yes-no
///   bonus_points: 2                   # a bonus criterion: adds points, may be left unanswered
/// ```
///
/// `points` belong to scales and `choices` to choice criteria only: either on another type is
/// refused rather than ignored, since it usually means the type is wrong.
struct ScorecardCriterionEntry: Decodable {
    let criterion: Criterion

    enum CodingKeys: String, CodingKey {
        case id, label, translations, guidance, type, points, choices, weight, critical
        case naAllowed = "na_allowed"
        case bonusPoints = "bonus_points"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        let translations = try container.decodeIfPresent(ScorecardTranslations.self, forKey: .translations)
        let label = TranslatedText(try container.decode(String.self, forKey: .label), translations: translations?.byLanguage ?? [:])
        let type = try container.decode(ScorecardCriterionType.self, forKey: .type)
        let kind: CriterionKind
        switch type {
        case .yesNo:
            try Self.refuse(.points, .choices, for: type, in: container)
            kind = .yesNo
        case .scale:
            try Self.refuse(.choices, for: type, in: container)
            kind = .scale(try container.decode([ScorecardScalePointEntry].self, forKey: .points).map(\.point))
        case .choice:
            try Self.refuse(.points, for: type, in: container)
            kind = .multipleChoice(try container.decode([ScorecardChoiceEntry].self, forKey: .choices).map(\.choice))
        }
        criterion = Criterion(id: id, label: label,
                              guidance: try container.decodeIfPresent(ScorecardTextEntry.self, forKey: .guidance)?.text,
                              kind: kind,
                              weight: try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1,
                              naAllowed: try container.decodeIfPresent(Bool.self, forKey: .naAllowed) ?? false,
                              critical: try container.decodeIfPresent(ScorecardCriticalEntry.self, forKey: .critical)?.rule,
                              bonusPoints: try container.decodeIfPresent(Double.self, forKey: .bonusPoints))
    }

    /// Throws at the first of `keys` present: a list that the criterion's type has no use for.
    private static func refuse(_ keys: CodingKeys..., for type: ScorecardCriterionType,
                               in container: KeyedDecodingContainer<CodingKeys>) throws {
        for key in keys where container.contains(key) {
            let owner = key == .points ? "type: scale" : "type: choice"
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription:
                "'\(key.rawValue)' is only for \(owner); this criterion is type: \(type.rawValue)")
        }
    }
}
