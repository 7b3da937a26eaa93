import CivilTime
public import Organization

/// What `headset org escalation` prints; its JSON shape is the `--format json` output.
public struct OrgEscalationReport: Encodable {
    public struct Step: Encodable {
        /// 0 for the person the chain starts from.
        public let step: Int
        public let key: String
        public let name: String
        public let role: String?
        public let title: String?
        public let titleName: String?
        /// `start`, `rule`, `direct_manager` or `rule_unmatched`.
        public let reason: String
        /// `agent → supervisor` for `rule` and `rule_unmatched`.
        public let rule: String?

        public enum CodingKeys: String, CodingKey { case step, key, name, role, title, titleName, reason, rule }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(step, forKey: .step)
            try container.encode(key, forKey: .key)
            try container.encode(name, forKey: .name)
            try container.encode(role, forKey: .role)
            try container.encode(title, forKey: .title)
            try container.encode(titleName, forKey: .titleName)
            try container.encode(reason, forKey: .reason)
            try container.encode(rule, forKey: .rule)
        }

        /// For people: `rule agent → supervisor`, `direct manager`, `direct manager (no supervisor above)`.
        public var explanation: String {
            switch reason {
            case "start": return "raised by"
            case "rule": return "rule \(rule ?? "")"
            case "rule_unmatched":
                return "direct manager (no \(rule?.split(separator: " ").last.map(String.init) ?? "") above)"
            default: return "direct manager"
            }
        }
    }

    public let person: String
    public let asOf: String
    public let steps: [Step]

    public init(chain: EscalationChain, view: OrgView) {
        person = chain.start.person.key
        asOf = view.date.description
        let organization = view.organization
        steps = ([chain.start] + chain.steps).enumerated().map { number, step in
            let reason: String
            var rule: String?
            switch step.reason {
            case .start: reason = "start"
            case .directManager: reason = "direct_manager"
            case .rule(let used):
                reason = "rule"
                rule = "\(used.from) → \(used.to)"
            case .ruleUnmatched(let unmatched):
                reason = "rule_unmatched"
                rule = "\(unmatched.from) → \(unmatched.to)"
            }
            return Step(step: number, key: step.person.key, name: step.person.name, role: step.role, title: step.title,
                        titleName: step.title.flatMap { organization.title($0)?.name(in: view.locale) },
                        reason: reason, rule: rule)
        }
    }

    public var table: TextTable {
        TextTable(headers: ["step", "person", "title", "role", "why"],
                  rows: steps.map { step in
                      [String(step.step), PersonLabel(key: step.key, name: step.name).description, step.titleName ?? "",
                       step.role ?? "", step.explanation]
                  },
                  alignments: [.right, .left, .left, .left, .left])
    }

    public var csvTable: TextTable {
        TextTable(headers: ["step", "key", "name", "role", "title", "title_name", "reason", "rule"],
                  rows: steps.map { step in
                      [String(step.step), step.key, step.name, step.role ?? "", step.title ?? "", step.titleName ?? "",
                       step.reason, step.rule ?? ""]
                  })
    }
}
