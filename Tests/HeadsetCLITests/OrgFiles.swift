import CivilTime
import Foundation
import Organization

/// Writes an organisation as the files `headset org import` reads: `structure.yaml` (families,
/// roles, titles, escalation rules) and `people.csv`, `assignments.csv`, `lines.csv`,
/// `positions.csv`.
enum OrgFiles {
    static let names = ["structure.yaml", "people.csv", "assignments.csv", "lines.csv", "positions.csv"]

    static func write(_ organization: Organization, to directory: URL) throws {
        var yaml = "families:\n"
        for family in organization.families {
            yaml += "  - key: \(quoted(family.key))\n    names: \(names(family.names))\n"
        }
        yaml += "roles:\n"
        for role in organization.roles {
            yaml += "  - key: \(quoted(role.key))\n    family: \(quoted(role.family))\n    level: \(role.level)\n"
            yaml += "    names: \(names(role.names))\n"
            yaml += "    capabilities: [\(role.capabilities.map(\.rawValue).sorted().joined(separator: ", "))]\n"
        }
        yaml += "titles:\n"
        for title in organization.titles {
            yaml += "  - key: \(quoted(title.key))\n    role: \(quoted(title.role))\n    names: \(names(title.names))\n"
            yaml += "    aliases: [\(title.aliases.map(quoted).joined(separator: ", "))]\n"
        }
        yaml += "escalation:\n"
        for rule in organization.escalationRules {
            yaml += "  - { from: \(quoted(rule.from)), to: \(quoted(rule.to)) }\n"
        }
        try Data(yaml.utf8).write(to: directory.appendingPathComponent("structure.yaml"))

        func date(_ value: LocalDate?) -> String { value?.description ?? "" }
        try csv(["key", "name", "given_name", "family_name", "email", "locale"], organization.people.map {
            [$0.key, $0.displayName, $0.givenName ?? "", $0.familyName ?? "", $0.email ?? "", $0.preferredLocale ?? ""]
        }, to: directory.appendingPathComponent("people.csv"))
        try csv(["person", "title", "position", "valid_from", "valid_to"], organization.titleAssignments.map {
            [$0.person, $0.title, $0.position ?? "", date($0.validFrom), date($0.validTo)]
        }, to: directory.appendingPathComponent("assignments.csv"))
        try csv(["person", "manager", "valid_from", "valid_to"], organization.reportingLines.map {
            [$0.person, $0.manager, date($0.validFrom), date($0.validTo)]
        }, to: directory.appendingPathComponent("lines.csv"))
        try csv(["key", "title", "reports_to", "valid_from", "valid_to"], organization.positions.map {
            [$0.key, $0.title, $0.reportsTo ?? "", date($0.validFrom), date($0.validTo)]
        }, to: directory.appendingPathComponent("positions.csv"))
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func names(_ text: LocalizedText) -> String {
        "{ " + text.locales.map { "\($0): \(quoted(text.translations[$0]!))" }.joined(separator: ", ") + " }"
    }

    private static func csv(_ header: [String], _ rows: [[String]], to url: URL) throws {
        func field(_ text: String) -> String {
            text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let text = ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url)
    }
}
