import Quality

/// One piece of evidence behind an answer: a moment in the recording or words quoted.
///
/// ```yaml
/// evidence:
///   - timestamp: "00:03:15"          # HH:MM:SS, MM:SS or seconds from the start
///   - quote: "I can't see your account without your date of birth."
/// ```
struct AnswersEvidenceEntry: Decodable {
    let evidence: Evidence

    enum CodingKeys: String, CodingKey {
        case timestamp, quote
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch (container.contains(.timestamp), container.contains(.quote)) {
        case (true, false):
            let text = try container.decode(String.self, forKey: .timestamp)
            guard let seconds = AnswersClockText.seconds(text) else {
                throw DecodingError.dataCorruptedError(forKey: .timestamp, in: container, debugDescription:
                    "expected a time in the recording such as 00:03:15, 3:15 or 195 (seconds), found '\(text)'")
            }
            evidence = .timestamp(seconds: seconds)
        case (false, true):
            evidence = .quote(try container.decode(String.self, forKey: .quote))
        case (true, true):
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription:
                "one piece of evidence is a timestamp or a quote, not both; list them as two entries"))
        case (false, false):
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription:
                "evidence needs a timestamp (\"00:03:15\") or a quote"))
        }
    }
}
