import Foundation
import Workbook

/// Where the "Intervals" sheet puts things: rows sorted by channel then start (so each channel is
/// one contiguous block a chart can draw), values rounded as Excel stores them, and the columns
/// the daily formulas refer to.
struct StaffingIntervalsLayout {
    enum Column: Int, CaseIterable {
        case start, date, label, channel, minutes, calls, handleTime, traffic, agents, scheduled
        case serviceLevel, speedOfAnswer, occupancy, waiting, abandoned
    }

    let sheetName: String
    /// Intervals in sheet order, with fractions rounded to what Excel reads back.
    let rows: [StaffedInterval]
    let tracksAbandonment: Bool
    /// Each channel's rows (0-based indices into `rows`), in order of first appearance.
    let blocks: [(channel: String, rows: Range<Int>)]

    init(plan: StaffingPlan, sheetName: String) {
        self.sheetName = sheetName
        tracksAbandonment = plan.tracksAbandonment
        var order: [String: Int] = [:]
        for interval in plan.intervals where order[Self.channelKey(interval.channel)] == nil {
            order[Self.channelKey(interval.channel)] = order.count
        }
        let sorted = plan.intervals.enumerated().sorted { lhs, rhs in
            let left = order[Self.channelKey(lhs.element.channel)]!
            let right = order[Self.channelKey(rhs.element.channel)]!
            if left != right { return left < right }
            if lhs.element.start != rhs.element.start { return lhs.element.start < rhs.element.start }
            return lhs.offset < rhs.offset
        }.map(\.element)
        rows = sorted.map(Self.storedAsExcelReadsIt)
        var blocks: [(channel: String, rows: Range<Int>)] = []
        var first = 0
        for index in rows.indices where index == rows.count - 1
            || Self.channelKey(rows[index + 1].channel) != Self.channelKey(rows[index].channel) {
            blocks.append((rows[first].channel, first..<(index + 1)))
            first = index + 1
        }
        self.blocks = blocks
    }

    var columns: [Column] { tracksAbandonment ? Column.allCases : Column.allCases.filter { $0 != .abandoned } }
    var lastColumn: Int { columns.count - 1 }
    /// The sheet row (0-based) of `rows[index]`: row 0 is the header.
    func sheetRow(_ index: Int) -> Int { index + 1 }

    /// The whole data column, e.g. `'Intervals'!$F$2:$F$141`; nil when there are no rows.
    func range(_ column: Column) -> CellRange? {
        range(column, rows: 0..<rows.count)
    }

    func range(_ column: Column, rows indices: Range<Int>) -> CellRange? {
        guard !indices.isEmpty else { return nil }
        return CellRange(sheet: sheetName, rows: sheetRow(indices.lowerBound)...sheetRow(indices.upperBound - 1),
                         columns: column.rawValue...column.rawValue)
    }

    /// Channels that differ only in case are one channel, as they are to Excel's criteria.
    static func channelKey(_ channel: String) -> String { channel.lowercased() }

    private static func storedAsExcelReadsIt(_ row: StaffedInterval) -> StaffedInterval {
        var row = row
        row.calls = ExcelNumber.stored(row.calls)
        row.averageHandleTime = ExcelNumber.stored(row.averageHandleTime)
        row.trafficErlangs = ExcelNumber.stored(row.trafficErlangs)
        row.serviceLevel = ExcelNumber.stored(row.serviceLevel)
        row.averageSpeedOfAnswer = ExcelNumber.stored(row.averageSpeedOfAnswer)
        row.occupancy = ExcelNumber.stored(row.occupancy)
        row.probabilityOfWaiting = ExcelNumber.stored(row.probabilityOfWaiting)
        row.immediateAnswer = ExcelNumber.stored(row.immediateAnswer)
        row.abandonRate = row.abandonRate.map(ExcelNumber.stored)
        return row
    }

    /// Interval length in minutes, as the sheet stores it (the daily agent-hours use this).
    static func minutes(_ row: StaffedInterval) -> Double { ExcelNumber.stored(row.intervalSeconds / 60) }
}
