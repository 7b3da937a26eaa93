import Foundation
import Staffing
import Workbook

// Release-build benchmarks that print figures. Usage:
//   headset-bench workbook [--rows N] [--columns N] [--out PATH]
//   headset-bench staffing
//   headset-bench organization
//   headset-bench scheduling [--time-limit SECONDS]
//   headset-bench forecast [--history schedules/bank_calls_2003_weekdays_5min.csv]
//   headset-bench quality [--evaluations N]
// See README "Benchmarks" for the comparison with Python XlsxWriter.

let arguments = Array(CommandLine.arguments.dropFirst())
let suite = arguments.first.flatMap { $0.hasPrefix("--") ? nil : $0 } ?? "workbook"

@MainActor func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
          let parsed = Int(arguments[index + 1]) else { return value }
    return parsed
}

@MainActor func stringOption(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

switch suite {
case "workbook":
    let rows = option("--rows", default: 1_000_000)
    let columns = option("--columns", default: 10)
    let output = stringOption("--out") ?? FileManager.default.temporaryDirectory
        .appendingPathComponent("headset-bench-\(UUID().uuidString).xlsx").path
    let result = try WorkbookBenchmark.run(rows: rows, columns: columns, output: URL(fileURLWithPath: output))
    print(result.report)
    if stringOption("--out") == nil { try? FileManager.default.removeItem(atPath: output) }
case "forecast":
    print(try ForecastBenchmark.run(historyPath: stringOption("--history") ?? "schedules/bank_calls_2003_weekdays_5min.csv"))
case "organization":
    print(try OrganizationBenchmark.run())
case "staffing":
    print(try StaffingBenchmark.run())
case "quality":
    print(try QualityBenchmark.run(evaluations: option("--evaluations", default: 1_000_000)))
case "scheduling":
    print(try SchedulingBenchmark.run(timeLimit: Double(option("--time-limit", default: 10))))
default:
    FileHandle.standardError.write(Data("unknown benchmark '\(suite)'; known: workbook, staffing, forecast, organization, scheduling, quality\n".utf8))
    exit(2)
}
