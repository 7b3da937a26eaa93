import Foundation
import Organization
import Workbook

/// The "Title catalogue" sheet: every title with its role, level and job family, its name in
/// each locale any title is translated into (one column per locale, English first), its
/// aliases, and live counts of the people holding it and the positions vacant for it on the
/// date (COUNTIFS over the "Org hierarchy" sheet).
enum OrgTitleCatalogueSheet {
    static func add(to workbook: Workbook, layout: OrgHierarchyLayout, name: String) throws {
        let sheet = try workbook.addSheet(named: name)
        let organization = layout.snapshot.organization
        let locale = layout.locale
        let collation = Locale(identifier: locale)
        var seen: Set<String> = []
        let titles = organization.titles.filter { seen.insert($0.key).inserted }.sorted { left, right in
            let leftLevel = organization.role(left.role)?.level ?? 0
            let rightLevel = organization.role(right.role)?.level ?? 0
            if leftLevel != rightLevel { return leftLevel < rightLevel }
            return OrgHierarchyLayout.ascending(left.name(in: locale), right.name(in: locale), locale: collation)
        }
        let locales = Set(titles.flatMap(\.names.locales)).sorted { left, right in
            left == "en" ? right != "en" : (right == "en" ? false : left < right)
        }
        let headers = ["Title key", "Role", "Level", "Job family"] + locales.map { "Name (\($0))" }
            + ["Aliases", "People", "Vacant positions"]
        try sheet.writeHeader(headers, row: 0)
        let peopleColumn = 4 + locales.count + 1
        for (offset, title) in titles.enumerated() {
            let row = offset + 1
            let role = organization.role(title.role)
            let family = role.flatMap { organization.family($0.family) }
            var cells: [(CellValue, CellStyle)] = [
                (.text(title.key), .bold),
                (.text(role?.name(in: locale) ?? title.role), .plain),
                (role.map { .integer($0.level) } ?? .blank, .plain),
                (.text(family?.name(in: locale)), .plain),
            ]
            cells += locales.map { (.text(title.names.translations[$0]), .plain) }
            cells.append((.text(title.aliases.joined(separator: "; ")), .wrapped))
            let criterion = ExcelCriterion.matching(title.key, shownIn: "$A\(row + 1)")
            for kind in [OrgHierarchyLayout.person, OrgHierarchyLayout.vacancy] {
                let count = layout.count(kind: kind, .titleKey, equals: title.key)
                cells.append((.formula(Formula("=" + layout.countFormula(kind: kind, .titleKey, criterion: criterion),
                                               cached: .number(Double(count)))), .integer))
            }
            try sheet.writeRow(cells, row: row)
        }
        sheet.setColumnWidth(40, columns: (peopleColumn - 1)...(peopleColumn - 1))
        sheet.freezePanes(rows: 1, columns: 1)
        try sheet.setPrintLayout(repeatingRows: 0...0)
        try sheet.autofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: max(titles.count, 1), lastColumn: headers.count - 1))
    }
}
