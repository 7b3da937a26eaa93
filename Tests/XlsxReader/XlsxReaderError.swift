import Foundation

/// Why an .xlsx file, or a part of it, could not be read.
///
///     do { _ = try XlsxFile(contentsOf: url) }
///     catch XlsxReaderError.notAZipArchive(let path, _) { print("\(path) is not a zip") }
public enum XlsxReaderError: Error, Equatable, Sendable {
    /// The file does not exist or cannot be opened.
    case fileNotReadable(path: String, reason: String)
    /// The file is not a zip archive (or its central directory is damaged).
    case notAZipArchive(path: String, reason: String)
    /// A zip entry could not be decompressed or failed its checksum.
    case corruptEntry(part: String, reason: String)
    /// A part the workbook needs is absent from the archive.
    case missingPart(String)
    /// A part is not well-formed XML.
    case malformedXML(part: String, line: Int, reason: String)
    /// A part is well-formed XML but holds a value the reader cannot interpret.
    case invalidContent(part: String, reason: String)
    /// `XlsxFile.sheet(_:)` was asked for a sheet the workbook does not have.
    case sheetNotFound(name: String, available: [String])
}

extension XlsxReaderError: CustomStringConvertible, LocalizedError {
    public var description: String {
        switch self {
        case .fileNotReadable(let path, let reason):
            "Cannot read '\(path)': \(reason)"
        case .notAZipArchive(let path, let reason):
            "'\(path)' is not an .xlsx file: it is not a readable zip archive (\(reason))"
        case .corruptEntry(let part, let reason):
            "Zip entry '\(part)' is corrupt: \(reason)"
        case .missingPart(let part):
            "The archive has no '\(part)' part, so it is not a SpreadsheetML workbook"
        case .malformedXML(let part, let line, let reason):
            "'\(part)' is not well-formed XML (line \(line)): \(reason)"
        case .invalidContent(let part, let reason):
            "'\(part)': \(reason)"
        case .sheetNotFound(let name, let available):
            "No sheet named '\(name)'; the workbook has \(available.map { "'\($0)'" }.joined(separator: ", "))"
        }
    }

    public var errorDescription: String? { description }
}
