/// Finds declared columns in a CSV header and reads typed cells with line-numbered errors.
///
/// ```swift
/// let map = try CSVHeaderMap(document, columns: [
///     CSVColumn("interval_start", aliases: ["start"]),
///     CSVColumn("calls"),
///     CSVColumn("aht", required: false),
/// ])
/// for row in document.rows {
///     let start = try map.requiredString(row, "interval_start")
///     let calls = try map.int(row, "calls")
/// }
/// ```
///
/// Header matching ignores case, surrounding spaces and the difference between spaces, `_` and
/// `-`. Columns the format does not declare are allowed and ignored.
public struct CSVHeaderMap: Sendable {
    private struct Slot: Sendable {
        let column: CSVColumn
        let index: Int
    }

    private let source: String
    private let decimalCommaAllowed: Bool
    /// Declared columns found in the header, by normalised canonical name.
    private let slots: [String: Slot]
    /// Every declared column, found or not, by normalised canonical name and by alias.
    private let declared: [String: CSVColumn]
    /// Found columns by the exact names callers pass, so per-cell lookups skip normalising.
    private let slotsByExactName: [String: Slot]

    /// Matches `columns` against the document's header.
    ///
    /// Throws ``InterchangeError/csvMissingColumn(file:column:accepted:)`` for an absent required
    /// column and ``InterchangeError/csvDuplicateColumn(file:column:)`` when a declared column
    /// appears twice or one header name matches two declared columns.
    public init(_ document: CSVDocument, columns: [CSVColumn]) throws(InterchangeError) {
        try self.init(source: document.source, delimiter: document.delimiter, header: document.header, columns: columns)
    }

    /// Matches `columns` against the header of a file being read row by row.
    public init(_ reader: CSVRecordReader, columns: [CSVColumn]) throws(InterchangeError) {
        try self.init(source: reader.source, delimiter: reader.delimiter, header: reader.header, columns: columns)
    }

    /// Matches `columns` against `header`, the names of a file called `source` in messages.
    public init(source: String, delimiter: Character, header: [String], columns: [CSVColumn]) throws(InterchangeError) {
        self.source = source
        // A decimal comma is only unambiguous when the comma is not the delimiter.
        decimalCommaAllowed = delimiter != ","

        var declared: [String: CSVColumn] = [:]
        for column in columns {
            for alias in column.aliases where declared[CSVColumn.normalized(alias)] == nil {
                declared[CSVColumn.normalized(alias)] = column
            }
        }
        // Canonical names win over aliases when a format declares overlapping names.
        for column in columns {
            declared[CSVColumn.normalized(column.name)] = column
        }
        var slots: [String: Slot] = [:]
        for (index, headerName) in header.enumerated() {
            let key = CSVColumn.normalized(headerName)
            let matches = columns.filter { column in
                column.acceptedNames.contains { CSVColumn.normalized($0) == key }
            }
            guard let column = matches.first else { continue }
            guard matches.count == 1 else {
                throw .csvDuplicateColumn(file: source, column: headerName)
            }
            let name = CSVColumn.normalized(column.name)
            guard slots[name] == nil else {
                throw .csvDuplicateColumn(file: source, column: headerName)
            }
            slots[name] = Slot(column: column, index: index)
        }
        for column in columns where column.isRequired && slots[CSVColumn.normalized(column.name)] == nil {
            throw .csvMissingColumn(file: source, column: column.name, accepted: column.acceptedNames)
        }
        var slotsByExactName: [String: Slot] = [:]
        for column in columns {
            guard let slot = slots[CSVColumn.normalized(column.name)] else { continue }
            for name in column.acceptedNames where slotsByExactName[name] == nil {
                slotsByExactName[name] = slot
            }
        }
        for column in columns {
            if let slot = slots[CSVColumn.normalized(column.name)] { slotsByExactName[column.name] = slot }
        }
        self.slots = slots
        self.declared = declared
        self.slotsByExactName = slotsByExactName
    }

    /// Whether the column is present in this file; `name` is its declared name or an alias.
    public func has(_ name: String) -> Bool {
        slot(for: name) != nil
    }

    /// The cell as written, or nil when the column is not in this file.
    public func string(_ row: CSVRow, _ name: String) -> String? {
        guard let slot = slot(for: name), slot.index < row.fields.count else { return nil }
        return row.fields[slot.index]
    }

    /// The cell as written; throws when the column is absent or the cell is blank.
    public func requiredString(_ row: CSVRow, _ name: String) throws(InterchangeError) -> String {
        guard let value = string(row, name) else {
            let column = declared[CSVColumn.normalized(name)] ?? CSVColumn(name)
            throw .csvMissingColumn(file: source, column: column.name, accepted: column.acceptedNames)
        }
        guard !value.trimmingWhitespace().isEmpty else {
            throw invalid(row, name, value, expected: "a value")
        }
        return value
    }

    /// The cell as a finite number, or nil when the column is absent or the cell is blank.
    ///
    /// Accepts surrounding spaces, and a decimal comma (`12,5`) when the delimiter is not a comma.
    /// Only decimal spellings are numbers (`12`, `-3.5`, `1e3`): hexadecimal (`0x10`), `inf` and
    /// `nan`, which Swift's `Double(_:)` would take, are refused at their line and column.
    public func double(_ row: CSVRow, _ name: String) throws(InterchangeError) -> Double? {
        guard let raw = string(row, name) else { return nil }
        var text = raw.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        if decimalCommaAllowed, text.utf8.contains(UInt8(ascii: ",")) {
            text = text.replacingDecimalComma()
        }
        guard DecimalNumberText.isDecimal(text), let value = Double(text), value.isFinite else {
            throw invalid(row, name, raw, expected: "a number")
        }
        return value
    }

    /// The cell as a whole number, or nil when the column is absent or the cell is blank.
    public func int(_ row: CSVRow, _ name: String) throws(InterchangeError) -> Int? {
        guard let raw = string(row, name) else { return nil }
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        guard let value = Int(text) else {
            throw invalid(row, name, raw, expected: "a whole number")
        }
        return value
    }

    private func slot(for name: String) -> Slot? {
        if let slot = slotsByExactName[name] { return slot }
        guard let column = declared[CSVColumn.normalized(name)] else { return nil }
        return slots[CSVColumn.normalized(column.name)]
    }

    private func invalid(_ row: CSVRow, _ name: String, _ value: String, expected: String) -> InterchangeError {
        let column = declared[CSVColumn.normalized(name)]?.name ?? name
        return .csvInvalidValue(file: source, line: row.line, column: column, value: value, expected: expected)
    }
}

private extension String {
    /// `12,5` as `12.5`; text with a point or several commas is left for `Double` to reject.
    func replacingDecimalComma() -> String {
        guard !utf8.contains(UInt8(ascii: ".")), utf8.filter({ $0 == UInt8(ascii: ",") }).count == 1 else { return self }
        return String(map { $0 == "," ? "." : $0 })
    }
}
