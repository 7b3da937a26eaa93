import Foundation
import Interchange
import Randomness
import Testing

@Suite("CSV fuzzing")
struct CSVFuzzTests {
    /// Parses `bytes` and records an issue unless the reader either succeeds with a consistent
    /// document or throws an error that points inside the input.
    private func check(_ bytes: [UInt8], seed: UInt64) {
        let lines = lineCount(of: bytes)
        let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
        do {
            let document = try CSVReader.parse(Data(bytes), source: "fuzz.csv")
            if !isUTF8 {
                Issue.record("seed \(seed): invalid UTF-8 was accepted")
            }
            var previousLine = 0
            for row in document.rows {
                if row.fields.count != document.header.count || row.line <= previousLine || row.line > lines {
                    Issue.record("seed \(seed): inconsistent row \(row) after line \(previousLine) of \(lines)")
                    return
                }
                previousLine = row.line
            }
        } catch {
            if let line = error.line, !(1...lines + 1).contains(line) {
                Issue.record("seed \(seed): error line \(line) outside 1...\(lines + 1): \(error)")
            }
            if case .notUTF8 = error {
                if isUTF8 { Issue.record("seed \(seed): valid UTF-8 reported as invalid: \(error)") }
            } else if !isUTF8 {
                Issue.record("seed \(seed): invalid UTF-8 reported as \(error)")
            }
        }
    }

    @Test("random bytes give a document or a located error, and only invalid UTF-8 is called that")
    func randomBytes() {
        for index in 0..<5_000 {
            let seed = Fuzz.seed(1, index)
            var rng = SplitMix64(seed: seed)
            check(Fuzz.randomBytes(&rng), seed: seed)
        }
    }

    @Test("mutated valid CSV gives a document or a located error")
    func mutations() {
        let samples = [
            "interval_start,calls,aht\n08:00,12,310\n08:15,\"1,5\",\"say \"\"hi\"\"\"\n08:30,\"multi\nline\",7\n",
            "name;site;note\r\nŽemaitė;Bærum;\"a;b\"\r\nĆorić;Ålesund;\r\n",
            "a\tb\n1\t2\n\n3\t4",
        ]
        for index in 0..<5_000 {
            let seed = Fuzz.seed(2, index)
            var rng = SplitMix64(seed: seed)
            let sample = samples[index % samples.count]
            check(Fuzz.mutateCSV(sample, &rng), seed: seed)
        }
    }

    @Test("any table CSVWriter writes reads back identically")
    func writerRoundTrip() {
        for index in 0..<2_000 {
            let seed = Fuzz.seed(3, index)
            var rng = SplitMix64(seed: seed)
            let width = Int.random(in: 1...5, using: &rng)
            let header = (0..<width).map { _ in Fuzz.randomField(&rng) }
            let rows = (0..<Int.random(in: 0...6, using: &rng)).map { _ in
                (0..<width).map { _ in Fuzz.randomField(&rng) }
            }
            let delimiter = ([",", ";", "\t"] as [Character]).randomElement(using: &rng) ?? ","
            let text = CSVWriter.encode(header: header, rows: rows, delimiter: delimiter)
            do {
                let document = try CSVReader.parse(text, source: "fuzz.csv")
                // Header names are trimmed on reading; field values are kept byte for byte.
                let expectedHeader = header.map { Array(trimmed($0).utf8) }
                let expectedRows = rows.map { $0.map { Array($0.utf8) } }
                if document.header.map({ Array($0.utf8) }) != expectedHeader
                    || document.rows.map({ $0.fields.map { Array($0.utf8) } }) != expectedRows {
                    Issue.record("seed \(seed): read back \(document) from \(text.debugDescription)")
                }
            } catch {
                Issue.record("seed \(seed): \(error) for \(text.debugDescription)")
            }
        }
    }

    @Test("reads 100,000 rows with every line number right")
    func manyRows() throws {
        var text = "interval_start,calls,aht\n"
        for index in 0..<100_000 {
            text += index % 1_000 == 0 ? "\"q\nq\",\(index),3\n" : "08:00,\(index),3\n"
        }
        let document = try CSVReader.parse(Data(text.utf8), source: "big.csv")
        #expect(document.rows.count == 100_000)
        // Each quoted field before row k adds one line: row k starts at 2 + k + ceil(k / 1000).
        let wrong = document.rows.enumerated().first { index, row in
            row.line != 2 + index + (index + 999) / 1_000 || row.fields[1] != String(index)
        }
        #expect(wrong == nil)
    }

    private func trimmed(_ text: String) -> String {
        let characters = Array(text)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
              let last = characters.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(characters[first...last])
    }
}
