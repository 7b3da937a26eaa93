import Foundation
import Interchange
import Quality
import Randomness
import Testing

/// The calibration ratings CSV under junk and under random edits of a valid session: it reads —
/// every row in exactly one rating, no rater twice on an item — or throws an InterchangeError
/// naming the file (and a line inside it, where it names one). Never a crash.
@Suite("Calibration ratings files: fuzzed")
struct CalibrationRatingsFileFuzzTests {
    static let valid = """
        interaction,rater,criterion,score
        call-1,expert,greeting,4
        call-1,expert,overall,80
        call-1,Žemaitė,greeting,n/a
        call-1,Žemaitė,overall,"82,5"
        call-2,expert,greeting,2
        call-2,Bærum,greeting,3
        call-2,Bærum,Overall,
        """

    static func check(_ bytes: [UInt8], seed: UInt64) {
        do {
            let document = try CSVReader.parse(Data(bytes), source: "fuzz.csv")
            let file = try CalibrationRatingsFile.parse(document)
            #expect(file.rowCount == document.rows.count, "seed \(seed)")
            #expect(Set(file.items.map(\.interactionId)).count == file.items.count, "seed \(seed)")
            for item in file.items {
                #expect(Set(item.ratings.map(\.raterId)).count == item.ratings.count, "seed \(seed)")
                #expect(file.line(ofInteraction: item.interactionId) != nil, "seed \(seed)")
                for rating in item.ratings {
                    #expect(rating.scores.values.allSatisfy(\.isFinite) && (rating.overall?.isFinite ?? true), "seed \(seed)")
                }
            }
            // Whatever reads must analyse or fail with a typed error, never trap.
            if let benchmark = file.raters.first {
                _ = try? CalibrationAnalysis(items: file.items, benchmarkRaterId: benchmark, criteria: file.criteria)
            }
        } catch let error as InterchangeError {
            #expect(error.description.hasPrefix("fuzz.csv"), "seed \(seed): \(error)")
            if let line = error.line { #expect(line >= 1 && line <= lineCount(of: bytes), "seed \(seed): \(error)") }
        } catch {
            Issue.record("seed \(seed): unexpected \(type(of: error)): \(error)")
        }
    }

    @Test("2,000 edits of a valid session: ratings or a located error")
    func edits() {
        for index in 0..<2_000 {
            let seed = Fuzz.seed(63, index)
            var random = SplitMix64(seed: seed)
            Self.check(Fuzz.mutateCSV(Self.valid, &random), seed: seed)
        }
    }

    @Test("2,000 junk files: ratings or a located error")
    func junk() {
        for index in 0..<2_000 {
            let seed = Fuzz.seed(64, index)
            var random = SplitMix64(seed: seed)
            let header = Int.random(in: 0..<3, using: &random) == 0 ? [] : Array("interaction,rater,criterion,score\n".utf8)
            Self.check(header + Fuzz.randomBytes(&random), seed: seed)
        }
    }
}
