import Foundation

/// An .xlsx workbook read back for assertions: its zip entries, sheets, properties and defined names.
///
///     let file = try XlsxFile(contentsOf: url)
///     #expect(file.sheetNames == ["Agents", "Queue"])
///     let sheet = try file.sheet("Agents")
///
/// The archive, shared strings and styles are read when the file is opened; each call to
/// `sheet(_:)` parses that worksheet afresh (streaming, so large sheets stay fast).
public struct XlsxFile: Sendable {
    /// Every zip entry path in archive order, directories included.
    public let entryPaths: [String]
    /// Sheet names in workbook order (chartsheets included).
    public let sheetNames: [String]
    /// Core and extended document properties.
    public let properties: XlsxProperties
    /// Defined name -> formula as stored ("Lists!$A$1:$A$3"). Sheet-scoped names are keyed
    /// "Sheet!Name" with the sheet name unquoted ("Agents!_xlnm._FilterDatabase").
    public let definedNames: [String: String]
    /// The workbook part ("xl/workbook.xml").
    public let workbookPart: String

    private let package: ZipPackage
    private let sheetParts: [String: String]
    private let sharedStrings: [String]
    private let styles: StyleSheet

    /// Opens and checks an .xlsx file; throws `XlsxReaderError` when it is not a readable workbook.
    public init(contentsOf url: URL) throws {
        let package = try ZipPackage(contentsOf: url)
        let rootRelationships = try Relationships(of: "", in: package)
        let workbookPart = rootRelationships.first(ofType: "officeDocument").map(rootRelationships.partName(of:))
            ?? "xl/workbook.xml"
        guard let workbook = try package.xml(workbookPart) else { throw XlsxReaderError.missingPart(workbookPart) }
        let workbookRelationships = try Relationships(of: workbookPart, in: package)

        var sheetNames: [String] = []
        var sheetParts: [String: String] = [:]
        for sheet in workbook.child("sheets")?.children("sheet") ?? [] {
            guard let name = sheet.attribute("name") else {
                throw XlsxReaderError.invalidContent(part: workbookPart, reason: "a <sheet> has no name")
            }
            guard let id = sheet.attribute("id"), let relationship = workbookRelationships[id] else {
                throw XlsxReaderError.invalidContent(
                    part: workbookPart, reason: "sheet '\(name)' has no relationship to a worksheet part")
            }
            sheetNames.append(name)
            sheetParts[name] = workbookRelationships.partName(of: relationship)
        }

        var definedNames: [String: String] = [:]
        for definedName in workbook.child("definedNames")?.children("definedName") ?? [] {
            guard let name = definedName.attribute("name") else { continue }
            if let scope = definedName.attribute("localSheetId").flatMap(Int.init), sheetNames.indices.contains(scope) {
                definedNames["\(sheetNames[scope])!\(name)"] = definedName.text
            } else {
                definedNames[name] = definedName.text
            }
        }

        var sharedStrings: [String] = []
        if let relationship = workbookRelationships.first(ofType: "sharedStrings") {
            let part = workbookRelationships.partName(of: relationship)
            sharedStrings = try SharedStringsParser.parse(package.requiredData(part), part: part)
        }
        let styles = try workbookRelationships.first(ofType: "styles")
            .flatMap { try package.xml(workbookRelationships.partName(of: $0)) }
            .map(StyleSheet.init) ?? .empty

        let core = try rootRelationships.first(ofType: "core-properties")
            .flatMap { try package.xml(rootRelationships.partName(of: $0)) } ?? package.xml("docProps/core.xml")
        let app = try rootRelationships.first(ofType: "extended-properties")
            .flatMap { try package.xml(rootRelationships.partName(of: $0)) } ?? package.xml("docProps/app.xml")

        self.entryPaths = package.entryPaths
        self.sheetNames = sheetNames
        self.properties = XlsxProperties(core: core, app: app)
        self.definedNames = definedNames
        self.workbookPart = workbookPart
        self.package = package
        self.sheetParts = sheetParts
        self.sharedStrings = sharedStrings
        self.styles = styles
    }

    /// Reads the sheet with this exact name; throws `XlsxReaderError.sheetNotFound` listing the names there are.
    public func sheet(_ name: String) throws -> XlsxSheet {
        guard let part = sheetParts[name] else {
            throw XlsxReaderError.sheetNotFound(name: name, available: sheetNames)
        }
        return try XlsxSheet(name: name, partName: part, package: package, sharedStrings: sharedStrings, styles: styles)
    }

    /// The bytes of a zip entry ("xl/styles.xml"), for checks the typed API does not cover.
    public func data(forEntry path: String) -> Data? {
        package.data(path)
    }

    /// The 0-based index of column letters ("A" -> 0, "AA" -> 26); see `XlsxCellReference`.
    public static func columnIndex(_ letters: String) -> Int? {
        XlsxCellReference.columnIndex(letters)
    }

    /// The A1 reference of a 0-based position: (0, 0) -> "A1", column 26 -> "AA".
    public static func reference(row: Int, column: Int) -> String {
        XlsxCellReference.reference(row: row, column: column)
    }
}
