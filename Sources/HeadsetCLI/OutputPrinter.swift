import HeadsetServices
import Interchange

/// Prints a command's data in the chosen format: the table for people, the Encodable value as
/// JSON, the table again as CSV.
enum OutputPrinter {
    static func print<Value: Encodable>(_ table: TextTable, json value: Value, format: OutputFormat) {
        print(table, csv: table, json: value, format: format)
    }

    /// As above, with a CSV that differs from the table (exact numbers and JSON key names where
    /// the table rounds and labels for people).
    static func print<Value: Encodable>(_ table: TextTable, csv: TextTable, json value: Value, format: OutputFormat) {
        switch format {
        case .table:
            Swift.print(table.rendered())
        case .json:
            Swift.print(JSONOutput.encode(value))
        case .csv:
            Swift.print(CSVWriter.encode(header: csv.headers, rows: csv.rows), terminator: "")
        }
    }
}
