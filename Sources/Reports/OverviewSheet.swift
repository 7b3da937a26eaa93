import Foundation
import Workbook

/// The first sheet of a workbook: what this is, where it came from, and a linked table of contents.
public enum OverviewSheet {
    public static let name = "Overview"

    public static func add(to workbook: Workbook, overview: CentreOverview, contents: [SheetSummary]) throws {
        let sheet = try workbook.addSheet(named: name)
        sheet.activate()
        sheet.setTabColor(.headerBlue)
        try sheet.setPrintLayout(landscape: false)
        try sheet.write(.text(overview.centreName), row: 0, column: 0, style: .title)
        try sheet.write(.text("Exported by Headset \(overview.headsetVersion)"), row: 1, column: 0,
                        style: CellStyle().with(italic: true, fontColor: Color(rgb: 0x595959)))

        var facts: [(String, CellValue, CellStyle)] = [
            ("Generated", .dateTime(overview.generatedAt), .dateTime),
            ("Time zone", .text(overview.timeZone), .plain),
            ("Locale", .text(overview.locale), .plain),
            ("Database", .text(overview.databasePath), .plain),
            ("Schema version", .integer(overview.schemaVersion), .plain.with(horizontalAlignment: .left)),
        ]
        facts += overview.facts.map { ($0.label, .text($0.value), .plain) }
        var row = 3
        try sheet.writeHeader(["Fact", "Value"], row: row)
        for fact in facts {
            row += 1
            try sheet.write(.text(fact.0), row: row, column: 0, style: .bold)
            try sheet.write(fact.1, row: row, column: 1, style: fact.2)
        }

        row += 2
        try sheet.writeHeader(["Sheet", "What it shows"], row: row)
        for entry in contents {
            row += 1
            let link = "internal:" + SheetName.quotedForFormula(entry.sheetName) + "!A1"
            try sheet.write(.url(link, text: entry.sheetName), row: row, column: 0)
            try sheet.write(.text(entry.description), row: row, column: 1)
        }
    }
}
