import Foundation

/// Document properties from docProps/core.xml and docProps/app.xml; nil where a property is absent.
///
///     #expect(file.properties.title == "Headset reference workbook")
public struct XlsxProperties: Sendable, Equatable {
    /// `dc:title`.
    public let title: String?
    /// `dc:subject`.
    public let subject: String?
    /// `dc:creator`, the author.
    public let creator: String?
    /// `Manager` in app.xml.
    public let manager: String?
    /// `Company` in app.xml.
    public let company: String?
    /// `cp:category`.
    public let category: String?
    /// `cp:keywords`.
    public let keywords: String?
    /// `dc:description`, shown as Comments.
    public let comments: String?
    /// `cp:contentStatus`.
    public let status: String?
    /// `cp:lastModifiedBy`.
    public let lastModifiedBy: String?
    /// `Application` in app.xml ("Microsoft Excel" for libxlsxwriter and XlsxWriter).
    public let application: String?
    /// `dcterms:created`.
    public let created: Date?
    /// `dcterms:modified`.
    public let modified: Date?

    /// Same as `creator`.
    public var author: String? { creator }

    public init(
        title: String? = nil, subject: String? = nil, creator: String? = nil, manager: String? = nil,
        company: String? = nil, category: String? = nil, keywords: String? = nil, comments: String? = nil,
        status: String? = nil, lastModifiedBy: String? = nil, application: String? = nil,
        created: Date? = nil, modified: Date? = nil
    ) {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.status = status
        self.lastModifiedBy = lastModifiedBy
        self.application = application
        self.created = created
        self.modified = modified
    }

    /// Reads the core and extended properties parts (either may be absent).
    init(core: XMLElementNode?, app: XMLElementNode?) {
        func text(_ root: XMLElementNode?, _ name: String) -> String? {
            root?.child(name)?.text
        }
        func date(_ name: String) -> Date? {
            text(core, name).flatMap { try? Date($0.trimmingCharacters(in: .whitespaces), strategy: .iso8601) }
        }
        self.init(
            title: text(core, "title"), subject: text(core, "subject"), creator: text(core, "creator"),
            manager: text(app, "Manager"), company: text(app, "Company"), category: text(core, "category"),
            keywords: text(core, "keywords"), comments: text(core, "description"),
            status: text(core, "contentStatus"), lastModifiedBy: text(core, "lastModifiedBy"),
            application: text(app, "Application"), created: date("created"), modified: date("modified"))
    }
}
