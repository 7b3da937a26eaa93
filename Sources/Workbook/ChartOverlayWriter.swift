import Foundation

/// Adds a ``Chart/Overlay`` (a second chart kind in the same plot, optionally on a secondary
/// value axis) to the chart XML libxlsxwriter wrote, since libxlsxwriter 1.1.4 lacks
/// `chart_combine()`. The XML follows ECMA-376 Part 1, §21.2 (DrawingML charts).
enum ChartOverlayWriter {
    struct Patch {
        let chartNumber: Int
        let chart: Chart
        let overlay: Chart.Overlay
    }

    static func apply(_ patches: [Patch], toArchiveAt path: String) throws(WorkbookError) {
        guard !patches.isEmpty else { return }
        var transforms: [String: (String) throws -> String] = [:]
        for patch in patches {
            transforms["xl/charts/chart\(patch.chartNumber).xml"] = { xml in try combine(xml, with: patch) }
        }
        try ZipRewriter.rewrite(archiveAt: path, transforms: transforms)
    }

    static func combine(_ xml: String, with patch: Patch) throws(WorkbookError) -> String {
        let axisIDs = matches(of: #"<c:axId val="(\d+)"/>"#, in: xml)
        guard axisIDs.count >= 2, let plotTypeEnd = firstPlotTypeEnd(in: xml),
              let lastValueAxisEnd = xml.range(of: "</c:valAx>", options: .backwards) else {
            throw .invalidDefinition("chart \(patch.chartNumber): unexpected chart XML from libxlsxwriter")
        }
        let usesSecondary = patch.overlay.series.contains(where: \.usesSecondaryAxis)
        let primaryCategoryAxis = axisIDs[0]
        let primaryValueAxis = axisIDs[1]
        let secondaryCategoryAxis = String((Int(primaryCategoryAxis) ?? 0) + 1_000)
        let secondaryValueAxis = String((Int(primaryValueAxis) ?? 0) + 1_000)
        let axes = usesSecondary ? (secondaryCategoryAxis, secondaryValueAxis) : (primaryCategoryAxis, primaryValueAxis)

        let plot = plotXML(patch.overlay, firstIndex: patch.chart.series.count, axes: axes)
        var result = xml
        // Insert the secondary axes first: they sit after the last value axis, later in the text.
        if usesSecondary {
            result.insert(contentsOf: secondaryAxesXML(categoryAxis: secondaryCategoryAxis, valueAxis: secondaryValueAxis,
                                                       title: patch.overlay.secondaryAxisTitle),
                          at: lastValueAxisEnd.upperBound)
        }
        result.insert(contentsOf: plot, at: plotTypeEnd)
        return result
    }

    private static func firstPlotTypeEnd(in xml: String) -> String.Index? {
        ["</c:barChart>", "</c:lineChart>", "</c:areaChart>"]
            .compactMap { xml.range(of: $0)?.upperBound }
            .min()
    }

    private static func plotXML(_ overlay: Chart.Overlay, firstIndex: Int, axes: (String, String)) -> String {
        var series = ""
        for (offset, entry) in overlay.series.enumerated() {
            series += seriesXML(entry, index: firstIndex + offset, kind: overlay.kind)
        }
        let axisIDs = "<c:axId val=\"\(axes.0)\"/><c:axId val=\"\(axes.1)\"/>"
        switch overlay.kind {
        case .line:
            return "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>\(series)<c:marker val=\"1\"/>\(axisIDs)</c:lineChart>"
        case .area, .stackedArea:
            let grouping = overlay.kind == .area ? "standard" : "stacked"
            return "<c:areaChart><c:grouping val=\"\(grouping)\"/><c:varyColors val=\"0\"/>\(series)\(axisIDs)</c:areaChart>"
        default:
            let grouping: String
            switch overlay.kind {
            case .stackedColumn: grouping = "stacked"
            case .percentStackedColumn: grouping = "percentStacked"
            default: grouping = "clustered"
            }
            let overlap = grouping == "clustered" ? "" : "<c:overlap val=\"100\"/>"
            return "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"\(grouping)\"/><c:varyColors val=\"0\"/>\(series)<c:gapWidth val=\"150\"/>\(overlap)\(axisIDs)</c:barChart>"
        }
    }

    private static func seriesXML(_ series: Chart.Series, index: Int, kind: Chart.Kind) -> String {
        var xml = "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
        if series.name.hasPrefix("=") {
            xml += "<c:tx><c:strRef><c:f>\(escape(String(series.name.dropFirst())))</c:f></c:strRef></c:tx>"
        } else {
            xml += "<c:tx><c:v>\(escape(series.name))</c:v></c:tx>"
        }
        if let color = series.color {
            let hex = String(color.description.dropFirst())
            if kind == .line {
                xml += "<c:spPr><a:ln w=\"28575\"><a:solidFill><a:srgbClr val=\"\(hex)\"/></a:solidFill></a:ln></c:spPr>"
            } else {
                xml += "<c:spPr><a:solidFill><a:srgbClr val=\"\(hex)\"/></a:solidFill></c:spPr>"
            }
        }
        if kind == .line { xml += "<c:marker><c:symbol val=\"none\"/></c:marker>" }
        if let categories = series.categories {
            xml += "<c:cat><c:numRef><c:f>\(escape(categories.formulaReference))</c:f></c:numRef></c:cat>"
        }
        xml += "<c:val><c:numRef><c:f>\(escape(series.values.formulaReference))</c:f></c:numRef></c:val>"
        if kind == .line { xml += "<c:smooth val=\"0\"/>" }
        return xml + "</c:ser>"
    }

    private static func secondaryAxesXML(categoryAxis: String, valueAxis: String, title: String?) -> String {
        let titleXML = title.map {
            "<c:title><c:tx><c:rich><a:bodyPr rot=\"-5400000\" vert=\"horz\"/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:t>\(escape($0))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
        } ?? ""
        return "<c:catAx><c:axId val=\"\(categoryAxis)\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
            + "<c:delete val=\"1\"/><c:axPos val=\"b\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/>"
            + "<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"\(valueAxis)\"/><c:crosses val=\"autoZero\"/>"
            + "<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
            + "<c:valAx><c:axId val=\"\(valueAxis)\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
            + "<c:delete val=\"0\"/><c:axPos val=\"r\"/>\(titleXML)<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>"
            + "<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
            + "<c:crossAx val=\"\(categoryAxis)\"/><c:crosses val=\"max\"/><c:crossBetween val=\"between\"/></c:valAx>"
    }

    private static func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
