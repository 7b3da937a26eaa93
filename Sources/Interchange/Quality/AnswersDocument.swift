import Quality

/// The top level of an answers file, decoded as written, with the place of every node.
///
/// ```yaml
/// scorecard: voice-call              # the scorecard key
/// version: 1                         # optional: refuse other versions
/// interaction: { id: call-88123, channel: voice, date: 2026-11-23, start: "09:14", duration: "06:52" }
/// answers:
///   greeting: 2
///   verify-identity: yes
/// ```
struct AnswersDocument: Decodable {
    let scorecardKey: String
    let scorecardVersion: Int?
    let interaction: InteractionReference?
    let entries: [AnswersEntry]
    let index: YAMLNodeIndex

    enum CodingKeys: String, CodingKey {
        case scorecard, version, interaction, answers
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        scorecardKey = try container.decode(String.self, forKey: .scorecard)
        scorecardVersion = try container.decodeIfPresent(Int.self, forKey: .version)
        interaction = try container.decodeIfPresent(AnswersInteractionEntry.self, forKey: .interaction)?.interaction
        entries = try container.decode(AnswersEntryList.self, forKey: .answers).entries
        index = YAMLNodeIndex(decoder)
    }
}
