import Foundation

/// A reliability matrix read from CSV for `headset qa agreement`: one row per unit (an
/// interaction, an item), one column per rater, an empty cell where that rater gave no value.
///
/// ```
/// unit,Žemaitė,Ćorić,Bærum
/// call-1041,4,4,
/// call-1042,2,3,2
/// ```
///
/// A first column headed `unit` (also `unit_id`, `item`, `interaction`, `interaction_id`, `id`)
/// names the units; every other column is a rater. Values are numbers, except at the nominal
/// level, where any text is a category (`pass`, `fail`, `n/a`); `NA` and `-` count as missing as
/// an empty cell does.
public struct RatingsFile: Sendable {
    public let source: String
    public let raters: [String]
    /// Unit names, or `row N` when the file has no unit column.
    public let units: [String]
    /// `values[unit][rater]`; nil is missing.
    public let values: [[Double?]]
    /// Nominal categories in order of first appearance; a category's value is its index.
    public let categories: [String]

    static let unitHeaders: Set<String> = ["unit", "unit_id", "item", "interaction", "interaction_id", "id"]
    static let missingMarkers: Set<String> = ["", "na", "n/a", "-", "."]

    /// Reads `url`; `numeric` false takes every value as a category (nominal).
    public static func read(_ url: URL, numeric: Bool) throws -> RatingsFile {
        try parse(try CSVReader.read(contentsOf: url), numeric: numeric)
    }

    public static func parse(_ document: CSVDocument, numeric: Bool) throws -> RatingsFile {
        let source = document.source
        let header = document.header.map { $0.trimmingWhitespace() }
        let hasUnitColumn = header.first.map { unitHeaders.contains($0.lowercased()) } ?? false
        let raterColumns = hasUnitColumn ? Array(1..<header.count) : Array(0..<header.count)
        guard raterColumns.count >= 2 else {
            throw InterchangeError.csvInvalidValue(file: source, line: 1, column: header.last ?? "", value: header.joined(separator: ","),
                                                   expected: "a column per rater, at least two")
        }
        var seen: [String: Int] = [:]
        for column in raterColumns {
            let name = header[column]
            if name.isEmpty {
                throw InterchangeError.csvInvalidValue(file: source, line: 1, column: "column \(column + 1)", value: "",
                                                       expected: "the rater's name")
            }
            if let earlier = seen[name] {
                throw InterchangeError.csvInvalidValue(file: source, line: 1, column: name, value: name,
                                                       expected: "a rater named once (also column \(earlier + 1))")
            }
            seen[name] = column
        }
        var units: [String] = [], values: [[Double?]] = [], categories: [String] = [], categoryIndex: [String: Int] = [:]
        for row in document.rows {
            let fields = row.fields
            units.append(hasUnitColumn ? (fields.first ?? "").trimmingWhitespace() : "row \(row.line)")
            var unitValues: [Double?] = []
            for column in raterColumns {
                let text = column < fields.count ? fields[column].trimmingWhitespace() : ""
                if missingMarkers.contains(text.lowercased()) {
                    unitValues.append(nil)
                } else if numeric {
                    guard case let decimal = text.replacingOccurrences(of: ",", with: "."), DecimalNumberText.isDecimal(decimal),
                          let value = Double(decimal), value.isFinite else {
                        throw InterchangeError.csvInvalidValue(file: source, line: row.line, column: header[column], value: text,
                                                               expected: "a number, or an empty cell for no rating")
                    }
                    unitValues.append(value)
                } else {
                    let index = categoryIndex[text] ?? {
                        categories.append(text)
                        categoryIndex[text] = categories.count - 1
                        return categories.count - 1
                    }()
                    unitValues.append(Double(index))
                }
            }
            values.append(unitValues)
        }
        return RatingsFile(source: source, raters: raterColumns.map { header[$0] }, units: units, values: values,
                           categories: categories)
    }
}
