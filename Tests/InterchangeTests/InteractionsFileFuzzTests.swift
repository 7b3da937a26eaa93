import Quality
import Foundation
import Interchange
import Randomness
import Testing

/// The interactions CSV under junk and under random edits of a valid file: it reads, with one
/// candidate per row, lines rising and ids unique — or throws an InterchangeError naming the file
/// (and a line inside it, where it names one). Never a crash, never another error type.
@Suite("Interactions files: fuzzed")
struct InteractionsFileFuzzTests {
    static let valid = """
        interaction,agent,channel,date
        call-1,a17,voice,2026-11-23
        chat-2,Žemaitė,chat,2026-11-23T14:02:11+02:00
        "mail,3",a18,email,2026-11-24 08:00
        call-4,a17,voice,2026-12-01
        """

    static func check(_ bytes: [UInt8], seed: UInt64) {
        do {
            let document = try CSVReader.parse(Data(bytes), source: "fuzz.csv")
            let file = try InteractionsFile.parse(document)
            #expect(file.candidates.count == document.rows.count, "seed \(seed)")
            #expect(file.lines == document.rows.map(\.line), "seed \(seed)")
            #expect(Set(file.candidates.map(\.interactionId)).count == file.candidates.count, "seed \(seed)")
        } catch let error as InterchangeError {
            #expect(error.description.hasPrefix("fuzz.csv"), "seed \(seed): \(error)")
            if let line = error.line { #expect(line >= 1 && line <= lineCount(of: bytes), "seed \(seed): \(error)") }
        } catch {
            Issue.record("seed \(seed): unexpected \(type(of: error)): \(error)")
        }
    }

    @Test("2,000 edits of a valid file: candidates or a located error")
    func edits() {
        for index in 0..<2_000 {
            let seed = Fuzz.seed(61, index)
            var random = SplitMix64(seed: seed)
            Self.check(Fuzz.mutateCSV(Self.valid, &random), seed: seed)
        }
    }

    @Test("2,000 junk files: candidates or a located error")
    func junk() {
        for index in 0..<2_000 {
            let seed = Fuzz.seed(62, index)
            var random = SplitMix64(seed: seed)
            let header = Int.random(in: 0..<3, using: &random) == 0 ? [] : Array("interaction,agent,channel,date\n".utf8)
            Self.check(header + Fuzz.randomBytes(&random), seed: seed)
        }
    }
}
