import Foundation

/// The workbooks in Fixtures/, written by Fixtures/make_reference.py with Python XlsxWriter 3.3.1.
enum Fixture {
    /// Shared strings, styles, panes, validations, conditional formats, a table, four charts, properties.
    static let reference = "reference.xlsx"
    /// Written with `{'constant_memory': True}`: inline strings and no sharedStrings.xml.
    static let constantMemory = "reference_constant_memory.xlsx"
    /// Plain text named .xlsx.
    static let notAZip = "not_a_zip.xlsx"
    /// A zip archive with [Content_Types].xml and docProps/app.xml only.
    static let missingWorkbook = "missing_workbook.xlsx"
    /// The first half of reference.xlsx: no central directory.
    static let truncated = "truncated.xlsx"

    /// The URL of a fixture file in the test bundle.
    static func url(_ name: String) throws -> URL {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "Fixtures folder missing from the test bundle"])
        }
        return folder.appendingPathComponent(name)
    }
}
