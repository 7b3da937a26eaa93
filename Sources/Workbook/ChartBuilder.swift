import CXlsxWriter

/// Builds a libxlsxwriter chart from a ``Chart``. Overlay series are added afterwards by
/// ``ChartOverlayWriter`` because libxlsxwriter 1.1.4 cannot combine chart kinds.
enum ChartBuilder {
    static func make(_ chart: Chart, in workbook: Workbook) throws(WorkbookError) -> UnsafeMutablePointer<lxw_chart> {
        guard !chart.series.isEmpty else {
            throw .invalidDefinition("chart '\(chart.title ?? "untitled")' has no series")
        }
        for series in chart.series + (chart.overlay?.series ?? []) {
            guard series.values.sheet != nil, series.categories.map({ $0.sheet != nil }) ?? true else {
                throw .invalidDefinition("chart '\(chart.title ?? "untitled")': series '\(series.name)' must name the sheet of its ranges")
            }
            try series.values.validate()
            try series.categories?.validate()
        }
        if let overlay = chart.overlay {
            guard chart.kind.canCarryOverlay, overlay.kind.canCarryOverlay, !overlay.series.isEmpty else {
                throw .invalidDefinition("chart '\(chart.title ?? "untitled")': only column, bar, line and area charts combine, each with series")
            }
        }
        guard let handle = workbook_add_chart(workbook.handle, libraryKind(chart.kind)) else {
            throw .library(operation: "workbook_add_chart", code: -1, message: "chart not created")
        }
        for series in chart.series {
            guard let librarySeries = withOptionalCString(series.categories.map { "=" + $0.formulaReference }, { categories in
                chart_add_series(handle, categories, "=" + series.values.formulaReference)
            }) else {
                throw .library(operation: "chart_add_series", code: -1, message: "series '\(series.name)' not added")
            }
            chart_series_set_name(librarySeries, series.name)
            if let color = series.color { applyColor(color, to: librarySeries, kind: chart.kind) }
            if chart.kind == .line { chart_series_set_smooth(librarySeries, 0) }
        }
        if let title = chart.title { chart_title_set_name(handle, title) }
        if let xTitle = chart.categoryAxisTitle { chart_axis_set_name(handle.pointee.x_axis, xTitle) }
        if let yTitle = chart.valueAxisTitle { chart_axis_set_name(handle.pointee.y_axis, yTitle) }
        if let format = chart.valueAxisNumberFormat { chart_axis_set_num_format(handle.pointee.y_axis, format) }
        switch chart.legend {
        case .none: chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
        case .right: chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_RIGHT.rawValue))
        case .bottom: chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        case .top: chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_TOP.rawValue))
        }
        return handle
    }

    private static func applyColor(_ color: Color, to series: UnsafeMutablePointer<lxw_chart_series>, kind: Chart.Kind) {
        switch kind {
        case .line, .scatter:
            var line = lxw_chart_line()
            line.color = color.libraryValue
            line.width = 2.25
            chart_series_set_line(series, &line)
        default:
            var fill = lxw_chart_fill()
            fill.color = color.libraryValue
            chart_series_set_fill(series, &fill)
        }
    }

    static func libraryKind(_ kind: Chart.Kind) -> UInt8 {
        let value: lxw_chart_type
        switch kind {
        case .column: value = LXW_CHART_COLUMN
        case .stackedColumn: value = LXW_CHART_COLUMN_STACKED
        case .percentStackedColumn: value = LXW_CHART_COLUMN_STACKED_PERCENT
        case .bar: value = LXW_CHART_BAR
        case .stackedBar: value = LXW_CHART_BAR_STACKED
        case .line: value = LXW_CHART_LINE
        case .area: value = LXW_CHART_AREA
        case .stackedArea: value = LXW_CHART_AREA_STACKED
        case .pie: value = LXW_CHART_PIE
        case .scatter: value = LXW_CHART_SCATTER_STRAIGHT
        }
        return UInt8(value.rawValue)
    }
}

extension Chart.Kind {
    var canCarryOverlay: Bool {
        switch self {
        case .column, .stackedColumn, .percentStackedColumn, .line, .area, .stackedArea: true
        case .bar, .stackedBar, .pie, .scatter: false
        }
    }
}
