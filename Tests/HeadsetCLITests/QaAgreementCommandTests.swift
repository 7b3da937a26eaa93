import Foundation
import Testing

/// `headset qa agreement`: Krippendorff's published reliability example through the CLI, text
/// categories at the nominal level, and errors that name the file, line and column.
@Suite("headset qa agreement")
struct QaAgreementCommandTests {
    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the 4 observers × 12
    /// units reliability data (units as rows here; empty = missing).
    static let krippendorff = """
        unit,A,B,C,D
        1,1,1,,1
        2,2,2,3,2
        3,3,3,3,3
        4,3,3,3,3
        5,2,2,2,2
        6,1,2,3,4
        7,4,4,4,4
        8,1,1,2,1
        9,2,2,2,2
        10,,5,5,5
        11,,,1,1
        12,,,3,
        """

    static func run(_ csv: String, _ arguments: [String]) throws -> HeadsetProcess.Result {
        let scratch = try ScratchDirectory()
        try csv.write(to: scratch.file("ratings.csv"), atomically: true, encoding: .utf8)
        return try HeadsetProcess.run(["qa", "agreement", "--ratings", "ratings.csv"] + arguments, in: scratch.url)
    }

    @Test("the published alphas: nominal .743, ordinal .815, interval .849, ratio .797; 40 pairable values",
          arguments: [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)])
    func published(level: String, expected: Double) throws {
        let result = try Self.run(Self.krippendorff, ["--level", level, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let alpha = try #require(json["alpha"] as? Double)
        #expect(abs(alpha - expected) < 0.0005)
        #expect(json["units"] as? Int == 11, "unit 12 has one value: not pairable")
        #expect(json["pairable_values"] as? Int == 40)
    }

    @Test("nominal categories may be text; NA and empty are missing; raters keep their letters")
    func textCategories() throws {
        let csv = """
            interaction,Žemaitė,Ćorić,Bærum
            c1,pass,pass,NA
            c2,fail,fail,fail
            c3,pass,pass,pass
            c4,n/a,pass,pass
            """
        let result = try Self.run(csv, ["--level", "nominal", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["alpha"] as? Double == 1, "every unit agrees")
        #expect(json["pairable_values"] as? Int == 10)
        let table = try Self.run(csv, ["--level", "nominal"])
        #expect(table.standardOutput.contains("Krippendorff's alpha (nominal): 1.000"))
    }

    @Test("bad input names file, line and column and exits 1; a bad level is a usage error")
    func errors() throws {
        let word = try Self.run("unit,A,B\nu1,3,three\n", ["--level", "interval"])
        #expect(word.status == 1)
        #expect(word.standardError.contains("ratings.csv:2: column 'B'") && word.standardError.contains("three"))
        let negative = try Self.run("unit,A,B\nu1,3,-2\n", ["--level", "ratio"])
        #expect(negative.status == 1)
        #expect(negative.standardError.contains("unit u1, rater B"))
        let lonely = try Self.run("unit,A,B\nu1,3,\nu2,,4\n", ["--level", "interval"])
        #expect(lonely.status == 1)
        #expect(lonely.standardError.contains("no unit has values from two or more raters"))
        let oneRater = try Self.run("unit,A\nu1,3\n", ["--level", "interval"])
        #expect(oneRater.status == 1)
        #expect(oneRater.standardError.contains("at least two"))
        let level = try Self.run(Self.krippendorff, ["--level", "cardinal"])
        #expect(level.status == 2)
        #expect(level.standardError.contains("nominal, ordinal, interval or ratio"))
    }
}
