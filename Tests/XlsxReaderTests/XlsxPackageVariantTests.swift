import Foundation
import Testing
import XlsxReader

/// SpreadsheetML that other writers produce and the XlsxWriter fixtures do not: absolute targets,
/// prefixed namespaces, shared formulas, omitted cell references, phonetic runs, built-in formats.
@Suite("Package variants")
struct XlsxPackageVariantTests {
    /// Writes the package to a temporary file, reads it, and removes the file.
    private func read(_ zip: StoredZip) throws -> XlsxFile {
        let url = try zip.write()
        defer { try? FileManager.default.removeItem(at: url) }
        return try XlsxFile(contentsOf: url)
    }

    @Test("Absolute relationship targets resolve like relative ones")
    func absoluteTargets() throws {
        let zip = MiniWorkbook.package(
            sheets: [("First", MiniWorkbook.worksheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#))],
            sharedStrings: #"<sst xmlns="\#(MiniWorkbook.main)"><si><t>absolute</t></si></sst>"#,
            absoluteTargets: true)
        let file = try read(zip)
        #expect(file.sheetNames == ["First"])
        #expect(try file.sheet("First").cell("A1")?.value == .text("absolute"))
    }

    @Test("A prefixed main namespace (x:worksheet) reads like the default namespace")
    func prefixedNamespace() throws {
        let sheet = """
            <?xml version="1.0"?><x:worksheet xmlns:x="\(MiniWorkbook.main)" xmlns:rel="\(MiniWorkbook.relationships)">\
            <x:sheetViews><x:sheetView workbookViewId="0"><x:pane xSplit="1" ySplit="3" state="frozen"/></x:sheetView></x:sheetViews>\
            <x:sheetData><x:row r="2"><x:c r="C2" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c></x:row></x:sheetData>\
            <x:autoFilter ref="A1:C2"/></x:worksheet>
            """
        let parsed = try read(MiniWorkbook.package(sheets: [("P", sheet)])).sheet("P")
        #expect(parsed.cell("C2")?.value == .text("prefixed"))
        #expect(parsed.frozenRows == 3 && parsed.frozenColumns == 1)
        #expect(parsed.autoFilter == "A1:C2")
    }

    @Test("A shared formula keeps the master's text; dependents have nil but keep their values")
    func sharedFormulas() throws {
        let data = """
            <row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">B2*2</f><v>2</v></c></row>\
            <row r="3"><c r="A3"><f t="shared" si="0"/><v>4</v></c></row>
            """
        let sheet = try read(MiniWorkbook.package(sheets: [("F", MiniWorkbook.worksheet(data))])).sheet("F")
        #expect(sheet.cell("A2")?.formula == "B2*2")
        #expect(sheet.cell("A2")?.value == .number(2))
        #expect(sheet.cell("A3")?.formula == nil)
        #expect(sheet.cell("A3")?.value == .number(4))
    }

    @Test("Cells and rows without an r attribute follow the previous ones")
    func omittedReferences() throws {
        let data = #"<row><c><v>1</v></c><c t="str"><v>x</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>3</v></c></row>"#
        let sheet = try read(MiniWorkbook.package(sheets: [("R", MiniWorkbook.worksheet(data))])).sheet("R")
        #expect(sheet.cell("A1")?.value == .number(1))
        #expect(sheet.cell("B1")?.value == .text("x"))
        #expect(sheet.cell("E1")?.value == .number(5))
        #expect(sheet.cell("F1")?.value == .number(6))
        #expect(sheet.cell("A2")?.value == .number(3))
        #expect(sheet.maxRow == 1 && sheet.maxColumn == 5)
    }

    @Test("Phonetic runs are skipped and _x005F_ escapes an underscore")
    func sharedStringDetails() throws {
        let strings = """
            <sst xmlns="\(MiniWorkbook.main)"><si><r><t>漢</t></r><r><t>字</t></r><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>\
            <si><t>_x005F_x0041_</t></si><si><t>tab_x0009_stop</t></si><si><t/></si></sst>
            """
        let data = #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>"#
        let sheet = try read(MiniWorkbook.package(sheets: [("S", MiniWorkbook.worksheet(data))], sharedStrings: strings)).sheet("S")
        #expect(sheet.cell("A1")?.value == .text("漢字"))
        #expect(sheet.cell("B1")?.value == .text("_x0041_"))
        #expect(sheet.cell("C1")?.value == .text("tab\tstop"))
        #expect(sheet.cell("D1")?.value == .text(""))
    }

    @Test("ISO dates, errors and formulas without cached values keep their types")
    func otherCellTypes() throws {
        let data = #"<row r="1"><c r="A1" t="d"><v>2024-05-01T00:00:00</v></c><c r="B1" t="e"><v>#N/A</v></c><c r="C1"><f>A1+1</f></c><c r="D1" t="b"><v>1</v></c></row>"#
        let sheet = try read(MiniWorkbook.package(sheets: [("T", MiniWorkbook.worksheet(data))])).sheet("T")
        #expect(sheet.cell("A1")?.value == .text("2024-05-01T00:00:00"))
        #expect(sheet.cell("B1")?.value == .error("#N/A"))
        #expect(sheet.cell("C1")?.value == .empty)
        #expect(sheet.cell("C1")?.formula == "A1+1")
        #expect(sheet.cell("D1")?.value == .bool(true))
    }

    @Test("Built-in format ids without numFmts map to their codes, and val=\"0\" turns bold off")
    func builtInStyles() throws {
        let styles = """
            <styleSheet xmlns="\(MiniWorkbook.main)"><fonts><font/><font><b val="0"/><i/><color rgb="FF00B050"/></font></fonts>\
            <fills><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="darkGrid"><fgColor rgb="FF000000"/></patternFill></fill></fills>\
            <borders><border/><border><left style="none"/><bottom style="hair"/></border></borders>\
            <cellXfs><xf/><xf numFmtId="14"/><xf numFmtId="3" fontId="1" fillId="1" borderId="1"/><xf numFmtId="46"/><xf numFmtId="31"/></cellXfs></styleSheet>
            """
        let data = #"<row r="1"><c r="A1" s="1"><v>45413</v></c><c r="B1" s="2"><v>1234</v></c><c r="C1" s="3"><v>1.5</v></c><c r="D1" s="4"><v>1</v></c><c r="E1"><v>0</v></c></row>"#
        let sheet = try read(MiniWorkbook.package(sheets: [("B", MiniWorkbook.worksheet(data))], styles: styles)).sheet("B")

        let date = try #require(sheet.cell("A1")).style
        #expect(date.numberFormat == "mm-dd-yy" && date.isDateFormatted)

        let number = try #require(sheet.cell("B1")).style
        #expect(number.numberFormat == "#,##0" && !number.isDateFormatted)
        #expect(!number.isBold && number.isItalic)
        #expect(number.fontColor == "FF00B050")
        #expect(number.fillColor == nil)  // a pattern fill that is not solid
        #expect(number.hasBorder)  // the bottom edge

        #expect(sheet.cell("C1")?.style.numberFormat == "[h]:mm:ss")
        #expect(sheet.cell("C1")?.style.isDateFormatted == true)
        // 31 is a locale-specific East Asian date format: no fixed code, but still a date.
        #expect(sheet.cell("D1")?.style.numberFormat == "[builtin 31]")
        #expect(sheet.cell("D1")?.style.isDateFormatted == true)
        #expect(sheet.cell("E1")?.style.numberFormat == "General")
    }

    @Test("A workbook without styles.xml gives every cell the default style, and an empty sheet has no bounds")
    func minimalWorkbook() throws {
        let file = try read(MiniWorkbook.package(sheets: [
            ("Data", MiniWorkbook.worksheet(#"<row r="1"><c r="A1"><v>7</v></c></row>"#)),
            ("Empty", MiniWorkbook.worksheet("")),
        ]))
        #expect(try file.sheet("Data").cell("A1")?.style == .default)
        let empty = try file.sheet("Empty")
        #expect(empty.cells.isEmpty)
        #expect(empty.maxRow == -1 && empty.maxColumn == -1)
        #expect(file.properties == XlsxProperties())
        #expect(file.definedNames.isEmpty)
    }

    @Test("A sheet's drawing and chart are found through absolute targets, with scatter and pie plots")
    func chartsThroughAbsoluteTargets() throws {
        let chartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"
        let sheetXML = MiniWorkbook.worksheet("", after: #"<drawing r:id="rIdD"/>"#)
        var zip = MiniWorkbook.package(sheets: [("Plot", sheetXML)])
        zip.add("xl/worksheets/_rels/sheet1.xml.rels", """
            <Relationships xmlns="\(MiniWorkbook.packageRelationships)"><Relationship Id="rIdD" \
            Type="\(MiniWorkbook.relationships)/drawing" Target="/xl/drawings/drawing1.xml"/></Relationships>
            """)
        zip.add("xl/drawings/drawing1.xml", """
            <xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">\
            <xdr:graphicFrame><c:chart xmlns:c="\(chartNamespace)" xmlns:r="\(MiniWorkbook.relationships)" r:id="rIdC1"/></xdr:graphicFrame>\
            <xdr:graphicFrame><c:chart xmlns:c="\(chartNamespace)" xmlns:r="\(MiniWorkbook.relationships)" r:id="rIdC2"/></xdr:graphicFrame>\
            </xdr:wsDr>
            """)
        zip.add("xl/drawings/_rels/drawing1.xml.rels", """
            <Relationships xmlns="\(MiniWorkbook.packageRelationships)">\
            <Relationship Id="rIdC1" Type="\(MiniWorkbook.relationships)/chart" Target="/xl/charts/chart1.xml"/>\
            <Relationship Id="rIdC2" Type="\(MiniWorkbook.relationships)/chart" Target="../charts/chart2.xml"/></Relationships>
            """)
        zip.add("xl/charts/chart1.xml", """
            <c:chartSpace xmlns:c="\(chartNamespace)"><c:chart><c:title><c:tx><c:strRef><c:f>Plot!$A$1</c:f>\
            <c:strCache><c:pt idx="0"><c:v>Handle time vs calls</c:v></c:pt></c:strCache></c:strRef></c:tx></c:title>\
            <c:plotArea><c:scatterChart><c:scatterStyle val="lineMarker"/><c:ser><c:tx><c:v>Agents</c:v></c:tx>\
            <c:xVal><c:numRef><c:f>Plot!$A$2:$A$9</c:f></c:numRef></c:xVal><c:yVal><c:numRef><c:f>Plot!$B$2:$B$9</c:f></c:numRef></c:yVal>\
            </c:ser><c:axId val="1"/><c:axId val="2"/></c:scatterChart><c:valAx><c:axId val="1"/></c:valAx><c:valAx><c:axId val="2"/></c:valAx>\
            </c:plotArea></c:chart></c:chartSpace>
            """)
        zip.add("xl/charts/chart2.xml", """
            <c:chartSpace xmlns:c="\(chartNamespace)" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">\
            <c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>Queue </a:t></a:r><a:r><a:t>mix</a:t></a:r></a:p><a:p><a:r><a:t>2024</a:t></a:r></a:p></c:rich></c:tx></c:title>\
            <c:plotArea><c:pieChart><c:ser><c:val><c:numLit><c:ptCount val="1"/></c:numLit></c:val></c:ser></c:pieChart></c:plotArea></c:chart></c:chartSpace>
            """)
        let charts = try read(zip).sheet("Plot").charts
        #expect(charts == [
            XlsxChart(
                kinds: ["scatter"], title: "Handle time vs calls", seriesNames: ["Agents"],
                seriesValueReferences: ["Plot!$B$2:$B$9"], seriesCategoryReferences: ["Plot!$A$2:$A$9"]),
            XlsxChart(
                kinds: ["pie"], title: "Queue mix\n2024", seriesNames: [""], seriesValueReferences: [""],
                seriesCategoryReferences: [""]),
        ])
    }
}
