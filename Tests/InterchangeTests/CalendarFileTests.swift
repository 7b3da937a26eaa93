import CivilTime
import Forecasting
import Foundation
import Interchange
import Testing

@Suite("Calendar files")
struct CalendarFileTests {
    static let yaml = """
        time_zone: Europe/Oslo
        opening_hours:
          monday: "08:00-20:00"
          tuesday: "08:00-20:00"
          saturday: ["09:00-13:00", "14:00-16:00"]
          sunday: closed
        closed:
          - { date: 2026-12-25, name: Første juledag }
        special_days:
          - { date: 2026-12-24, label: Julaften, hours: "08:00-13:00", volume_factor: 0.7 }
          - { date: 2026-11-30, label: Kampanje, volume_factor: 1.3 }
        """

    @Test("a calendar file gives weekly hours, closures and special days")
    func decodes() throws {
        let calendar = try YAMLLoader.decode(CalendarFile.self, yaml: Self.yaml, source: "bærum.yaml").calendar(source: "bærum.yaml")
        #expect(calendar.timeZone.identifier == "Europe/Oslo")
        #expect(calendar.periods(on: LocalDate("2026-11-30")!).map(\.description) == ["08:00-20:00"])
        #expect(calendar.periods(on: LocalDate("2026-11-28")!).map(\.description) == ["09:00-13:00", "14:00-16:00"])
        #expect(calendar.isOpen(LocalDate("2026-11-29")!) == false, "Sunday is closed")
        #expect(calendar.isOpen(LocalDate("2026-12-02")!) == false, "Wednesday is not listed, so closed")
        #expect(calendar.closedDates[LocalDate("2026-12-25")!] == "Første juledag")
        #expect(calendar.periods(on: LocalDate("2026-12-24")!).map(\.description) == ["08:00-13:00"])
        #expect(calendar.volumeFactor(on: LocalDate("2026-11-30")!) == 1.3)
    }

    @Test("bad hours, weekdays, dates and zones are reported with their line", arguments: [
        ("time_zone: Mars/Olympus\nopening_hours: {}\n", 1, "time_zone"),
        ("time_zone: UTC\nopening_hours:\n  monday: \"9-17\"\n", 3, "opening_hours.monday"),
        ("time_zone: UTC\nopening_hours:\n  funday: \"09:00-17:00\"\n", 3, "opening_hours"),
        ("time_zone: UTC\nopening_hours: {}\nclosed:\n  - { date: 2026-13-01, name: x }\n", 4, "closed[0].date"),
    ])
    func errors(yaml: String, line: Int, field: String) {
        #expect {
            _ = try YAMLLoader.decode(CalendarFile.self, yaml: yaml, source: "calendar.yaml").calendar(source: "calendar.yaml")
        } throws: { error in
            guard let error = error as? InterchangeError else { return false }
            let text = error.description
            return text.hasPrefix("calendar.yaml:\(line):") && text.contains(field)
        }
    }

    @Test("the demo bank calendar in schedules/ loads")
    func bankCalendar() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schedules/bank-calendar.yaml")
        let calendar = try CalendarFile.load(from: url)
        #expect(calendar.closedDates[LocalDate("2003-07-04")!] == "Independence Day")
        #expect(calendar.intervalStarts(on: LocalDate("2003-08-28")!, lengthSeconds: 1800).count == 28)
    }
}
