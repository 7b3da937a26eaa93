import Testing
import XlsxReader

/// Charts reached through sheet rels -> drawing -> drawing rels -> chart part.
/// Expected values: Python XlsxWriter 3.3.1 fixture (Fixtures/make_reference.py).
@Suite("Charts")
struct XlsxChartTests {
    let charts: [XlsxChart]

    init() throws {
        charts = try XlsxFile(contentsOf: Fixture.url(Fixture.reference)).sheet("Queue").charts
    }

    @Test("All four charts of the drawing are found in anchor order")
    func count() {
        #expect(charts.count == 4)
    }

    @Test("A column chart is a vertical clustered bar plot with its title and series references")
    func columnChart() throws {
        #expect(charts.first == XlsxChart(
            kinds: ["bar"], barDirection: "col", grouping: "clustered", title: "Offered calls",
            seriesNames: ["Queue!$B$1"], seriesValueReferences: ["Queue!$B$2:$B$6"],
            seriesCategoryReferences: ["Queue!$A$2:$A$6"], hasSecondaryAxis: false))
    }

    @Test("A stacked column chart reports stacked grouping and both series")
    func stackedChart() throws {
        let chart = try #require(charts.dropFirst().first)
        #expect(chart.kinds == ["bar"])
        #expect(chart.barDirection == "col")
        #expect(chart.grouping == "stacked")
        #expect(chart.title == "Answered vs abandoned")
        #expect(chart.seriesNames == ["Queue!$C$1", "Queue!$D$1"])
        #expect(chart.seriesValueReferences == ["Queue!$C$2:$C$6", "Queue!$D$2:$D$6"])
        #expect(!chart.hasSecondaryAxis)
    }

    @Test("A line chart without a title keeps a literal series name")
    func lineChart() throws {
        let chart = try #require(charts.dropFirst(2).first)
        #expect(chart.kinds == ["line"])
        #expect(chart.barDirection == nil)
        #expect(chart.grouping == "standard")
        #expect(chart.title == nil)
        #expect(chart.seriesNames == ["Offered trend"])
        #expect(chart.seriesValueReferences == ["Queue!$B$2:$B$6"])
    }

    @Test("A combined column and line chart lists both plots and detects the secondary axis")
    func combinedChart() throws {
        let chart = try #require(charts.dropFirst(3).first)
        #expect(chart.kinds == ["bar", "line"])
        #expect(chart.barDirection == "col")
        #expect(chart.grouping == "clustered")
        #expect(chart.title == "Offered and answered")
        #expect(chart.seriesNames == ["Queue!$B$1", "Queue!$C$1"])
        #expect(chart.seriesValueReferences == ["Queue!$B$2:$B$6", "Queue!$C$2:$C$6"])
        #expect(chart.hasSecondaryAxis)
    }
}
