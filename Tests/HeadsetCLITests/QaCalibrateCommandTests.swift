import Foundation
import Testing
import XlsxReader

/// `headset qa calibrate` on a session worked by hand — two calls, the expert as benchmark, Ana
/// and Ben — with alpha checked against `headset qa agreement` on the same matrix, the sentences
/// a supervisor reads, the workbook, and errors at file, line and column.
///
///              empathy (0–3)     overall
///              call-1 call-2   call-1 call-2
///     expert     2      1        80     60
///     ana        3      2        86     66.4      ana: +1, +1;  +6, +6.4 → 6.2 points more lenient
///     ben        2      1        78     58        ben:  0,  0;  −2, −2   → 2 points stricter
///
/// Interval alpha by hand (Krippendorff 2011; every unit has 3 values, so o_ck sums halve):
/// overall D_o = (104 + 115.52)/6, D_e = 2 · 6 · 665.2/30 → α = 1 − 686/4989 = 4303/4989 ≈ .8625;
/// empathy D_o = 4/6, D_e = 2 · 17/30 → α = 7/17 ≈ .4118. Fleiss' kappa for empathy (categories
/// 1, 2, 3; counts (0, 2, 1), (2, 1, 0)): P̄ = 1/3, P̄e = 14/36 → κ = −1/11.
@Suite("headset qa calibrate")
struct QaCalibrateCommandTests {
    static let session = """
        interaction,rater,criterion,score
        call-1,expert,empathy,2
        call-1,expert,overall,80
        call-1,ana,empathy,3
        call-1,ana,Overall,86
        call-1,ben,empathy,2
        call-1,ben,overall,78
        call-2,expert,empathy,1
        call-2,expert,overall,60
        call-2,ana,empathy,2
        call-2,ana,overall,66.4
        call-2,ben,empathy,1
        call-2,ben,overall,58
        """

    static func run(_ csv: String, _ arguments: [String], in scratch: ScratchDirectory? = nil) throws -> HeadsetProcess.Result {
        let directory = try scratch ?? ScratchDirectory()
        try csv.write(to: directory.file("ratings.csv"), atomically: true, encoding: .utf8)
        return try HeadsetProcess.run(["qa", "calibrate", "--ratings", "ratings.csv"] + arguments, in: directory.url)
    }

