import Foundation

/// Facts about the contact centre and the export, shown on a workbook's first sheet.
public struct CentreOverview: Sendable {
    public var centreName: String
    public var timeZone: String
    public var locale: String
    public var generatedAt: Date
    public var headsetVersion: String
    public var databasePath: String
    public var schemaVersion: Int
    /// Further facts as label/value pairs, in display order.
    public var facts: [(label: String, value: String)]

    public init(centreName: String, timeZone: String, locale: String, generatedAt: Date, headsetVersion: String,
                databasePath: String, schemaVersion: Int, facts: [(label: String, value: String)] = []) {
        self.centreName = centreName
        self.timeZone = timeZone
        self.locale = locale
        self.generatedAt = generatedAt
        self.headsetVersion = headsetVersion
        self.databasePath = databasePath
        self.schemaVersion = schemaVersion
        self.facts = facts
    }
}
