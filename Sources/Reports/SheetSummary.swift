/// A line in a workbook's table of contents: a sheet and what it shows.
public struct SheetSummary: Sendable, Equatable {
    public var sheetName: String
    public var description: String

    public init(sheetName: String, description: String) {
        self.sheetName = sheetName
        self.description = description
    }
}
