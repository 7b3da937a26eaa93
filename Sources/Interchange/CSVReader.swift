import Foundation

/// Reads CSV files (RFC 4180) into a ``CSVDocument`` with line-numbered errors.
///
/// ```swift
/// let document = try CSVReader.read(contentsOf: URL(fileURLWithPath: "bank.csv"))
/// ```
///
/// The input must be UTF-8 (a leading byte order mark is dropped). The delimiter is detected from
/// the header line: `,`, `;` or tab, whichever appears most often outside quotes. Line ends may be
/// LF, CRLF or a lone CR. Every record must have as many fields as the header; blank lines are
/// skipped. Values are not normalised (no Unicode normalisation, no trimming); only header names
/// are trimmed.
public enum CSVReader {
    /// Reads and parses a file; errors name the file by its path as given.
    public static func read(contentsOf url: URL) throws(InterchangeError) -> CSVDocument {
        let data = try FileAccess.read(url)
        return try parse(data, source: FileAccess.displayName(of: url))
    }

    /// Parses UTF-8 bytes; `source` is the name used in error messages.
    public static func parse(_ data: Data, source: String) throws(InterchangeError) -> CSVDocument {
        let result = data.withUnsafeBytes { raw -> Result<CSVDocument, InterchangeError> in
            let bytes = raw.assumingMemoryBound(to: UInt8.self)
            if let offset = UTF8Validator.firstInvalidOffset(in: bytes) {
                return .failure(.notUTF8(file: source, line: UTF8Validator.line(at: offset, in: bytes)))
            }
            return CSVParser.parse(bytes, source: source)
        }
        return try result.get()
    }

    /// Parses text that is already a string; `source` is the name used in error messages.
    public static func parse(_ text: String, source: String) throws(InterchangeError) -> CSVDocument {
        var text = text
        let result = text.withUTF8 { bytes in CSVParser.parse(bytes, source: source) }
        return try result.get()
    }
}
