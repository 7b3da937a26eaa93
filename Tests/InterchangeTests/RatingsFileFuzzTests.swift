import Foundation
import Interchange
import Randomness
import Testing

/// The ratings CSV under generated junk: it either reads, with one row of values per data row and
/// one value per rater, or throws an InterchangeError naming the file — never crashes.
@Suite("Ratings files: fuzzed")
struct RatingsFileFuzzTests {
    @Test("3,000 seeded junk files: a matrix or a located error")
    func junk() {
        var random = SplitMix64(seed: 0x5EED_2026)
        let alphabet = Array("0123456789,;\t\n\r\".-NAunit ŽĆæ")
        for _ in 0..<3_000 {
            let length = Int(random.next() % 120)
            let text = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            for numeric in [true, false] {
                do {
                    let document = try CSVReader.parse(text, source: "junk.csv")
                    let file = try RatingsFile.parse(document, numeric: numeric)
                    #expect(file.values.count == document.rows.count)
                    #expect(file.values.allSatisfy { $0.count == file.raters.count })
                    #expect(file.units.count == file.values.count)
                } catch let error as InterchangeError {
                    #expect(error.description.contains("junk.csv"))
                } catch {
                    Issue.record("unexpected \(type(of: error)): \(error)")
                }
            }
        }
    }
}
