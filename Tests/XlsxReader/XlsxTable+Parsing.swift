extension XlsxTable {
    /// Reads a `<table>` part.
    init(table root: XMLElementNode) {
        let name = root.attribute("name") ?? ""
        self.init(
            name: name,
            displayName: root.attribute("displayName") ?? name,
            reference: root.attribute("ref") ?? "",
            columnNames: root.child("tableColumns")?.children("tableColumn").map { $0.attribute("name") ?? "" } ?? [],
            hasAutoFilter: root.child("autoFilter") != nil,
            styleName: root.child("tableStyleInfo")?.attribute("name"),
            hasHeaderRow: root.attribute("headerRowCount") != "0",
            hasTotalsRow: (root.attribute("totalsRowCount").flatMap(Int.init) ?? 0) > 0)
    }
}
