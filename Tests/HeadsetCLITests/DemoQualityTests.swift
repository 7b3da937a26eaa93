import Foundation
import Testing
import XlsxReader

/// The demo's QA: evaluations of the organisation's agents by their supervisors, stored (so the
/// qa commands work on the demo database), in the workbook, labelled synthetic; disputes decided.
@Suite("headset demo: quality")
struct DemoQualityTests {
    @Test("evaluations stored and reported; the workbook's QA sheets agree with the SQL agent-month report")
    func demoQuality() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["demo"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        let cards = try HeadsetProcess.run(["qa", "scorecard", "list", "--database", "headset-demo.sqlite", "--format", "json"],
                                           in: scratch.url)
        #expect(cards.standardOutput.contains("\"voice-call\"") && cards.standardOutput.contains("\"letter\""))

        let file = try XlsxFile(contentsOf: scratch.file("headset-demo.xlsx"))
        let evaluations = try file.sheet("Evaluations")
        #expect(evaluations.maxRow > 200, "four a month for three months of every agent")
        let summary = try file.sheet("Agent summary")
        let texts = summary.cells.values.compactMap(\.value.stringValue)
        #expect(texts.contains { $0.hasPrefix("SYNTHETIC evaluations") })
        let header = try #require((0...summary.maxRow).first { summary.cell(row: $0, column: 0)?.value == .text("Agent") })
        let ieva = try #require((header...summary.maxRow).first { summary.cell(row: $0, column: 0)?.value == .text("ieva.petraityte") })
        let count = try #require(summary.cell(row: ieva, column: 3)?.value.doubleValue)
        #expect(count >= 8)

        // The months in the sheet equal the SQL report month by month.
        var perMonth: [String: Int] = [:]
        for row in 1...evaluations.maxRow where evaluations.cell(row: row, column: 3)?.value == .text("ieva.petraityte") {
            if let month = evaluations.cell(row: row, column: 2)?.value.stringValue { perMonth[month, default: 0] += 1 }
        }
        for (month, evaluated) in perMonth {
            let report = try HeadsetProcess.run(["qa", "report", "--database", "headset-demo.sqlite", "--agent", "ieva.petraityte",
                                                 "--month", month, "--format", "json"], in: scratch.url)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])
            #expect(json["evaluations"] as? Int == evaluated, "\(month)")
        }
        #expect(perMonth.values.reduce(0, +) == Int(count))
        #expect(try file.sheet("QA trend").charts.count == 1)
        let audit = try HeadsetProcess.run(["audit", "--all", "--database", "headset-demo.sqlite", "--limit", "0", "--format", "json"],
                                           in: scratch.url)
        #expect(audit.standardOutput.contains("\"dispute\""))
    }
}
