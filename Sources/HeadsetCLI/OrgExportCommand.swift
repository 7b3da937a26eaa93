import HeadsetServices
import ArgumentParser
import Foundation
import Organization
import Reports
import Workbook

/// `headset org export --xlsx FILE`: the organisation workbook (hierarchy, title catalogue,
/// headcount) on a day.
struct OrgExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the organisation on a day to a workbook: hierarchy (outline levels), title catalogue, headcount.",
        discussion: """
            Example:
              headset org export --xlsx org.xlsx --as-of 2027-03-01 --locale lt

            Sheets: Org hierarchy (everyone under their manager, indented, foldable with Excel's \
            outline buttons; vacancies in grey), Title catalogue (one name column per language, \
            aliases, people and vacancies per title) and Headcount (by job family, role, title \
            and team, as live COUNTIFS formulas over the hierarchy).
            """)

    @Option(help: ArgumentHelp("Workbook to write (.xlsx); replaced only once complete.", valueName: "path"))
    var xlsx: String

    @OptionGroup var view: OrgViewOptions
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let org = try view.view(database)
        try Workbook.write(to: URL(fileURLWithPath: xlsx)) { workbook in
            try workbook.setProperties(DocumentProperties(
                title: "Organisation on \(org.date)", subject: "Reporting lines, titles and headcount",
                author: "Headset \(HeadsetVersion.current)", keywords: "organisation, org chart, headcount"))
            try OrganizationSheets.add(to: workbook, snapshot: org.snapshot, locale: org.locale)
        }
        let sheets = OrganizationSheets.summaries.map(\.sheetName)
        print("Wrote \(xlsx): \(org.snapshot.headcount) people and \(org.snapshot.vacancies.count) vacancies on "
            + "\(org.date) (\(org.locale)); sheets \(sheets.joined(separator: ", ")).")
    }
}
