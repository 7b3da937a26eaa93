import CivilTime
import Workbook

/// How the coaching sheets write their cells: top-aligned (long notes wrap and rows grow), dates
/// as Excel dates, fractions as whole percentages.
enum CoachingCells {
    static let plain = topAligned(.plain)
    static let bold = topAligned(.bold)
    static let wrapped = topAligned(.wrapped)
    static let integer = topAligned(.integer)
    static let date = topAligned(.date)
    static let percent = CellStyle().with(numberFormat: "0%")
    /// A difference of fractions, signed: `+6%`, `-3%`, `0%`.
    static let change = CellStyle().with(numberFormat: "+0%;-0%;0%")
    static let hours = CellStyle().with(bold: true, numberFormat: "#,##0.0")
    static let figure = CellStyle().with(bold: true, numberFormat: "#,##0")
    static let label = CellStyle.bold
    static let today = CellStyle.date.with(bold: true, fill: .lightBlue)

    /// Excel's serial number of a day (1900 date system: 1970-01-01 is 25,569).
    static func serial(_ date: LocalDate) -> Double { Double(date.dayNumber + 25_569) }

    static func date(_ date: LocalDate?) -> CellValue { date.map { .number(serial($0)) } ?? .blank }

    private static func topAligned(_ style: CellStyle) -> CellStyle {
        var copy = style
        copy.verticalAlignment = .top
        return copy
    }
}
