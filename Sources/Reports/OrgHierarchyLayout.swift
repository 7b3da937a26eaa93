import CivilTime
import Foundation
import Organization
import Workbook

/// The rows of the "Org hierarchy" sheet and where each column sits, so the headcount and the
/// title catalogue can point COUNTIFS at them and compute the same counts in Swift.
///
/// One row per chart entry (``OrgChartEntry``): people, and vacant positions marked `vacancy`
/// in the Kind column. The Reporting chain column holds the keys above the row, top first,
/// between slashes (`/cco/head-lt/`), so "everyone below ivo" is `COUNTIFS(chain, "*/ivo/*")`.
struct OrgHierarchyLayout {
    enum Column: Int, CaseIterable {
        case name, key, kind, title, role, level, family, manager, direct, total, since, email
        case titleKey, roleKey, familyKey, managerKey, chain

        var title: String {
            switch self {
            case .name: "Name"
            case .key: "Key"
            case .kind: "Kind"
            case .title: "Title"
            case .role: "Role"
            case .level: "Level"
            case .family: "Job family"
            case .manager: "Manager"
            case .direct: "Direct reports"
            case .total: "All reports"
            case .since: "Title since"
            case .email: "Email"
            case .titleKey: "Title key"
            case .roleKey: "Role key"
            case .familyKey: "Job family key"
            case .managerKey: "Manager key"
            case .chain: "Reporting chain"
            }
        }
    }

    static let person = "person"
    static let vacancy = "vacancy"

    struct Row {
        let depth: Int
        let kind: String
        let name: String
        let key: String
        let titleName: String?
        let roleName: String?
        let level: Int?
        let familyName: String?
        let managerName: String?
        let direct: Int?
        let total: Int?
        let since: LocalDate?
        let email: String?
        let titleKey: String?
        let roleKey: String?
        let familyKey: String?
        let managerKey: String?
        let chain: String

        /// The text a column shows, for the COUNTIFS columns.
        func text(_ column: Column) -> String? {
            switch column {
            case .kind: kind
            case .key: key
            case .titleKey: titleKey
            case .roleKey: roleKey
            case .familyKey: familyKey
            case .managerKey: managerKey
            case .chain: chain
            default: nil
            }
        }
    }

    let sheetName: String
    let snapshot: OrgSnapshot
    let locale: String
    let rows: [Row]
    private let tallies: [Tally: [String: Int]]
    private let teams: [String: Int]?

    init(snapshot: OrgSnapshot, locale: String, sheetName: String) {
        self.sheetName = sheetName
        self.snapshot = snapshot
        self.locale = locale
        let organization = snapshot.organization
        let entries = OrgChartEntry.entries(of: snapshot, locale: locale)
        var rows: [Row] = []
        rows.reserveCapacity(entries.count)
        for entry in entries {
            let manager = entry.parent.map { rows[$0] }
            let chain = manager.map { $0.chain + $0.key + "/" } ?? "/"
            switch entry.kind {
            case .person(let node):
                let member = snapshot.member(node.person.key)
                let role = member?.role
                let family = member?.family
                rows.append(Row(
                    depth: entry.depth, kind: Self.person, name: node.person.name, key: node.person.key,
                    titleName: node.titleName, roleName: role?.name(in: locale), level: role?.level,
                    familyName: family?.name(in: locale), managerName: manager?.name, direct: node.span.direct,
                    total: node.span.total, since: member?.assignment?.validFrom, email: member?.person.email,
                    titleKey: node.title, roleKey: role?.key, familyKey: family?.key, managerKey: manager?.key,
                    chain: chain))
            case let .vacancy(position, titleName):
                let role = organization.title(position.title).flatMap { organization.role($0.role) }
                let family = role.flatMap { organization.family($0.family) }
                rows.append(Row(
                    depth: entry.depth, kind: Self.vacancy, name: "(vacant)", key: position.key, titleName: titleName,
                    roleName: role?.name(in: locale), level: role?.level, familyName: family?.name(in: locale),
                    managerName: manager?.name, direct: nil, total: nil, since: position.validFrom, email: nil,
                    titleKey: position.title, roleKey: role?.key, familyKey: family?.key, managerKey: manager?.key,
                    chain: chain))
            }
        }
        self.rows = rows
        tallies = Self.tallies(rows)
        teams = Self.teams(rows)
    }

