/// The cell formats of xl/styles.xml, resolved into one `XlsxCellStyle` per `cellXfs` entry.
struct StyleSheet: Sendable {
    /// Indexed by a cell's `s` attribute.
    let cellStyles: [XlsxCellStyle]

    /// A workbook without styles: every cell is General.
    static let empty = StyleSheet(cellStyles: [.default])

    /// The style for a cell's `s` attribute, or nil when the index is outside `cellXfs`.
    func style(at index: Int) -> XlsxCellStyle? {
        cellStyles.indices.contains(index) ? cellStyles[index] : nil
    }

    init(cellStyles: [XlsxCellStyle]) {
        self.cellStyles = cellStyles
    }

    /// Resolves `cellXfs` against `numFmts`, `fonts`, `fills` and `borders`.
    init(_ root: XMLElementNode) {
        var formats: [Int: String] = [:]
        for numFmt in root.child("numFmts")?.children("numFmt") ?? [] {
            if let id = numFmt.attribute("numFmtId").flatMap(Int.init), let code = numFmt.attribute("formatCode") {
                formats[id] = code
            }
        }
        let fonts = root.child("fonts")?.children("font") ?? []
        let fills = root.child("fills")?.children("fill") ?? []
        let borders = root.child("borders")?.children("border") ?? []

        func element(_ list: [XMLElementNode], _ xf: XMLElementNode, _ attribute: String) -> XMLElementNode? {
            guard let index = xf.attribute(attribute).flatMap(Int.init), list.indices.contains(index) else { return nil }
            return list[index]
        }

        let xfs = root.child("cellXfs")?.children("xf") ?? []
        let styles = xfs.map { xf -> XlsxCellStyle in
            let formatId = xf.attribute("numFmtId").flatMap(Int.init) ?? 0
            let font = element(fonts, xf, "fontId")
            let fill = element(fills, xf, "fillId")?.child("patternFill")
            let border = element(borders, xf, "borderId")
            let alignment = xf.child("alignment")

            let solidFill = fill?.attribute("patternType") == "solid"
            let underline = font?.child("u")
            return XlsxCellStyle(
                numberFormat: formats[formatId] ?? NumberFormats.code(forBuiltIn: formatId),
                numberFormatId: formatId,
                isBold: font.map { Self.flag($0.child("b")) } ?? false,
                isItalic: font.map { Self.flag($0.child("i")) } ?? false,
                isUnderlined: underline != nil && underline?.attribute("val") != "none",
                fontName: font?.childValue("name"),
                fontSize: font?.childValue("sz").flatMap(Double.init),
                fontColor: font?.child("color")?.attribute("rgb"),
                fillColor: solidFill ? fill?.child("fgColor")?.attribute("rgb") : nil,
                horizontalAlignment: alignment?.attribute("horizontal"),
                verticalAlignment: alignment?.attribute("vertical"),
                wrapsText: alignment?.attribute("wrapText").map(Self.isTrue) ?? false,
                hasBorder: border.map(Self.hasEdge) ?? false,
                indent: alignment?.attribute("indent").flatMap(Int.init) ?? 0)
        }
        cellStyles = styles.isEmpty ? [.default] : styles
    }

    /// `<b/>` is on; `<b val="0"/>` or `<b val="false"/>` is off; absence is off.
    private static func flag(_ element: XMLElementNode?) -> Bool {
        guard let element else { return false }
        return element.attribute("val").map(isTrue) ?? true
    }

    private static func isTrue(_ value: String) -> Bool {
        value == "1" || value.lowercased() == "true"
    }

    private static func hasEdge(_ border: XMLElementNode) -> Bool {
        ["left", "right", "top", "bottom", "start", "end"].contains { edge in
            guard let style = border.child(edge)?.attribute("style") else { return false }
            return style != "none"
        }
    }
}
