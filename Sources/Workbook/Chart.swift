/// A chart to place on a sheet: kind, series drawn from cell ranges, titles and size.
///
/// ```swift
/// var chart = Chart(kind: .line, title: "Calls and agents")
/// chart.series.append(.init(name: "Calls", categories: times, values: calls))
/// sheet.insert(chart, row: 1, column: 8)
/// ```
public struct Chart: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case column
        case stackedColumn
        case percentStackedColumn
        case bar
        case stackedBar
        case line
        case area
        case stackedArea
        case pie
        case scatter
    }

    /// One data series: values (and category labels) read from the workbook's cells.
    public struct Series: Hashable, Sendable {
        /// A literal name, or a cell reference formula like `='Sheet'!$B$1`.
        public var name: String
        public var categories: CellRange?
        public var values: CellRange
        public var color: Color?
        /// Plot against a second value axis on the right (combined charts only).
        public var usesSecondaryAxis: Bool

        public init(name: String, categories: CellRange? = nil, values: CellRange, color: Color? = nil,
                    usesSecondaryAxis: Bool = false) {
            self.name = name
            self.categories = categories
            self.values = values
            self.color = color
            self.usesSecondaryAxis = usesSecondaryAxis
        }
    }

    public enum LegendPosition: Hashable, Sendable { case none, right, bottom, top }

    public var kind: Kind
    public var title: String?
    public var series: [Series]
    public var categoryAxisTitle: String?
    public var valueAxisTitle: String?
    public var valueAxisNumberFormat: String?
    public var legend: LegendPosition
    /// Series of a second kind drawn in the same plot: a line over columns, for instance.
    public var overlay: Overlay?
    /// Size in cells (default: 8 columns × 15 rows at the default cell size is 480 × 288 px).
    public var widthScale: Double
    public var heightScale: Double

    /// A second chart kind combined into the same plot area.
    public struct Overlay: Hashable, Sendable {
        public var kind: Kind
        public var series: [Series]
        /// Title of the secondary value axis when any overlay series uses it.
        public var secondaryAxisTitle: String?

        public init(kind: Kind, series: [Series], secondaryAxisTitle: String? = nil) {
            self.kind = kind
            self.series = series
            self.secondaryAxisTitle = secondaryAxisTitle
        }
    }

    public init(kind: Kind, title: String? = nil, series: [Series] = [],
                categoryAxisTitle: String? = nil, valueAxisTitle: String? = nil,
                valueAxisNumberFormat: String? = nil, legend: LegendPosition = .bottom,
                overlay: Overlay? = nil, widthScale: Double = 1.5, heightScale: Double = 1.2) {
        self.kind = kind
        self.title = title
        self.series = series
        self.categoryAxisTitle = categoryAxisTitle
        self.valueAxisTitle = valueAxisTitle
        self.valueAxisNumberFormat = valueAxisNumberFormat
        self.legend = legend
        self.overlay = overlay
        self.widthScale = widthScale
        self.heightScale = heightScale
    }
}
