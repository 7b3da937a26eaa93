import Foundation
import Scheduling

/// A working-time rule file (`schedules/working-time-*.yaml`): rules as data.
///
/// ```yaml
/// name: EU Working Time Directive 2003/88/EC
/// rules:
///   - kind: minimum_daily_rest_hours
///     key: daily-rest                  # optional; default: the kind
///     citation: "Directive 2003/88/EC Art. 3"
///     hours: 11
/// ```
///
/// Errors name the file, line and field: unknown kinds, parameters a kind does not take,
/// negative or zero values, repeated keys.
public struct WorkingTimeRulesFile: Decodable, Sendable {
    public let rules: WorkingTimeRules

    enum CodingKeys: String, CodingKey {
        case name, rules
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .name)
        let entries = try container.decode([WorkingTimeRuleEntry].self, forKey: .rules).map(\.rule)
        guard !entries.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .rules, in: container, debugDescription: "lists no rule")
        }
        var keys: [String: Int] = [:]
        for (index, rule) in entries.enumerated() {
            if let first = keys[rule.key] {
                throw ShiftYAMLField.error(at: "rules[\(index)].key", below: decoder,
                                           message: "'\(rule.key)' is already the key of rules[\(first)]; give one a key")
            }
            keys[rule.key] = index
        }
        rules = WorkingTimeRules(name: name, rules: entries)
    }

    /// Reads and checks a rule file.
    public static func load(from url: URL) throws(InterchangeError) -> WorkingTimeRules {
        try YAMLLoader.decode(WorkingTimeRulesFile.self, from: url).rules
    }
}
