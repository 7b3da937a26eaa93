import Foundation

// Small domain-shaped types for the YAML and JSON tests: a QA scorecard like the ones in
// `scorecards/*.yaml`, plus types whose `init(from:)` enforces a rule.

enum Channel: String, Codable, CaseIterable {
    case voice, chat, email
}

struct Scorecard: Codable, Equatable {
    var id: String
    var version: Int
    var title: String?
    var channel: Channel
    var labels: [String: String]?
    var sections: [Section]
    var retired: Bool?
}

struct Section: Codable, Equatable {
    var name: String
    var weight: Double
    var items: [Item]
}

struct Item: Codable, Equatable {
    var question: String
    var points: Int
    var critical: Bool?
}

/// A percentage that rejects values outside 0...100 the way a domain type would.
struct Percentage: Codable, Equatable {
    var value: Double

    init(_ value: Double) {
        self.value = value
    }

    init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Double.self)
        guard (0...100).contains(value) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "must be between 0 and 100, found \(value)"
            ))
        }
        self.value = value
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

struct ServiceTarget: Decodable, Equatable {
    var serviceLevel: Percentage
    var answerWithinSeconds: Int
}

/// A shift whose rule check throws a domain error that is not a `DecodingError`.
struct Shift: Decodable, Equatable {
    enum RuleError: Error, LocalizedError {
        case endsBeforeStart(start: Int, end: Int)

        var errorDescription: String? {
            switch self {
            case let .endsBeforeStart(start, end): "the shift ends (\(end)) before it starts (\(start))"
            }
        }
    }

    var start: Int
    var end: Int

    private enum CodingKeys: String, CodingKey { case start, end }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        guard end > start else { throw RuleError.endsBeforeStart(start: start, end: end) }
    }
}

/// A break that points its error at the offending key, as `dataCorruptedError(forKey:)` does.
struct Break: Decodable, Equatable {
    var minutes: Int

    private enum CodingKeys: String, CodingKey { case minutes }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minutes = try container.decode(Int.self, forKey: .minutes)
        guard minutes % 5 == 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .minutes, in: container, debugDescription: "breaks come in steps of 5 minutes"
            )
        }
    }
}

struct Rota: Decodable, Equatable {
    var shifts: [Shift]
    var breaks: [Break]?
}

enum ScorecardFixture {
    /// A valid scorecard; line numbers in the comments are what the tests assert against.
    static let yaml = """
        id: voice-call
        version: 3
        title: Voice call QA
        channel: voice
        labels:
          team: Ålesund
          site: Bærum
        sections:
          - name: Greeting
            weight: 20
            items:
              - question: Used the customer's name?
                points: 5
              - question: Verified identity
                points: 10
                critical: true
          - name: Resolution
            weight: 80.5
            items: []
        retired: ~

        """

    static let value = Scorecard(
        id: "voice-call",
        version: 3,
        title: "Voice call QA",
        channel: .voice,
        labels: ["team": "Ålesund", "site": "Bærum"],
        sections: [
            Section(name: "Greeting", weight: 20, items: [
                Item(question: "Used the customer's name?", points: 5, critical: nil),
                Item(question: "Verified identity", points: 10, critical: true),
            ]),
            Section(name: "Resolution", weight: 80.5, items: []),
        ],
        retired: nil
    )

    /// The fixture with one line (1-based) replaced.
    static func replacingLine(_ number: Int, with line: String) -> String {
        var lines = yaml.components(separatedBy: "\n")
        lines[number - 1] = line
        return lines.joined(separator: "\n")
    }
}
