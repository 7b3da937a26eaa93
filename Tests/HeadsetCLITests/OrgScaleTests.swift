import Foundation
import Organization
import Testing

/// 10,000 generated people through the real command: reading, validating, diffing, storing,
/// loading and charting. Prints the times; the limits are generous (debug builds are slow).
/// Release figures are in docs/organization.md: set `HEADSET_ORG_SCALE_FILES` to a directory to
/// keep the generated files there and time `.build/release/headset org import` on them.
@Suite("headset org with 10,000 people")
struct OrgScaleTests {
    static func seconds(_ work: () throws -> HeadsetProcess.Result) rethrows -> (HeadsetProcess.Result, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    @Test("imports 10,000 people with dated lines, re-imports with no changes, and charts them")
    func tenThousand() throws {
        let scratch = try ScratchDirectory()
        let organization = SyntheticOrganization.make(people: 10_000, seed: 7)
        try OrgFiles.write(organization, to: scratch.url)
        if let keep = ProcessInfo.processInfo.environment["HEADSET_ORG_SCALE_FILES"] {
            try OrgFiles.write(organization, to: URL(fileURLWithPath: keep))
        }
        let arguments = ["org", "import", "--create"] + OrgFiles.names + ["--database", "big.sqlite"]
        let (first, importing) = try Self.seconds { try HeadsetProcess.run(arguments, in: scratch.url) }
        #expect(first.status == 0, "\(first.standardError.prefix(2_000))")
        let entities = organization.families.count + organization.roles.count + organization.titles.count
            + organization.people.count + organization.titleAssignments.count + organization.reportingLines.count
            + organization.positions.count + organization.escalationRules.count
        #expect(first.standardOutput.contains("Stored: \(entities) added, 0 removed, 0 changed"),
                "\(first.standardOutput.suffix(300))")

        let (second, reimporting) = try Self.seconds { try HeadsetProcess.run(arguments, in: scratch.url) }
        #expect(second.status == 0, "\(second.standardError.prefix(2_000))")
        #expect(second.standardOutput.contains("No changes"))

        let (chart, charting) = try Self.seconds {
            try HeadsetProcess.run(["org", "chart", "--database", "big.sqlite", "--as-of", "2026-03-15", "--locale", "lt"],
                                   in: scratch.url)
        }
        #expect(chart.status == 0, "\(chart.standardError.prefix(2_000))")
        let people = chart.standardOutput.split(separator: "\n").filter { !$0.contains("(vacant)") }
        #expect(people.count == 10_000)
        print(String(format: "org import of 10,000 people (%d entities): %.2f s; re-import (no changes) %.2f s; chart %.2f s",
                     entities, importing, reimporting, charting))
        #expect(importing < 60)
        #expect(reimporting < 60)
        #expect(charting < 60)
    }
}
