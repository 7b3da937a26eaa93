import Quality

/// The `translations:` of a scorecard text: language code → text.
///
/// ```yaml
/// translations: { lt: Pasisveikinimas ir tapatybės patikrinimas, nb: Hilsen og identitetskontroll }
/// ```
///
/// Codes are kept as written here and normalised by ``Quality/TranslatedText`` (`LT_lt` →
/// `lt-LT`); two spellings of one code (`lt` and `LT`) would silently lose one text, so they are
/// refused. Malformed codes and empty texts are left to the scorecard's validation, which
/// reports them all at once.
struct ScorecardTranslations: Decodable {
    let byLanguage: [String: String]

    init(from decoder: any Decoder) throws {
        let written = try decoder.singleValueContainer().decode([String: String].self)
        var firstSpelling: [String: String] = [:]
        for code in written.keys.sorted() {
            let normalised = Self.normalised(code)
            if let first = firstSpelling[normalised] {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath + [FieldCodingKey(stringValue: code)],
                    debugDescription: "'\(code)' and '\(first)' are the same language (\(normalised)); keep one"))
            }
            firstSpelling[normalised] = code
        }
        byLanguage = written
    }

    /// The code as ``Quality/TranslatedText`` stores it (`nb_no` → `nb-NO`).
    static func normalised(_ code: String) -> String {
        // TranslatedText owns the rule; asking it keeps the two from drifting apart.
        TranslatedText("", translations: [code: ""]).translations.keys.first ?? code
    }
}
