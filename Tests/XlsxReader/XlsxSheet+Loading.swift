extension XlsxSheet {
    /// Reads a worksheet part and follows its relationships to tables, drawings and charts.
    init(name: String, partName: String, package: ZipPackage, sharedStrings: [String], styles: StyleSheet) throws {
        let parser = WorksheetParser(part: partName, sharedStrings: sharedStrings, styles: styles)
        try parser.run(package.requiredData(partName))
        let relationships = try Relationships(of: partName, in: package)

        var hyperlinks: [String: String] = [:]
        for link in parser.hyperlinks {
            let external = link.relationshipId.flatMap { relationships[$0] }?.target
            switch (external, link.location) {
            case (let target?, let location?): hyperlinks[link.reference] = "\(target)#\(location)"
            case (let target?, nil): hyperlinks[link.reference] = target
            case (nil, let location?): hyperlinks[link.reference] = location
            case (nil, nil): continue
            }
        }

        let tables = try parser.tableRelationshipIds.map { id in
            let tablePart = try Self.target(id, of: relationships, for: partName)
            guard let root = try package.xml(tablePart) else { throw XlsxReaderError.missingPart(tablePart) }
            return XlsxTable(table: root)
        }

        var charts: [XlsxChart] = []
        for id in parser.drawingRelationshipIds {
            let drawingPart = try Self.target(id, of: relationships, for: partName)
            guard let drawing = try package.xml(drawingPart) else { throw XlsxReaderError.missingPart(drawingPart) }
            let drawingRelationships = try Relationships(of: drawingPart, in: package)
            for reference in drawing.descendants("chart") {
                guard let chartId = reference.attribute("id") else { continue }
                let chartPart = try Self.target(chartId, of: drawingRelationships, for: drawingPart)
                guard let chartSpace = try package.xml(chartPart) else { throw XlsxReaderError.missingPart(chartPart) }
                charts.append(XlsxChart(chartSpace: chartSpace))
            }
        }

        self.init(
            name: name, partName: partName, cells: parser.cells, maxRow: parser.maxRow, maxColumn: parser.maxColumn,
            frozenRows: parser.frozenRows, frozenColumns: parser.frozenColumns, autoFilter: parser.autoFilter,
            columnWidths: parser.columnWidths, rowOutlineLevels: parser.rowOutlineLevels,
            hiddenRows: parser.hiddenRows, mergedRanges: parser.mergedRanges,
            dataValidations: parser.dataValidations, conditionalFormats: parser.conditionalFormats,
            tables: tables, charts: charts, hyperlinks: hyperlinks)
    }

    /// The part an internal relationship points to, or an error naming the dangling id.
    private static func target(_ id: String, of relationships: Relationships, for part: String) throws -> String {
        guard let relationship = relationships[id], !relationship.isExternal else {
            throw XlsxReaderError.invalidContent(
                part: part, reason: "relationship '\(id)' is missing from \(Relationships.relationshipsPart(of: part))")
        }
        return relationships.partName(of: relationship)
    }
}
