/// The `answers:` mapping of an answers file, criterion id → answer, in the order written.
struct AnswersEntryList: Decodable {
    let entries: [AnswersEntry]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FieldCodingKey.self)
        entries = try container.allKeys.map { key in
            let value = try container.decode(AnswersEntryValue.self, forKey: key)
            return AnswersEntry(criterionID: key.stringValue, text: value.text, comment: value.comment, evidence: value.evidence)
        }
    }
}
