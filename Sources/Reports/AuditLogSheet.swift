import Workbook

/// Every audited change, newest last, filterable by actor, entity and action.
public enum AuditLogSheet {
    public static let name = "Audit log"
    public static let summary = SheetSummary(
        sheetName: name, description: "Every change: who, when, what, and the state before and after.")

    public static func add(to workbook: Workbook, records: [AuditRecord]) throws {
        let sheet = try workbook.addSheet(named: name)
        let headers = ["Id", "Occurred at (UTC)", "Actor", "Entity", "Key", "Action", "Before", "After"]
        try sheet.writeHeader(headers, row: 0)
        for (offset, record) in records.enumerated() {
            let row = offset + 1
            try sheet.writeRow([
                (.integer(record.id), .plain),
                (.text(record.occurredAt), .plain),
                (.text(record.actor), .plain),
                (.text(record.entity), .plain),
                (.text(record.entityKey), .plain),
                (.text(record.action), .plain),
                (.text(record.before), .wrapped),
                (.text(record.after), .wrapped),
            ], row: row)
        }
        sheet.freezePanes(rows: 1)
        try sheet.setPrintLayout(repeatingRows: 0...0)
        try sheet.autofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: max(records.count, 1), lastColumn: headers.count - 1))
    }
}
