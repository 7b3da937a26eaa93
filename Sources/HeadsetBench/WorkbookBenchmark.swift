import Foundation
import Workbook

/// Writes `rows` × `columns` cells in constant-memory mode, the same rows as
/// `benchmarks/xlsxwriter_baseline.py`: a text column, a date-time column, then numbers.
enum WorkbookBenchmark {
    struct Result {
        let rows: Int
        let columns: Int
        let seconds: Double
        let peakMemoryBytes: Int
        let fileBytes: Int

        var report: String {
            let rate = Double(rows) / seconds
            return String(format: """
                workbook: %d rows x %d columns, constant memory
                  time          %.2f s
                  rows/second   %.0f
                  peak memory   %.1f MB (max resident set size of the whole process)
                  file size     %.1f MB
                """, rows, columns, seconds, rate, Double(peakMemoryBytes) / 1_048_576, Double(fileBytes) / 1_048_576)
        }
    }

    static let names = ["Žemaitė", "Ķemeri", "Ćorić", "Bærum", "Ålesund", "Jonaitis", "Bērziņa", "Horvat"]

    static func run(rows: Int, columns: Int, output: URL) throws -> Result {
        let start = DispatchTime.now()
        try Workbook.write(to: output, options: WorkbookOptions(constantMemory: true)) { workbook in
            let sheet = try workbook.addSheet(named: "Rows")
            try sheet.writeHeader((0..<columns).map { "Column \($0 + 1)" }, row: 0)
            let base = Date(timeIntervalSince1970: 1_767_225_600)
            for row in 1...rows {
                try sheet.write(.text(names[row % names.count] + " \(row)"), row: row, column: 0)
                if columns > 1 {
                    try sheet.write(.dateTime(base.addingTimeInterval(Double(row) * 300)), row: row, column: 1)
                }
                if columns > 2 {
                    for column in 2..<columns {
                        try sheet.write(.number(Double(row * column) / 7), row: row, column: column)
                    }
                }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        return Result(rows: rows, columns: columns, seconds: seconds, peakMemoryBytes: peakResidentBytes(), fileBytes: size)
    }

    /// getrusage's ru_maxrss is in kilobytes on Linux.
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}
