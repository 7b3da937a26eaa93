import Interchange

/// Prints a command's data in the chosen format: the table for people, the Encodable value as
/// JSON, the table again as CSV.
enum OutputPrinter {
    static func print<Value: Encodable>(_ table: TextTable, json value: Value, format: OutputFormat) {
        switch format {
        case .table:
            Swift.print(table.rendered())
        case .json:
            Swift.print(JSONOutput.encode(value))
        case .csv:
            Swift.print(CSVWriter.encode(header: table.headers, rows: table.rows), terminator: "")
        }
    }
}
