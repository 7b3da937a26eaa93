import Foundation
import Testing

/// Regression tests for issue 12's coaching defects seen through the CLI: JSON follows
/// docs/cli.md (keys for people, null for absent values), text that no spreadsheet cell holds
/// is refused at input, and an item's owner closes their item.
@Suite("headset coach: JSON keys and nulls, note limits, item owners")
struct CoachJSONTests {
    typealias Coach = CoachCommandTests

    @Test("coach show --format json writes null for absent values and coach list gives keys, not display names")
    func keysAndNulls() throws {
        let scratch = try Coach.prepared()
        let made = try Coach.coach(["add", "--coach", "egle.zemaite", "--agent", "ieva.petraityte", "--date", "2026-11-24",
                                    "--minutes", "20", "--format", "one-to-one"], in: scratch)
        #expect(made.status == 0, "\(made.standardError)")
        let id = "ieva.petraityte/2026-11-24/egle.zemaite"
        let shown = try Coach.coach(["show", "--session", id, "--as", "ieva.petraityte", "--format", "json"], in: scratch)
        #expect(shown.status == 0, "\(shown.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])
        for key in ["channel", "start", "private_notes", "acknowledged_at", "acknowledgement_comment", "follow_up_due"] {
            #expect(json[key] is NSNull, "\(key) is null: \(shown.standardOutput)")
        }
        let listed = try Coach.coach(["list", "--as", "egle.zemaite", "--format", "json"], in: scratch)
        let lines = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]])
        let line = try #require(lines.first { $0["session"] as? String == id })
        #expect(line["agent"] as? String == "ieva.petraityte")
        #expect(line["coach"] as? String == "egle.zemaite")
        #expect(line["follow_up_due"] is NSNull)
        let csv = try Coach.coach(["show", "--session", id, "--as", "egle.zemaite", "--format", "csv"], in: scratch)
        #expect(csv.standardOutput.hasPrefix("field,value\nsession,\(id)\n"), "\(csv.standardOutput)")
    }

    @Test("a note longer than a spreadsheet cell is refused naming --private; nothing is stored")
    func noteTooLong() throws {
        let scratch = try Coach.prepared()
        let long = String(repeating: "Ž", count: 32_768)
        let refused = try Coach.coach(["add", "--coach", "egle.zemaite", "--agent", "ieva.petraityte", "--date", "2026-11-24",
                                       "--minutes", "20", "--format", "one-to-one", "--private", long], in: scratch)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("--private") && refused.standardError.contains("32767"), "\(refused.standardError)")
        let listed = try Coach.coach(["list", "--as", "egle.zemaite", "--format", "json"], in: scratch)
        #expect(listed.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || listed.standardOutput.contains("[]"),
                "\(listed.standardOutput)")
    }

    @Test("a session dated after today is refused naming --date")
    func futureSession() throws {
        let scratch = try Coach.prepared()
        let refused = try Coach.coach(["add", "--coach", "egle.zemaite", "--agent", "ieva.petraityte", "--date", "2031-01-01",
                                       "--minutes", "20", "--format", "one-to-one"], in: scratch)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("--date '2031-01-01'"), "\(refused.standardError)")
    }
}
