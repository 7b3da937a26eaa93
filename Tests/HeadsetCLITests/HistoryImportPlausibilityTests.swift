import Foundation
import Testing

/// `headset history import` refuses rows that cannot be history (more handled than offered, a
/// start in 2099) unless `--lenient`, and keeps one channel however its name is spelt.
@Suite("headset history import: implausible rows and channel names")
struct HistoryImportPlausibilityTests {
    static func scratch(_ text: String) throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        try text.write(to: scratch.file("calls.csv"), atomically: true, encoding: .utf8)
        return scratch
    }

    static func importing(_ extra: [String], in scratch: ScratchDirectory) throws -> HeadsetProcess.Result {
        try HeadsetProcess.run(["history", "import", "--create", "calls.csv", "--time-zone", "Europe/Vilnius", "--database", "centre.sqlite"]
                               + extra, in: scratch.url)
    }

    @Test("handled above offered and a start in 2099 fail the import with line and field; --lenient skips and reports them")
    func implausibleRows() throws {
        let scratch = try Self.scratch("""
            start,offered,handled
            2003-03-03 07:00,10,9
            2003-03-03 07:30,10,12
            2099-03-03 08:00,10,9
            2003-03-03 08:30,10,10
            2003-03-03 09:00,10,10

            """)
        let strict = try Self.importing([], in: scratch)
        #expect(strict.status == 1)
        #expect(strict.standardError == "headset: error: calls.csv:3: column 'handled': 12 handled is more than the 10 offered (column 'offered')\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("centre.sqlite").path), "a refused import creates no database")
        let lenient = try Self.importing(["--lenient", "--format", "json"], in: scratch)
        #expect(lenient.status == 0, "\(lenient.standardError)")
        let report = try HistoryCommandTests.json(lenient)
        #expect(report["inserted"] as? Int == 3)
        let skipped = try #require(report["skipped_rows"] as? [[String: Any]])
        #expect(skipped.map { $0["line"] as? Int } == [3, 4])
        #expect((skipped.last?["reason"] as? String)?.hasPrefix("'2099-03-03 08:00' is in the future: history ends with tomorrow") == true)
    }

    @Test("Phone, phone and --channel ' PHONE' are one channel, stored as phone")
    func oneChannel() throws {
        let scratch = try Self.scratch("channel,start,calls\nPhone,2003-03-03 07:00,1\nphone,2003-03-03 07:30,2\n,2003-03-03 08:00,3\n")
        let imported = try Self.importing(["--channel", " PHONE"], in: scratch)
        #expect(imported.status == 0, "\(imported.standardError)")
        let channels = try HistoryCommandTests.list(in: scratch)
        #expect(channels.map { $0["channel"] as? String } == ["phone"])
        #expect(channels.first?["rows"] as? Int == 3)
    }
}
