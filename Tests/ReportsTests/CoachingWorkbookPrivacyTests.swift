import CivilTime
import Foundation
import Reports
import Testing
import Workbook
import XlsxReader

/// Private coach notes must never reach an export: the row type has no field for them, and every
/// text on the sheets is something the report gave, a header, a status word or a heading.
@Suite("Coaching workbook privacy and edge cases")
struct CoachingWorkbookPrivacyTests {
    typealias Fixture = CoachingWorkbookFixture

    @Test("a log row holds exactly the shared fields, none private")
    func rowFields() {
        let labels = Mirror(reflecting: Fixture.s1).children.compactMap(\.label)
        #expect(labels == ["id", "date", "agent", "agentName", "coachName", "format", "channel", "criteria", "linkedEvaluations",
                           "strengths", "opportunities", "agreedActions", "acknowledgedOn", "acknowledgementComment",
                           "acknowledgementDue", "minutes"])
        #expect(!labels.contains { $0.lowercased().contains("private") })
    }

    @Test("every text on the sheets was given, or is a header, a status, a label or a heading")
    func onlyWhatWasGiven() throws {
        let file = try Fixture.write()
        let report = Fixture.report
        var given = Set(report.notes)
        for session in report.sessions {
            given.formUnion([session.id, session.agent, session.agentName, session.coachName, session.format,
                             session.criteria.joined(separator: ", "), session.strengths, session.opportunities, session.agreedActions])
            given.formUnion([session.channel, session.acknowledgementComment].compactMap { $0 })
        }
        for item in report.actionItems { given.formUnion([item.sessionId, item.agentName, item.ownerName, item.text, item.status]) }
        for effect in report.effects { given.formUnion([effect.criterion, effect.label]) }
        let computed: Set = ["", "Acknowledged", "Acknowledgement overdue", "Awaiting acknowledgement", "small sample",
                             "Today", "Sessions", "Coaching hours", "Open", "Overdue", "Done"]
        let headerRows = ["Coaching log": 6, "Action items": 7, "Coaching effect": 4]
        for name in file.sheetNames {
            let sheet = try file.sheet(name)
            let header = try #require(headerRows[name])
            let headers = Set((0...sheet.maxColumn).compactMap { sheet.cell(row: header, column: $0)?.value.stringValue })
            // Above the table: the title, the report's notes, labels, and one explanatory line of the sheet's own.
            let above = (0..<header).compactMap { sheet.cell(row: $0, column: 0)?.value.stringValue }
            let own = above.filter { !given.contains($0) && !computed.contains($0) }
            #expect(own.count == 2, "\(name): a title and one explanation, found \(own)")
            let allowed = given.union(computed).union(headers).union(own)
            for cell in sheet.cells.values {
                guard let text = cell.value.stringValue else { continue }
                #expect(allowed.contains(text), "\(name)!\(cell.reference): '\(text)' was not given")
            }
        }
    }

    @Test("an empty report still writes every sheet: zero counts, no highlighting on empty rows, no chart")
    func empty() throws {
        let report = CoachingReport(sessions: [], actionItems: [], effects: [], today: LocalDate("2026-11-20")!)
        let file = try Fixture.write(report)
        let log = try file.sheet("Coaching log"), items = try file.sheet("Action items")
        #expect(log.cell("B4")?.value == .number(0) && log.cell("B5")?.value == .number(0))
        #expect(log.conditionalFormats.isEmpty && items.conditionalFormats.isEmpty)
        #expect((3...5).map { items.cell(row: $0, column: 1)?.value } == [.number(0), .number(0), .number(0)])
        #expect(try file.sheet("Coaching effect").charts.isEmpty)
    }

    @Test("constant-memory mode writes the same cells")
    func constantMemory() throws {
        let plain = try Fixture.write(), streamed = try Fixture.write(options: WorkbookOptions(constantMemory: true))
        for name in plain.sheetNames {
            let a = try plain.sheet(name), b = try streamed.sheet(name)
            let values = { (sheet: XlsxSheet) in
                sheet.cells.filter { !$0.value.value.isEmpty }.mapValues { "\($0.value) \($0.formula ?? "")" }
            }
            #expect(values(a) == values(b), "\(name)")
        }
    }
}
