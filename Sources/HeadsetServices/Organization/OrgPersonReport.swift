import CivilTime
public import Organization

/// What `headset org show` prints about one person; its JSON shape is the `--format json` output.
public struct OrgPersonReport: Encodable {
    public struct Named: Encodable {
        public let key: String
        public let name: String
    }

    public struct RoleJSON: Encodable {
        public let key: String
        public let name: String
        public let level: Int
    }

    public struct Report: Encodable {
        public let key: String
        public let name: String
        public let title: String?
    }

    public struct Span: Encodable {
        public let direct: Int
        public let total: Int
    }

    public struct Event: Encodable {
        public let date: String
        /// `title` or `manager`.
        public let change: String
        /// Title key (with ` in POSITION`) or manager key; nil for none.
        public let from: String?
        public let to: String?

        public enum CodingKeys: String, CodingKey { case date, change, from, to }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(date, forKey: .date)
            try container.encode(change, forKey: .change)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
        }
    }

    public let key: String
    public let name: String
    public let givenName: String?
    public let familyName: String?
    public let email: String?
    public let locale: String?
    /// The first day the person is no longer in the organisation; nil while they stay.
    public let leavesOn: String?
    public let asOf: String
    public let inOrganization: Bool
    public let title: Named?
    public let titleSince: String?
    public let position: String?
    public let role: RoleJSON?
    public let jobFamily: Named?
    public let manager: Named?
    public let directReports: [Report]
    public let span: Span
    public let history: [Event]

    public init(person: Person, view: OrgView) {
        let snapshot = view.snapshot
        let locale = view.locale
        let member = snapshot.member(person.key)
        key = person.key
        name = person.displayName
        givenName = person.givenName
        familyName = person.familyName
        email = person.email
        self.locale = person.preferredLocale
        leavesOn = person.leavesOn?.description
        asOf = view.date.description
        inOrganization = member != nil
        title = member?.title.map { Named(key: $0.key, name: $0.name(in: locale)) }
        titleSince = member?.assignment?.validFrom.description
        position = member?.assignment?.position
        role = member?.role.map { RoleJSON(key: $0.key, name: $0.name(in: locale), level: $0.level) }
        jobFamily = member?.family.map { Named(key: $0.key, name: $0.name(in: locale)) }
        manager = snapshot.manager(of: person.key).map { Named(key: $0.key, name: $0.person.displayName) }
        let node = snapshot.chart(locale: locale).rows.first { $0.node.person.key == person.key }?.node
        directReports = (node?.children ?? []).map { child in
            Report(key: child.person.key, name: child.person.name, title: child.titleName)
        }
        let spanOfControl = snapshot.span(of: person.key)
        span = Span(direct: spanOfControl?.direct ?? 0, total: spanOfControl?.total ?? 0)
        history = view.organization.history(of: person.key).map { event in
            switch event.change {
            case let .title(from, to):
                func text(_ assignment: TitleAssignment?) -> String? {
                    assignment.map { $0.title + ($0.position.map { " in \($0)" } ?? "") }
                }
                return Event(date: event.date.description, change: "title", from: text(from), to: text(to))
            case let .manager(from, to):
                return Event(date: event.date.description, change: "manager", from: from?.manager, to: to?.manager)
            }
        }
    }

    /// `Ana Žemaitė (ana) on 2026-11-23`, or that they are not in the organisation that day.
    public var headline: String {
        let label = PersonLabel(key: key, name: name).description
        return inOrganization ? "\(label) on \(asOf)" : "\(label) is not in the organisation on \(asOf)"
    }

    /// Field and value, one per line.
    public var facts: [(String, String)] {
        func both(_ named: Named?) -> String { named.map { "\($0.name) (\($0.key))" } ?? "" }
        var rows: [(String, String)] = [
            ("title", both(title) + (titleSince.map { ", since \($0)" } ?? "") + (position.map { ", position \($0)" } ?? "")),
            ("role", role.map { "\($0.name) (\($0.key)), level \($0.level)" } ?? ""),
            ("job family", both(jobFamily)),
            ("manager", both(manager)),
            ("direct reports", directReports.map(\.name).joined(separator: ", ")),
            ("span", "\(span.direct) direct, \(span.total) total"),
        ]
        rows += [("email", email ?? ""), ("locale", locale ?? "")]
        if let leavesOn { rows.append(("leaves on", leavesOn)) }
        return rows
    }

    public var factsTable: TextTable {
        TextTable(headers: ["field", "value"], rows: facts.map { [$0.0, $0.1] })
    }

    public var historyTable: TextTable {
        TextTable(headers: ["date", "change", "from", "to"],
                  rows: history.map { [$0.date, $0.change, $0.from ?? "none", $0.to ?? "none"] })
    }

    /// `field,value` rows: the facts by their JSON names, then one `direct_report` and one
    /// `history` row each.
    public var csvTable: TextTable {
        var rows: [[String]] = [
            ["key", key], ["name", name], ["as_of", asOf], ["in_organization", inOrganization ? "true" : "false"],
            ["title", title?.key ?? ""], ["title_name", title?.name ?? ""], ["title_since", titleSince ?? ""],
            ["position", position ?? ""], ["role", role?.key ?? ""], ["role_level", role.map { String($0.level) } ?? ""],
            ["job_family", jobFamily?.key ?? ""], ["manager", manager?.key ?? ""],
            ["span_direct", String(span.direct)], ["span_total", String(span.total)],
            ["email", email ?? ""], ["locale", locale ?? ""], ["leaves_on", leavesOn ?? ""],
        ]
        rows += directReports.map { ["direct_report", $0.key] }
        rows += history.map { ["history", "\($0.date) \($0.change): \($0.from ?? "none") → \($0.to ?? "none")"] }
        return TextTable(headers: ["field", "value"], rows: rows)
    }

    public enum CodingKeys: String, CodingKey {
        case key, name, givenName, familyName, email, locale, leavesOn, asOf, inOrganization, title, titleSince, position, role
        case jobFamily, manager, directReports, span, history
    }

    /// Written out so absent values are `null`, not missing keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(name, forKey: .name)
        try container.encode(givenName, forKey: .givenName)
        try container.encode(familyName, forKey: .familyName)
        try container.encode(email, forKey: .email)
        try container.encode(locale, forKey: .locale)
        try container.encode(leavesOn, forKey: .leavesOn)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(inOrganization, forKey: .inOrganization)
        try container.encode(title, forKey: .title)
        try container.encode(titleSince, forKey: .titleSince)
        try container.encode(position, forKey: .position)
        try container.encode(role, forKey: .role)
        try container.encode(jobFamily, forKey: .jobFamily)
        try container.encode(manager, forKey: .manager)
        try container.encode(directReports, forKey: .directReports)
        try container.encode(span, forKey: .span)
        try container.encode(history, forKey: .history)
    }
}
