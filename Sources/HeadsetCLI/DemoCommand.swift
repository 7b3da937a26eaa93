import HeadsetServices
import ArgumentParser
import CivilTime
import Foundation
import Reports
import Scheduling
import Storage
import Workbook

/// `headset demo`: builds the demo contact centre in a fresh database and exports its workbook.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create the demo contact centre in a fresh SQLite database and export it to a workbook.",
        discussion: "An existing demo database at the same path is replaced only once the new one is complete.")

    @Option(name: .long, help: ArgumentHelp("Demo database to (re)create.", valueName: "path"))
    var database = "headset-demo.sqlite"

    @Option(name: .long, help: ArgumentHelp("Workbook to write.", valueName: "path"))
    var xlsx = "headset-demo.xlsx"

    @Option(name: .long, help: ArgumentHelp("Who creates the demo, for the audit log.", valueName: "name"))
    var actor = "headset-demo"

    func run() throws {
        let started = Date()
        // Read the sample data and forecast first: without them the demo stops before writing anything.
        let forecast = try DemoForecast.sample()
        let staffing = try DemoStaffing.sample(forecast: forecast,
                                               timeZone: DemoCentre.zone)
        let shifts = try DemoShifts.sample(forecast: forecast, staffing: staffing)
        let email = try DemoEmail.sample(forecast: forecast)
        let organization = try DemoOrganization.sample()
        let today = LocalDate(Date(), in: DemoCentre.zone)
        var roster = try DemoRoster.sample(forecast: forecast, organization: organization, today: today)
        let quality = try DemoQuality.sample(organization: organization, agents: roster.document.staff.map(\.person), today: today)
        let coaching = try DemoCoaching.sample(quality: quality, roster: roster.document, organization: organization, today: today)
        roster.document.activities = coaching.activities
        try DemoDatabase.build(at: database, actor: actor, history: forecast.history,
                               historySource: DemoForecast.historyFile, organization: organization, roster: roster.document,
                               quality: quality, coaching: coaching)
        let centre = try Centre.open(path: database, access: .write)
        defer { try? centre.close() }
        let sheets = try DemoExport.write(from: centre, databasePath: database, forecast: forecast, staffing: staffing,
                                          shifts: shifts, email: email, roster: roster, quality: quality, coaching: coaching,
                                          to: URL(fileURLWithPath: xlsx))
        let seconds = Date().timeIntervalSince(started)
        print("Demo contact centre: \(database)")
        print("Workbook: \(xlsx) (\(sheets.count) sheets: \(sheets.joined(separator: ", ")))")
        print("Demo logins (headset user list): \(DemoLogins.description)")
        print(String(format: "Done in %.2f s.", seconds))
    }
}
