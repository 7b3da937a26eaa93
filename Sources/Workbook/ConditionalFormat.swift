/// A rule that styles cells by their values.
///
/// ```swift
/// sheet.addConditionalFormat(.threeColorScale(), to: serviceLevelColumn)
/// sheet.addConditionalFormat(.cellValue(.lessThan(0.8), style: .badHighlight), to: serviceLevelColumn)
/// ```
public enum ConditionalFormat: Hashable, Sendable {
    /// Lowest to highest value on a colour ramp; defaults are Excel's red–yellow–green.
    case threeColorScale(minimum: Color = .bad, midpoint: Color = .neutral, maximum: Color = .good)
    /// A ramp that diverges at `midpoint` (a number, not the median): values below it shade
    /// towards `below`, values above it towards `above`, the midpoint itself `atMidpoint`. For
    /// gaps, where 0 is the common and best value.
    case divergingScale(midpoint: Double, below: Color, atMidpoint: Color, above: Color)
    /// Two-colour ramp, lowest to highest.
    case twoColorScale(minimum: Color, maximum: Color)
    /// A bar in each cell proportional to its value.
    case dataBar(Color = .chartBlue)
    /// A style applied when the cell's value meets a comparison.
    case cellValue(Comparison, style: CellStyle)
    /// A style applied where a formula (relative to the range's top-left cell) is true.
    case formula(String, style: CellStyle)

    /// How a cell's value is compared.
    public enum Comparison: Hashable, Sendable {
        case equalTo(Double)
        case notEqualTo(Double)
        case greaterThan(Double)
        case greaterThanOrEqualTo(Double)
        case lessThan(Double)
        case lessThanOrEqualTo(Double)
        case between(Double, Double)
        case notBetween(Double, Double)
    }
}

extension CellStyle {
    /// Excel's "Light red fill with dark red text".
    public static let badHighlight = CellStyle().with(fontColor: .badText, fill: .badFill)
    /// Excel's "Green fill with dark green text".
    public static let goodHighlight = CellStyle().with(fontColor: .goodText, fill: .goodFill)
    /// Excel's "Yellow fill with dark yellow text".
    public static let neutralHighlight = CellStyle().with(fontColor: .neutralText, fill: .neutralFill)
}
