/// A chart reached from a worksheet's drawing (xl/charts/chartN.xml), reduced to what tests check.
///
///     let chart = try #require(sheet.charts.first)
///     #expect(chart.kinds == ["bar"] && chart.barDirection == "col")
///
/// Series arrays are aligned: index i of each describes the i-th `<c:ser>` across all plots, with
/// "" where a series has no such part.
public struct XlsxChart: Sendable, Equatable {
    /// Plot types in order, from the `<c:…Chart>` elements with "Chart" removed: "bar" (columns too),
    /// "line", "area", "pie", "doughnut", "scatter", "radar", "stock", "bubble"; 3-D kinds keep
    /// their suffix ("bar3D").
    public let kinds: [String]
    /// `<c:barDir>` of the first bar plot: "col" (vertical columns) or "bar"; nil without a bar plot.
    public let barDirection: String?
    /// `<c:grouping>` of the first plot that has one: "clustered", "stacked", "percentStacked", "standard".
    public let grouping: String?
    /// The chart title: rich text (paragraphs joined with "\n"), a literal, or a cell reference's
    /// cached text (its formula when uncached); nil without a `<c:title>` holding text.
    public let title: String?
    /// Each series' name: the `<c:tx>` formula ("Queue!$B$1") or its literal text.
    public let seriesNames: [String]
    /// Each series' `<c:val>` (or scatter `<c:yVal>`) formula ("Queue!$B$2:$B$6").
    public let seriesValueReferences: [String]
    /// Each series' `<c:cat>` (or scatter `<c:xVal>`) formula.
    public let seriesCategoryReferences: [String]
    /// True when plots use more than one set of axes (a series on a secondary axis).
    public let hasSecondaryAxis: Bool

    public init(
        kinds: [String], barDirection: String? = nil, grouping: String? = nil, title: String? = nil,
        seriesNames: [String] = [], seriesValueReferences: [String] = [], seriesCategoryReferences: [String] = [],
        hasSecondaryAxis: Bool = false
    ) {
        self.kinds = kinds
        self.barDirection = barDirection
        self.grouping = grouping
        self.title = title
        self.seriesNames = seriesNames
        self.seriesValueReferences = seriesValueReferences
        self.seriesCategoryReferences = seriesCategoryReferences
        self.hasSecondaryAxis = hasSecondaryAxis
    }
}
