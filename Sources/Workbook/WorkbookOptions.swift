import Foundation

/// How a workbook is written.
public struct WorkbookOptions: Sendable {
    /// Flush each row to disk as soon as the next row starts: memory stays flat however many rows
    /// are written, at the cost of writing rows strictly top to bottom and strings inline.
    public var constantMemory = false
    /// Where libxlsxwriter keeps its working files; nil means the system's temp directory.
    public var temporaryDirectory: URL?
    /// The time zone in which `.dateTime` values are shown.
    public var timeZone = TimeZone(identifier: "UTC")!
    /// ZIP64 extensions, needed only past 4 GB.
    public var useZip64 = false

    public init(constantMemory: Bool = false, temporaryDirectory: URL? = nil,
                timeZone: TimeZone = TimeZone(identifier: "UTC")!, useZip64: Bool = false) {
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory
        self.timeZone = timeZone
        self.useZip64 = useZip64
    }
}
