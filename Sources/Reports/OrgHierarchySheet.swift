import Workbook

/// The "Org hierarchy" sheet: everyone in the organisation on the date, depth first under their
/// manager in the locale's alphabetical order, names indented by depth and rows grouped with
/// outline levels (Excel's +/− buttons above each group fold a manager's team), vacant positions
/// in grey under the manager they report to.
enum OrgHierarchySheet {
    static func add(to workbook: Workbook, layout: OrgHierarchyLayout) throws {
        let sheet = try workbook.addSheet(named: layout.sheetName)
        sheet.showOutlineSummaryAbove()
        try sheet.writeHeader(OrgHierarchyLayout.Column.allCases.map(\.title), row: 0)
        let grey = Color(rgb: 0x7F7F7F)
        for (offset, row) in layout.rows.enumerated() {
            let sheetRow = offset + 1
            // Excel has seven outline levels; deeper rows share the seventh.
            try sheet.setOutlineLevel(min(row.depth, 7), row: sheetRow)
            let isVacancy = row.kind == OrgHierarchyLayout.vacancy
            let text = isVacancy ? CellStyle().with(italic: true, fontColor: grey) : CellStyle.plain
            let nameStyle = text.with(bold: row.direct.map { $0 > 0 }, indent: min(row.depth, 15))
            try sheet.writeRow([
                (.text(row.name), nameStyle),
                (.text(row.key), text),
                (.text(row.kind), text),
                (.text(row.titleName), text),
                (.text(row.roleName), text),
                (row.level.map { .integer($0) } ?? .blank, text),
                (.text(row.familyName), text),
                (.text(row.managerName), text),
                (row.direct.map { .integer($0) } ?? .blank, text),
                (row.total.map { .integer($0) } ?? .blank, text),
                (row.since.map { .number(OrgHierarchyLayout.serial($0)) } ?? .blank, text.with(numberFormat: "yyyy-mm-dd")),
                (.text(row.email), text),
                (.text(row.titleKey), text),
                (.text(row.roleKey), text),
                (.text(row.familyKey), text),
                (.text(row.managerKey), text),
                (.text(row.chain), text),
            ], row: sheetRow)
        }
        sheet.freezePanes(rows: 1, columns: 1)
        try sheet.setPrintLayout(repeatingRows: 0...0)
        try sheet.autofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: max(layout.rows.count, 1),
                                       lastColumn: OrgHierarchyLayout.Column.allCases.count - 1))
    }
}
