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
///
/// A document holds every row; to go through a large file row by row, use ``CSVRecordReader``,
/// which this reader is built on.
public enum CSVReader {
    /// Reads and parses a file; errors name the file by its path as given.
    ///
    /// The file is read in chunks, so memory holds the rows but never the whole text; problems
    /// are reported in file order (see ``CSVRecordReader``).
    public static func read(contentsOf url: URL) throws(InterchangeError) -> CSVDocument {
        try CSVRecordReader(contentsOf: url).readAll()
    }

    /// Parses UTF-8 bytes; `source` is the name used in error messages.
    ///
    /// Invalid UTF-8 anywhere is reported before any other problem.
    public static func parse(_ data: Data, source: String) throws(InterchangeError) -> CSVDocument {
        let bytes = [UInt8](data)
        let invalid = bytes.withUnsafeBufferPointer { buffer -> InterchangeError? in
            guard let offset = UTF8Validator.firstInvalidOffset(in: buffer) else { return nil }
            return .notUTF8(file: source, line: UTF8Validator.line(at: offset, in: buffer))
        }
        if let invalid { throw invalid }
        return try CSVRecordReader(bytes: bytes, source: source).readAll()
    }

    /// Parses text that is already a string; `source` is the name used in error messages.
    public static func parse(_ text: String, source: String) throws(InterchangeError) -> CSVDocument {
        try CSVRecordReader(bytes: Array(text.utf8), source: source).readAll()
    }
}
