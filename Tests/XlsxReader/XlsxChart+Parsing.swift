extension XlsxChart {
    /// Reads a `<c:chartSpace>` tree.
    init(chartSpace root: XMLElementNode) {
        let chart = root.child("chart")
        let plotArea = chart?.child("plotArea")
        let plots = plotArea?.children.filter { $0.name.hasSuffix("Chart") } ?? []
        let series = plots.flatMap { $0.children("ser") }

        let axisSets = Set(plots.map { plot in plot.children("axId").compactMap { $0.attribute("val") }.sorted() }
            .filter { !$0.isEmpty })

        self.init(
            kinds: plots.map { String($0.name.dropLast("Chart".count)) },
            barDirection: plots.lazy.compactMap { $0.childValue("barDir") }.first,
            grouping: plots.lazy.compactMap { $0.childValue("grouping") }.first,
            title: chart?.child("title").flatMap(Self.text(of:)),
            seriesNames: series.map { $0.child("tx").flatMap(Self.text(ofSeriesName:)) ?? "" },
            seriesValueReferences: series.map { ($0.child("val") ?? $0.child("yVal")).flatMap(Self.formula(of:)) ?? "" },
            seriesCategoryReferences: series.map { ($0.child("cat") ?? $0.child("xVal")).flatMap(Self.formula(of:)) ?? "" },
            hasSecondaryAxis: axisSets.count > 1)
    }

    /// A title's text: rich paragraphs, else a reference's cached text, else its formula.
    private static func text(of title: XMLElementNode) -> String? {
        guard let tx = title.child("tx") else { return nil }
        if let rich = tx.child("rich") {
            let paragraphs = rich.children("p").map { $0.descendants("t").map(\.text).joined() }
            return paragraphs.joined(separator: "\n")
        }
        if let reference = tx.child("strRef") {
            let cached = reference.child("strCache")?.children("pt").compactMap { $0.child("v")?.text }
            if let cached, !cached.isEmpty { return cached.joined(separator: " ") }
            return reference.child("f")?.text
        }
        return tx.child("v")?.text
    }

    /// A series name: the reference formula, else the literal.
    private static func text(ofSeriesName tx: XMLElementNode) -> String? {
        tx.child("strRef")?.child("f")?.text ?? tx.child("v")?.text
    }

    /// The formula of a data source (`numRef`, `strRef` or `multiLvlStrRef`).
    private static func formula(of source: XMLElementNode) -> String? {
        for kind in ["numRef", "strRef", "multiLvlStrRef"] {
            if let formula = source.child(kind)?.child("f")?.text { return formula }
        }
        return nil
    }
}