    static func json(_ result: HeadsetProcess.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    /// `headset qa agreement` on a units × raters matrix.
    static func agreementAlpha(_ matrix: String) throws -> Double {
        let scratch = try ScratchDirectory()
        try matrix.write(to: scratch.file("matrix.csv"), atomically: true, encoding: .utf8)
        let result = try HeadsetProcess.run(["qa", "agreement", "--ratings", "matrix.csv", "--level", "interval", "--format", "json"],
                                            in: scratch.url)
        return try #require(try Self.json(result)["alpha"] as? Double)
    }

    static func near(_ value: Any?, _ expected: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let value = value as? Double else { return false }
        return abs(value - expected) <= tolerance
    }

    @Test("leniency and mean absolute deviation per evaluator, worked by hand")
    func evaluators() throws {
        let json = try Self.json(try Self.run(Self.session, ["--benchmark", "expert", "--format", "json"]))
        #expect(json["benchmark"] as? String == "expert" && json["level"] as? String == "interval")
        #expect(json["interactions"] as? Int == 2 && json["raters"] as? [String] == ["expert", "ana", "ben"])
        #expect(json["leniency_basis"] as? String == "overall")
        let evaluators = try #require(json["evaluators"] as? [[String: Any]])
        #expect(evaluators.map { $0["rater"] as? String } == ["ana", "ben"])
        let ana = evaluators[0], ben = evaluators[1]
        #expect(ana["leniency"] as? Double == 6.2 && ana["mean_absolute_deviation"] as? Double == 6.2)
        #expect(ana["comparisons"] as? Int == 2)
        #expect(ben["leniency"] as? Double == -2 && ben["mean_absolute_deviation"] as? Double == 2)
        let anaCriteria = try #require(ana["criteria"] as? [String: Any])
        #expect(anaCriteria["leniency"] as? Double == 1 && anaCriteria["comparisons"] as? Int == 2)
        let byCriterion = try #require(ben["by_criterion"] as? [[String: Any]])
        #expect(byCriterion.count == 1 && byCriterion[0]["criterion"] as? String == "empathy")
        #expect(byCriterion[0]["leniency"] as? Double == 0)
    }

    @Test("per criterion and overall: deviation, spread, alpha as qa agreement gives it on the same matrix, Fleiss' kappa")
    func criteria() throws {
        let json = try Self.json(try Self.run(Self.session, ["--benchmark", "expert", "--format", "json"]))
        let criteria = try #require(json["criteria"] as? [[String: Any]])
        #expect(criteria.map { $0["criterion"] as? String } == ["empathy"])
        let empathy = criteria[0]
        #expect(empathy["items"] as? Int == 2 && empathy["comparisons"] as? Int == 4)
        #expect(empathy["mean_absolute_deviation"] as? Double == 0.5 && empathy["mean_deviation"] as? Double == 0.5)
        #expect(Self.near(empathy["mean_standard_deviation"], (1.0 / 3).squareRoot()))
        #expect(empathy["largest_range"] as? Double == 1)
        #expect(Self.near(empathy["alpha"], 7.0 / 17))
        #expect(empathy["reading"] as? String == "unreliable")
        #expect(empathy["alpha_units"] as? Int == 2 && empathy["pairable_values"] as? Int == 6)
        #expect(Self.near(empathy["fleiss_kappa"], -1.0 / 11))
        #expect(empathy["fleiss_kappa_note"] is NSNull)
        let empathyMatrix = "unit,expert,ana,ben\ncall-1,2,3,2\ncall-2,1,2,1\n"
        #expect(Self.near(empathy["alpha"], try Self.agreementAlpha(empathyMatrix)))

        let overall = try #require(json["overall"] as? [String: Any])
        #expect(overall["criterion"] as? String == "overall")
        #expect(Self.near(overall["alpha"], 4303.0 / 4989))
        #expect(Self.near(overall["alpha"], try Self.agreementAlpha("unit,expert,ana,ben\ncall-1,80,86,78\ncall-2,60,66.4,58\n")))
        #expect(overall["reading"] as? String == "reliable")
        #expect(overall["mean_deviation"] as? Double == 2.1, "(6 + 6.4 − 2 − 2)/4")
        #expect(overall["largest_range"] as? Double == 8.4)
        #expect(overall["fleiss_kappa"] is NSNull)
        #expect((overall["fleiss_kappa_note"] as? String)?.contains("not categories") == true)
        let items = try #require(overall["by_item"] as? [[String: Any]])
        #expect(items.map { $0["interaction"] as? String } == ["call-1", "call-2"])
        #expect(items[1]["benchmark"] as? Double == 60)
        let scores = try #require(items[1]["scores"] as? [[String: Any]])
        #expect(scores.map { $0["rater"] as? String } == ["ana", "ben"])
        #expect(scores[0]["score"] as? Double == 66.4 && scores[0]["deviation"] as? Double == 6.4)
    }

    @Test("the table reads as sentences a supervisor can act on")
    func table() throws {
        let result = try Self.run(Self.session, ["--benchmark", "expert"])
        #expect(result.status == 0, "\(result.standardError)")
        let text = result.standardOutput
        #expect(text.hasPrefix("Calibration against the benchmark 'expert': 2 interactions, 3 raters, alpha at the interval level"))
        #expect(text.contains("ana scores 6.2 points more leniently than the benchmark on the overall score (2 interactions), "
            + "off by 6.2 points on average."))
        #expect(text.contains("ben scores 2 points more strictly than the benchmark on the overall score (2 interactions), "
            + "off by 2 points on average."))
        #expect(text.contains("0.412  unreliable"))
        #expect(text.contains("0.862  reliable"))
        #expect(text.contains("rely on α ≥ .800"))
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") }, "no trailing spaces")
    }

    @Test("without overall scores leniency is pooled over criteria, and an N/A is left out")
    func criteriaOnly() throws {
        let csv = """
            interaction,rater,criterion,score
            c1,lead,tone,2
            c1,kim,tone,3
            c1,lead,hold,1
            c1,kim,hold,n/a
            c2,lead,tone,3
            c2,kim,tone,3
            """
        let json = try Self.json(try Self.run(csv, ["--benchmark", "lead", "--format", "json", "--level", "ordinal"]))
        #expect(json["leniency_basis"] as? String == "criteria" && json["level"] as? String == "ordinal")
        let kim = try #require((json["evaluators"] as? [[String: Any]])?.first)
        #expect(kim["leniency"] as? Double == 0.5 && kim["comparisons"] as? Int == 2)
        #expect(kim["overall"] is NSNull)
        let table = try Self.run(csv, ["--benchmark", "lead"])
        #expect(table.standardOutput.contains("kim scores 0.5 points more leniently than the benchmark per criterion score (2 scores)"))
    }

    @Test("--xlsx writes the Calibration and Calibration scores sheets")
    func workbook() throws {
        let scratch = try ScratchDirectory()
        let result = try Self.run(Self.session, ["--benchmark", "expert", "--xlsx", "calibration.xlsx"], in: scratch)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Wrote Calibration, Calibration scores to calibration.xlsx"))
        let file = try XlsxFile(contentsOf: scratch.file("calibration.xlsx"))
        #expect(file.sheetNames == ["Calibration", "Calibration scores"])
        let sheet = try file.sheet("Calibration")
        let overall = try #require((0...sheet.maxRow).first { sheet.cell(row: $0, column: 0)?.value == .text("Overall score") })
        #expect(Self.near(sheet.cell(row: overall, column: 7)?.value.doubleValue, 4303.0 / 4989))
        #expect(sheet.cell("A2")?.value == .text("Ratings: ratings.csv"))
    }

    @Test("errors name file, line and column (exit 1); a bad level or format is a usage error (exit 2)")
    func errors() throws {
        let missing = try Self.run(Self.session + "\ncall-3,ana,overall,70", ["--benchmark", "expert"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("ratings.csv:14: column 'interaction': the benchmark 'expert' did not score 'call-3'"))
        let duplicate = try Self.run(Self.session + "\ncall-1,ana,empathy,1", ["--benchmark", "expert"])
        #expect(duplicate.status == 1)
        #expect(duplicate.standardError.contains("ratings.csv:14: column 'criterion': expected one score per interaction, rater and "
            + "criterion (line 4 already has ana's criterion 'empathy' of call-1)"))
        let word = try Self.run(Self.session + "\ncall-2,cem,empathy,good", ["--benchmark", "expert"])
        #expect(word.standardError.contains("ratings.csv:14: column 'score': expected a number, or empty or n/a for N/A, found 'good'"))
        let unknown = try Self.run(Self.session, ["--benchmark", "Expert"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("the benchmark 'Expert' has no ratings; did you mean 'expert'?"))
        let nobody = try Self.run(Self.session, ["--benchmark", "zoe"])
        #expect(nobody.standardError.contains("raters in the file: expert, ana, ben"))
        let alone = try Self.run("interaction,rater,criterion,score\nc1,expert,overall,80\n", ["--benchmark", "expert"])
        #expect(alone.status == 1 && alone.standardError.contains("only the benchmark 'expert' has ratings"))
        let empty = try Self.run("interaction,rater,criterion,score\n", ["--benchmark", "expert"])
        #expect(empty.status == 1 && empty.standardError.contains("ratings.csv:1: no ratings"))
        #expect(try Self.run(Self.session, ["--benchmark", "expert", "--level", "cardinal"]).status == 2)
        #expect(try Self.run(Self.session, ["--benchmark", "expert", "--format", "csv"]).status == 2)
    }
}
