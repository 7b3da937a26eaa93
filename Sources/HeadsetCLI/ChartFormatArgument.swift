import HeadsetServices
import ArgumentParser
import Reports

/// `--format text|mermaid|dot` for `headset org chart`.
enum ChartFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case text, mermaid, dot

    var format: OrgChartFormat {
        switch self {
        case .text: .text
        case .mermaid: .mermaid
        case .dot: .dot
        }
    }
}
