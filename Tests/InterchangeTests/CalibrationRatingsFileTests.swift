import Foundation
import Interchange
import Quality
import Testing

/// The long-format calibration CSV of `headset qa calibrate`: rows gathered into items and
/// ratings, `overall` as the overall score, empty and n/a as N/A, and errors at file, line and
/// column — a repeated score naming both lines.
@Suite("Calibration ratings files")
struct CalibrationRatingsFileTests {
    static func parse(_ text: String) throws -> CalibrationRatingsFile {
        try CalibrationRatingsFile.parse(try CSVReader.parse(text, source: "ratings.csv"))
    }

    static func error(_ text: String) -> InterchangeError? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as InterchangeError {
            return error
        } catch {
            Issue.record("unexpected \(type(of: error)): \(error)")
            return nil
        }
    }

    /// The hand-worked session of the Quality module's CalibrationAnalysisTests in long format,
    /// rows shuffled across interactions, with both spellings of N/A and of `overall`.
    static let session = """
        interaction,rater,criterion,score
        call-1,expert,greeting,4
        call-1,expert,hold,3
        call-2,ana,greeting,3
        call-1,expert,OVERALL,80
        call-1,ana,greeting,5
        call-1,ana,hold,n/a
        call-1,ana,overall,90
        call-2,ana,hold,4
        call-2,ana,Overall,75
        call-1,ben,greeting,3
        call-1,ben,hold,3
        call-1,ben,overall,70
        call-2,ben,greeting,2
        call-2,ben,hold,
        call-2,ben,overall,55
        call-2,expert,greeting,2
        call-2,expert,hold,5
        call-2,expert,overall,60
        """

    @Test("rows become items and ratings in order of first appearance; N/A is no score")
    func gathers() throws {
        let file = try Self.parse(Self.session)
        #expect(file.items.map(\.interactionId) == ["call-1", "call-2"])
        #expect(file.items[1].ratings.map(\.raterId) == ["ana", "ben", "expert"])
        #expect(file.raters == ["expert", "ana", "ben"])
        #expect(file.criteria == ["greeting", "hold"])
        #expect(file.hasOverall)
        #expect(file.rowCount == 18)
        #expect(file.line(ofInteraction: "call-2") == 4)
        #expect(file.line(ofInteraction: "call-9") == nil)
        let ana = try #require(file.items[0].ratings.first { $0.raterId == "ana" })
        #expect(ana == CalibrationRating(raterId: "ana", scores: ["greeting": 5], overall: 90))
        let ben = try #require(file.items[1].ratings.first { $0.raterId == "ben" })
        #expect(ben.scores == ["greeting": 2] && ben.overall == 55)
    }

    @Test("analysed, the file gives the hand-worked figures (interval alpha 21/41, 8/11, 3/8)")
    func analysed() throws {
        let file = try Self.parse(Self.session)
        let session = try CalibrationAnalysis(items: file.items, benchmarkRaterId: "expert", criteria: file.criteria)
        func near(_ value: Double?, _ expected: Double) -> Bool { value.map { abs($0 - expected) < 1e-12 } ?? false }
        #expect(near(session.criteria[0].agreement?.alpha, 21.0 / 41))
        #expect(near(session.criteria[1].agreement?.alpha, 8.0 / 11))
        #expect(near(session.overall.agreement?.alpha, 3.0 / 8))
        #expect(session.evaluators.first { $0.raterId == "ana" }?.overall
            == DeviationSummary(comparisons: 2, meanDeviation: 12.5, meanAbsoluteDeviation: 12.5))
    }

    @Test("aliases, any column order, a semicolon file with decimal commas, and no overall")
    func aliases() throws {
        let file = try Self.parse("""
            Score;Criterion_ID;Evaluator;Item;note
            2,5;empathy;Žemaitė;c1;x
            N/A;empathy;Bærum;c1;
            3;empathy;Bærum;c2;
            """)
        #expect(file.items.map(\.interactionId) == ["c1", "c2"])
        #expect(file.items[0].ratings == [CalibrationRating(raterId: "Žemaitė", scores: ["empathy": 2.5], overall: nil),
                                          CalibrationRating(raterId: "Bærum", scores: [:], overall: nil)])
        #expect(!file.hasOverall)
    }

    @Test("a rater scoring the same criterion of an interaction twice names both lines")
    func duplicate() throws {
        let error = try #require(Self.error(Self.session + "\ncall-1,ana,hold,2"))
        #expect(error.description == "ratings.csv:20: column 'criterion': expected one score per interaction, rater and "
            + "criterion (line 7 already has ana's criterion 'hold' of call-1), found 'hold'")
        let overall = try #require(Self.error(Self.session + "\ncall-2,expert,Overall,61"))
        #expect(overall.description.contains("(line 19 already has expert's overall score of call-2), found 'Overall'"))
        #expect(overall.line == 20)
    }

    @Test("a score that is not a number, an empty rater and a missing column are located",
          arguments: ["four", "1e999", "nan", "3.5.1", "-"])
    func badScore(text: String) throws {
        let error = try #require(Self.error("interaction,rater,criterion,score\nc1,a,greeting,3\nc1,b,greeting,\(text)\n"))
        #expect(error == .csvInvalidValue(file: "ratings.csv", line: 3, column: "score", value: text,
                                          expected: "a number, or empty or n/a for N/A"))
    }

    @Test("empty cells where a name belongs, and missing columns")
    func missing() throws {
        let noRater = try #require(Self.error("interaction,rater,criterion,score\nc1,,greeting,3\n"))
        #expect(noRater.description.hasPrefix("ratings.csv:2: column 'rater': expected a value"))
        let noCriterion = try #require(Self.error("interaction,rater,score\nc1,a,3\n"))
        #expect(noCriterion == .csvMissingColumn(file: "ratings.csv", column: "criterion", accepted: ["criterion", "criterion_id"]))
        #expect(try Self.parse("interaction,rater,criterion,score\n").items.isEmpty)
    }
}
