import Foundation

/// Writes CSV text that ``CSVReader`` (and spreadsheets) read back field for field.
///
/// ```swift
/// let text = CSVWriter.encode(header: ["name", "calls"], rows: [["Ålesund", "12"]])
/// try CSVWriter.write(header: ["name"], rows: [["Žemaitė"]], to: url)
/// ```
///
/// A field is quoted (RFC 4180 section 2, rules 6 and 7) when it contains a quote, CR, LF, any
/// delimiter the reader might detect (`,`, `;`, tab — not only the one in use, so that a file
/// whose header has a single column is still read back correctly), or leading or trailing
/// whitespace (which spreadsheets would otherwise drop). Lines end with "\n", including the last.
///
/// Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) is
/// written behind an apostrophe; numbers such as `-3.5` stay numbers (see
/// ``SpreadsheetFormulaGuard``).
public enum CSVWriter {
    /// The CSV text for a header and rows.
    public static func encode(header: [String], rows: [[String]], delimiter: Character = ",") -> String {
        var output: [UInt8] = []
        output.reserveCapacity(64 * (rows.count + 1))
        let delimiterBytes = Array(String(delimiter).utf8)
        append(header, to: &output, delimiter: delimiterBytes)
        for row in rows {
            append(row, to: &output, delimiter: delimiterBytes)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes the CSV text to `url` atomically: readers see the old file or the new one, never
    /// half of it, and on failure the old file is untouched.
    public static func write(
        header: [String],
        rows: [[String]],
        delimiter: Character = ",",
        to url: URL
    ) throws(InterchangeError) {
        let text = encode(header: header, rows: rows, delimiter: delimiter)
        try FileAccess.writeAtomically(Data(text.utf8), to: url)
    }

    private static let quote = UInt8(ascii: "\"")

    private static func append(_ fields: [String], to output: inout [UInt8], delimiter: [UInt8]) {
        // A record with one empty field would be a blank line, which readers skip.
        if fields.count == 1, fields[0].isEmpty {
            output += [quote, quote, UInt8(ascii: "\n")]
            return
        }
        for (position, rawField) in fields.enumerated() {
            if position > 0 { output += delimiter }
            let field = SpreadsheetFormulaGuard.neutralised(rawField)
            guard needsQuotes(field, delimiter: delimiter) else {
                output += field.utf8
                continue
            }
            output.append(quote)
            for byte in field.utf8 {
                output.append(byte)
                if byte == quote { output.append(quote) }
            }
            output.append(quote)
        }
        output.append(UInt8(ascii: "\n"))
    }

    private static func needsQuotes(_ field: String, delimiter: [UInt8]) -> Bool {
        guard let first = field.unicodeScalars.first, let last = field.unicodeScalars.last else { return false }
        if first.properties.isWhitespace || last.properties.isWhitespace { return true }
        for byte in field.utf8 {
            switch byte {
            case quote, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                return true
            default:
                continue
            }
        }
        // An unusual delimiter (say `|` or `·`) must be quoted too.
        if delimiter.count == 1 { return field.utf8.contains(delimiter[0]) }
        return field.contains(String(decoding: delimiter, as: UTF8.self))
    }
}
