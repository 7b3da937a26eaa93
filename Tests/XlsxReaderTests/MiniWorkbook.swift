/// Builds minimal SpreadsheetML packages for cases the XlsxWriter fixtures do not produce.
enum MiniWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// A package with these worksheets; targets in the workbook rels are absolute ("/xl/...") when asked.
    static func package(
        sheets: [(name: String, xml: String)], sharedStrings: String? = nil, styles: String? = nil,
        absoluteTargets: Bool = false
    ) -> StoredZip {
        let prefix = absoluteTargets ? "/xl/" : ""
        var zip = StoredZip()
        zip.add("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        zip.add("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="\(packageRelationships)">\
            <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="\(absoluteTargets ? "/" : "")xl/workbook.xml"/>\
            </Relationships>
            """)
        var workbookRels = ""
        var sheetList = ""
        for (index, sheet) in sheets.enumerated() {
            let number = index + 1
            workbookRels += #"<Relationship Id="rId\#(number)" Type="\#(relationships)/worksheet" Target="\#(prefix)worksheets/sheet\#(number).xml"/>"#
            sheetList += #"<sheet name="\#(sheet.name)" sheetId="\#(number)" r:id="rId\#(number)"/>"#
            zip.add("xl/worksheets/sheet\(number).xml", sheet.xml)
        }
        if let sharedStrings {
            workbookRels += #"<Relationship Id="rIdS" Type="\#(relationships)/sharedStrings" Target="\#(prefix)sharedStrings.xml"/>"#
            zip.add("xl/sharedStrings.xml", sharedStrings)
        }
        if let styles {
            workbookRels += #"<Relationship Id="rIdT" Type="\#(relationships)/styles" Target="\#(prefix)styles.xml"/>"#
            zip.add("xl/styles.xml", styles)
        }
        zip.add("xl/_rels/workbook.xml.rels", #"<?xml version="1.0"?><Relationships xmlns="\#(packageRelationships)">\#(workbookRels)</Relationships>"#)
        zip.add("xl/workbook.xml", #"<?xml version="1.0"?><workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>\#(sheetList)</sheets></workbook>"#)
        return zip
    }

    /// A worksheet part around the given `<sheetData>` content, followed by `after`.
    static func worksheet(_ sheetData: String, after: String = "") -> String {
        #"<?xml version="1.0"?><worksheet xmlns="\#(main)" xmlns:r="\#(relationships)"><sheetData>\#(sheetData)</sheetData>\#(after)</worksheet>"#
    }
}
