import CXlsxWriter

/// Translates a ``ConditionalFormat`` into libxlsxwriter's option struct.
enum ConditionalFormatBuilder {
    struct Built {
        var value: lxw_conditional_format
        let arena: CStringArena
    }

    static func make(_ rule: ConditionalFormat, workbook: Workbook) -> Built {
        let arena = CStringArena()
        var library = lxw_conditional_format()
        switch rule {
        case let .threeColorScale(minimum, midpoint, maximum):
            library.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
            library.min_color = minimum.libraryValue
            library.mid_color = midpoint.libraryValue
            library.max_color = maximum.libraryValue
        case let .divergingScale(midpoint, below, atMidpoint, above):
            library.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
            library.min_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_MINIMUM.rawValue)
            library.mid_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
            library.mid_value = midpoint
            library.max_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_MAXIMUM.rawValue)
            library.min_color = below.libraryValue
            library.mid_color = atMidpoint.libraryValue
            library.max_color = above.libraryValue
        case let .twoColorScale(minimum, maximum):
            library.type = UInt8(LXW_CONDITIONAL_2_COLOR_SCALE.rawValue)
            library.min_color = minimum.libraryValue
            library.max_color = maximum.libraryValue
        case let .dataBar(color):
            library.type = UInt8(LXW_CONDITIONAL_DATA_BAR.rawValue)
            library.bar_color = color.libraryValue
        case let .cellValue(comparison, style):
            library.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            library.format = workbook.format(for: style)
            apply(comparison, to: &library)
        case let .formula(formula, style):
            library.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            library.value_string = arena.copy(formula.hasPrefix("=") ? formula : "=" + formula)
            library.format = workbook.format(for: style)
        }
        return Built(value: library, arena: arena)
    }

    private static func apply(_ comparison: ConditionalFormat.Comparison, to library: inout lxw_conditional_format) {
        func set(_ criteria: lxw_conditional_criteria, _ value: Double) {
            library.criteria = UInt8(criteria.rawValue)
            library.value = value
        }
        switch comparison {
        case .equalTo(let value): set(LXW_CONDITIONAL_CRITERIA_EQUAL_TO, value)
        case .notEqualTo(let value): set(LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO, value)
        case .greaterThan(let value): set(LXW_CONDITIONAL_CRITERIA_GREATER_THAN, value)
        case .greaterThanOrEqualTo(let value): set(LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO, value)
        case .lessThan(let value): set(LXW_CONDITIONAL_CRITERIA_LESS_THAN, value)
        case .lessThanOrEqualTo(let value): set(LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO, value)
        case let .between(low, high):
            library.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_BETWEEN.rawValue)
            library.min_value = low
            library.max_value = high
        case let .notBetween(low, high):
            library.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_NOT_BETWEEN.rawValue)
            library.min_value = low
            library.max_value = high
        }
    }
}
