import Foundation
import Organization
import Workbook

/// The "Headcount" sheet: people on the date by job family, role, title and team (everyone below
/// each manager), each a live COUNTIFS over the "Org hierarchy" sheet written with the count
/// Excel will compute, and a total. Vacancies are not people and are not counted.
enum OrgHeadcountSheet {
    /// One counted group: what it is called, its key, and the formula's criterion and value.
    private struct Line {
        let group: String
        let name: String
        let key: String
        let column: OrgHierarchyLayout.Column
        /// True for teams: the reporting chain contains the key; else the column equals it.
        let isTeam: Bool
    }

    static func add(to workbook: Workbook, layout: OrgHierarchyLayout, name: String) throws {
        let sheet = try workbook.addSheet(named: name)
        let snapshot = layout.snapshot
        try sheet.merge(CellRange(row: 0, firstColumn: 0, lastColumn: 3),
                        value: .text("Headcount on \(snapshot.date)"), style: .title)
        try sheet.merge(CellRange(row: 1, firstColumn: 0, lastColumn: 3), value: .text(
            "Live formulas: COUNTIFS over the \(layout.sheetName) sheet (people only, vacancies not counted). "
                + "Team = everyone below the manager, at any depth."),
                        style: CellStyle().with(italic: true, fontColor: Color(rgb: 0x595959)))
        let headerRow = 3
        try sheet.writeHeader(["Group", "Name", "Key", "People"], row: headerRow)

        let lines = self.lines(layout)
        for (offset, line) in lines.enumerated() {
            let row = headerRow + 1 + offset
            let keyCell = "$C\(row + 1)"
            let criterion: String
            let count: Int
            if line.isTeam {
                let part = "/" + line.key + "/"
                criterion = OrgHierarchyLayout.containsCriterion(part)
                count = layout.teamCount(line.key)
            } else {
                criterion = ExcelCriterion.matching(line.key, shownIn: keyCell)
                count = layout.count(kind: OrgHierarchyLayout.person, line.column, equals: line.key)
            }
            try sheet.writeRow([
                (.text(line.group), .plain),
                (.text(line.name), .plain),
                (.text(line.key), .plain),
                (.formula(Formula("=" + layout.countFormula(kind: OrgHierarchyLayout.person, line.column, criterion: criterion),
                                  cached: .number(Double(count)))), .integer),
            ], row: row)
        }
        let totalRow = headerRow + 1 + lines.count
        let total = layout.rows.count { $0.kind == OrgHierarchyLayout.person }
        try sheet.writeRow([
            (.text("Total"), .total),
            (.text("Everyone"), .total),
            (.blank, .total),
            (.formula(Formula("=COUNTIFS(\(layout.range(.kind)),\"\(OrgHierarchyLayout.person)\")",
                              cached: .number(Double(total)))), CellStyle.total.with(numberFormat: "#,##0")),
        ], row: totalRow)
        sheet.freezePanes(rows: headerRow + 1)
        try sheet.setPrintLayout(landscape: false, repeatingRows: headerRow...headerRow)
        try sheet.autofilter(CellRange(firstRow: headerRow, firstColumn: 0, lastRow: max(totalRow - 1, headerRow + 1),
                                       lastColumn: 3))
    }

    /// Families, roles (by level) and titles (by level) the organisation defines, and every
    /// manager, each group in the locale's alphabetical order.
    private static func lines(_ layout: OrgHierarchyLayout) -> [Line] {
        let organization = layout.snapshot.organization
        let locale = layout.locale
        let collation = Locale(identifier: locale)
        func sorted<Entity>(_ entities: [Entity], level: (Entity) -> Int, name: (Entity) -> String) -> [Entity] {
            entities.sorted { left, right in
                if level(left) != level(right) { return level(left) < level(right) }
                return OrgHierarchyLayout.ascending(name(left), name(right), locale: collation)
            }
        }
        func unique<Entity>(_ entities: [Entity], key: (Entity) -> String) -> [Entity] {
            var seen: Set<String> = []
            return entities.filter { seen.insert(key($0)).inserted }
        }
        let roleLevel = { (key: String) in organization.role(key)?.level ?? 0 }
        var lines: [Line] = []
        for family in sorted(unique(organization.families, key: \.key), level: { _ in 0 }, name: { $0.name(in: locale) }) {
            lines.append(Line(group: "Job family", name: family.name(in: locale), key: family.key, column: .familyKey,
                              isTeam: false))
        }
        for role in sorted(unique(organization.roles, key: \.key), level: \.level, name: { $0.name(in: locale) }) {
            lines.append(Line(group: "Role", name: role.name(in: locale), key: role.key, column: .roleKey, isTeam: false))
        }
        for title in sorted(unique(organization.titles, key: \.key), level: { roleLevel($0.role) }, name: { $0.name(in: locale) }) {
            lines.append(Line(group: "Title", name: title.name(in: locale), key: title.key, column: .titleKey, isTeam: false))
        }
        let managers = layout.rows.filter { $0.kind == OrgHierarchyLayout.person && ($0.direct ?? 0) > 0 }
        for manager in managers.sorted(by: { OrgHierarchyLayout.ascending($0.name, $1.name, locale: collation) }) {
            lines.append(Line(group: "Team", name: manager.name, key: manager.key, column: .chain, isTeam: true))
        }
        return lines
    }
}
