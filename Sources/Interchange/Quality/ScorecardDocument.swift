import Quality

/// The top level of a scorecard file, decoded as written (before validation), with the place of
/// every node so validation problems can be located afterwards.
///
/// ```yaml
/// key: voice-call
/// version: 1
/// status: published                  # draft (default) | published | retired
/// title: Voice call
/// translations: { lt: Telefono skambutis, lv: Telefona zvans, hr: Telefonski poziv, nb: Telefonsamtale }
/// description: Inbound service calls.   # or { text: …, translations: {…} }
/// channels: [voice]                  # voice, email, chat, letter, fax, in-person
/// pass_mark: 80                      # percent; optional
/// sections: [ … ]                    # see ScorecardSectionEntry
/// ```
struct ScorecardDocument: Decodable {
    let scorecard: Scorecard
    let index: YAMLNodeIndex

    enum CodingKeys: String, CodingKey {
        case key, version, status, title, translations, description, channels, sections
        case passMark = "pass_mark"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let translations = try container.decodeIfPresent(ScorecardTranslations.self, forKey: .translations)
        scorecard = Scorecard(
            key: try container.decode(String.self, forKey: .key),
            version: try container.decode(Int.self, forKey: .version),
            status: try container.decodeIfPresent(ScorecardStatus.self, forKey: .status) ?? .draft,
            title: TranslatedText(try container.decode(String.self, forKey: .title), translations: translations?.byLanguage ?? [:]),
            description: try container.decodeIfPresent(ScorecardTextEntry.self, forKey: .description)?.text,
            channels: Set(try container.decode([InteractionChannel].self, forKey: .channels)),
            sections: try container.decode([ScorecardSectionEntry].self, forKey: .sections).map(\.section),
            passMark: try container.decodeIfPresent(Double.self, forKey: .passMark))
        index = YAMLNodeIndex(decoder)
    }
}
