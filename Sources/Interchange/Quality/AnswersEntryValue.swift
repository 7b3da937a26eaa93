import Quality

/// Decodes one ``AnswersEntry`` value (short or long form); the criterion id is the key above it.
struct AnswersEntryValue: Decodable {
    let text: String?
    let comment: String?
    let evidence: [Evidence]

    enum CodingKeys: String, CodingKey {
        case value, comment, evidence
    }

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: CodingKeys.self) {
            text = try Self.answerText(try container.superDecoder(forKey: .value))
            comment = try container.decodeIfPresent(String.self, forKey: .comment)
            evidence = try container.decodeIfPresent([AnswersEvidenceEntry].self, forKey: .evidence)?.map(\.evidence) ?? []
        } else {
            text = try Self.answerText(decoder)
            comment = nil
            evidence = []
        }
    }

    /// The scalar answer; nil when empty (`~`).
    private static func answerText(_ decoder: any Decoder) throws -> String? {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { return nil }
        do {
            return try container.decode(String.self)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription:
                "expected an answer (yes, no, n/a, a scale value or a choice id), or a mapping with value, comment and evidence"))
        }
    }
}
