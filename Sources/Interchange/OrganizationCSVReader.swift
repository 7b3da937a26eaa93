import CivilTime
import Organization

/// Reads people, title assignments, reporting lines or positions from one CSV file, the kind
/// told by the header (see ``OrganizationCSVKind``). Every entity carries the file and line of
/// its record.
///
/// Cells are trimmed of surrounding whitespace; a blank optional cell is "not given". Dates are
/// `YYYY-MM-DD`; `valid_to` is the last day in force (inclusive), blank while open-ended.
enum OrganizationCSVReader {
    static func read(_ document: CSVDocument) throws(OrganizationFileError) -> OrganizationDocument {
        guard let kind = OrganizationCSVKind(header: document.header) else {
            throw .unrecognisedCSV(file: document.source, header: document.header)
        }
        do {
            let map = try CSVHeaderMap(document, columns: kind.columns)
            var result = OrganizationDocument(sources: [document.source])
            let cells = Cells(map: map, source: document.source)
            switch kind {
            case .people:
                result.people = try document.rows.map { row throws(InterchangeError) in
                    Person(key: try cells.required(row, "key"), displayName: try cells.required(row, "name"),
                           givenName: cells.optional(row, "given_name"), familyName: cells.optional(row, "family_name"),
                           email: cells.optional(row, "email"), preferredLocale: cells.optional(row, "locale"),
                           leavesOn: try cells.date(row, "leaves_on"), source: cells.location(row))
                }
            case .titleAssignments:
                result.titleAssignments = try document.rows.map { row throws(InterchangeError) in
                    TitleAssignment(person: try cells.required(row, "person"), title: try cells.required(row, "title"),
                                    position: cells.optional(row, "position"),
                                    validFrom: try cells.requiredDate(row, "valid_from"), validTo: try cells.date(row, "valid_to"),
                                    source: cells.location(row))
                }
            case .reportingLines:
                result.reportingLines = try document.rows.map { row throws(InterchangeError) in
                    ReportingLine(person: try cells.required(row, "person"), manager: try cells.required(row, "manager"),
                                  validFrom: try cells.requiredDate(row, "valid_from"), validTo: try cells.date(row, "valid_to"),
                                  source: cells.location(row))
                }
            case .positions:
                result.positions = try document.rows.map { row throws(InterchangeError) in
                    Position(key: try cells.required(row, "key"), title: try cells.required(row, "title"),
                             reportsTo: cells.optional(row, "reports_to"),
                             validFrom: try cells.requiredDate(row, "valid_from"), validTo: try cells.date(row, "valid_to"),
                             source: cells.location(row))
                }
            }
            return result
        } catch {
            throw .file(error)
        }
    }

    /// Typed, trimmed cells of one file.
    private struct Cells {
        let map: CSVHeaderMap
        let source: String

        func location(_ row: CSVRow) -> SourceLocation { SourceLocation(file: source, line: row.line) }

        func required(_ row: CSVRow, _ column: String) throws(InterchangeError) -> String {
            try map.requiredString(row, column).trimmingWhitespace()
        }

        func optional(_ row: CSVRow, _ column: String) -> String? {
            guard let text = map.string(row, column)?.trimmingWhitespace(), !text.isEmpty else { return nil }
            return text
        }

        /// A `YYYY-MM-DD` date; nil for a blank cell.
        func date(_ row: CSVRow, _ column: String) throws(InterchangeError) -> LocalDate? {
            guard let text = optional(row, column) else { return nil }
            guard let date = LocalDate(text) else {
                throw .csvInvalidValue(file: source, line: row.line, column: column, value: map.string(row, column) ?? text,
                                       expected: "a date YYYY-MM-DD")
            }
            return date
        }

        /// A `YYYY-MM-DD` date in a column that must have one.
        func requiredDate(_ row: CSVRow, _ column: String) throws(InterchangeError) -> LocalDate {
            _ = try required(row, column)
            return try date(row, column)!
        }
    }
}