    /// The absolute reference to a column's data rows on the hierarchy sheet, for formulas on
    /// other sheets: `'Org hierarchy'!$C$2:$C$41`.
    func range(_ column: Column) -> String {
        CellRange(sheet: sheetName, firstRow: 1, firstColumn: column.rawValue, lastRow: max(rows.count, 1),
                  lastColumn: column.rawValue).formulaReference
    }

    /// What `COUNTIFS(kind, kind, column, value)` gives in Excel: rows of `kind` whose `column`
    /// equals `value` ignoring case (an empty `value`: rows where the cell is empty).
    func count(kind: String, _ column: Column, equals value: String) -> Int {
        tallies[Tally(kind: kind, column: column)]?[Self.folded(value)] ?? 0
    }

    /// What `COUNTIFS(kind, "person", chain, "*/key/*")` gives in Excel: the people whose
    /// reporting chain contains `/key/`, ignoring case.
    func teamCount(_ key: String) -> Int {
        if let teams { return teams[Self.folded(key)] ?? 0 }
        let part = "/" + Self.folded(key) + "/"
        return rows.count { $0.kind == Self.person && Self.folded($0.chain).contains(part) }
    }

    /// Counts by kind, column and folded text, for the equality criteria.
    private struct Tally: Hashable {
        let kind: String
        let column: Column
    }

    /// Precomputes the counts the formulas need in one pass over the rows.
    private static func tallies(_ rows: [Row]) -> [Tally: [String: Int]] {
        var tallies: [Tally: [String: Int]] = [:]
        for row in rows {
            for column in [Column.titleKey, .roleKey, .familyKey] {
                tallies[Tally(kind: row.kind, column: column), default: [:]][folded(row.text(column) ?? ""), default: 0] += 1
            }
        }
        return tallies
    }

    /// People below each manager by folded key, from the chain's parts: what the `*/key/*`
    /// criterion counts, unless a key itself holds a `/` (then ``teamCount(_:)`` scans).
    private static func teams(_ rows: [Row]) -> [String: Int]? {
        guard !rows.contains(where: { $0.key.contains("/") }) else { return nil }
        var teams: [String: Int] = [:]
        for row in rows where row.kind == person {
            for key in Set(folded(row.chain).split(separator: "/")) { teams[String(key), default: 0] += 1 }
        }
        return teams
    }

    /// Text as Excel's criteria compare it: case does not count.
    static func folded(_ text: String) -> String { text.lowercased() }

    /// `COUNTIFS(kind,"person",column,criterion)` text for a formula.
    func countFormula(kind: String, _ column: Column, criterion: String) -> String {
        "COUNTIFS(\(range(.kind)),\"\(kind)\",\(range(column)),\(criterion))"
    }

    /// A quoted criterion that matches cells containing `text` literally (Excel's `*`, `?` and
    /// `~` in it escaped with `~`).
    static func containsCriterion(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "*?~".contains(character) { escaped.append("~") }
            escaped.append(character)
        }
        return "\"*" + escaped.replacingOccurrences(of: "\"", with: "\"\"") + "*\""
    }

    /// Names compared the way the locale sorts them.
    static func ascending(_ left: String, _ right: String, locale: Locale) -> Bool {
        left.compare(right, options: [], range: nil, locale: locale) == .orderedAscending
    }

    /// 1970-01-01 is serial 25569 in Excel's 1900 date system.
    static func serial(_ date: LocalDate) -> Double { Double(date.dayNumber + 25_569) }
}
