import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams one worksheet part (SAX), collecting cells and the sheet-level elements tests check.
///
/// Everything inside `<extLst>` is skipped, so Excel 2010 extensions (x14 data bars and
/// validations) never duplicate the main-namespace elements.
final class WorksheetParser: PartParser {
    /// A `<hyperlink>` before its relationship is resolved.
    struct HyperlinkRecord {
        var reference: String
        var relationshipId: String?
        var location: String?
    }

    private let sharedStrings: [String]
    private let styles: StyleSheet

    // Results.
    private(set) var cells: [String: XlsxCell] = [:]
    private(set) var maxRow = -1
    private(set) var maxColumn = -1
    private(set) var frozenRows = 0
    private(set) var frozenColumns = 0
    private(set) var autoFilter: String?
    private(set) var columnWidths: [Int: Double] = [:]
    private(set) var rowOutlineLevels: [Int: Int] = [:]
    private(set) var hiddenRows: Set<Int> = []
    private(set) var mergedRanges: [String] = []
    private(set) var dataValidations: [XlsxDataValidation] = []
    private(set) var conditionalFormats: [XlsxConditionalFormat] = []
    private(set) var hyperlinks: [HyperlinkRecord] = []
    private(set) var tableRelationshipIds: [String] = []
    private(set) var drawingRelationshipIds: [String] = []

    // Where we are.
    private var extensionDepth = 0
    private var customViewsDepth = 0
    private var sheetViewCount = 0
    private var inFirstSheetView = false
    private var currentRow = -1
    private var nextColumn = 0

    // The cell being read.
    private var cellRow = 0
    private var cellColumn = 0
    private var cellType: String?
    private var cellStyleIndex = 0
    private var cellValue: String?
    private var cellFormula: String?
    private var inlineText: String?
    private var inInlineString = false
    private var phoneticDepth = 0

    // Character capture for <v>, <f>, <t>, <formula1>, <formula2>, <formula>.
    private var capturing = false
    private var buffer = ""

    // The validation or rule being read.
    private var validation: [String: String]?
    private var validationFormulas: [String: String] = [:]
    private var ruleSqref = ""
    private var rule: [String: String]?
    private var ruleFormulas: [String] = []
    private var ruleColors: [String] = []

    init(part: String, sharedStrings: [String], styles: StyleSheet) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        super.init(part: part)
    }

    // MARK: - Hooks

    override func startElement(_ elementName: String, attributes: [String: String], parser: XMLParser) {
        if extensionDepth > 0 {
            if elementName == "extLst" { extensionDepth += 1 }
            return
        }
        switch elementName {
        case "c":
            startCell(attributes, parser)
        case "v":
            startCapture()
        case "f":
            startCapture()
        case "is":
            inInlineString = true
            inlineText = ""
        case "rPh":
            phoneticDepth += 1
        case "t":
            if inInlineString, phoneticDepth == 0 { startCapture() }
        case "row":
            startRow(attributes, parser)
        case "extLst":
            extensionDepth = 1
        case "customSheetViews":
            customViewsDepth += 1
        case "sheetView":
            sheetViewCount += 1
            inFirstSheetView = sheetViewCount == 1 && customViewsDepth == 0
        case "pane":
            if inFirstSheetView, let state = attributes["state"], state == "frozen" || state == "frozenSplit" {
                frozenColumns = attributes["xSplit"].flatMap(Double.init).map { Int($0) } ?? 0
                frozenRows = attributes["ySplit"].flatMap(Double.init).map { Int($0) } ?? 0
            }
        case "autoFilter":
            if customViewsDepth == 0, autoFilter == nil { autoFilter = attributes["ref"] }
        case "col":
            addColumn(attributes)
        case "mergeCell":
            if let reference = attributes["ref"] { mergedRanges.append(reference) }
        case "dataValidation":
            validation = attributes
            validationFormulas = [:]
        case "formula1", "formula2":
            if validation != nil { startCapture() }
        case "conditionalFormatting":
            ruleSqref = attributes["sqref"] ?? ""
        case "cfRule":
            rule = attributes
            ruleFormulas = []
            ruleColors = []
        case "formula":
            if rule != nil { startCapture() }
        case "color":
            if rule != nil, let rgb = attributes["rgb"] { ruleColors.append(rgb) }
        case "hyperlink":
            if let reference = attributes["ref"] {
                hyperlinks.append(HyperlinkRecord(
                    reference: reference, relationshipId: Self.relationshipId(attributes), location: attributes["location"]))
            }
        case "tablePart":
            if let id = Self.relationshipId(attributes) { tableRelationshipIds.append(id) }
        case "drawing":
            if let id = Self.relationshipId(attributes) { drawingRelationshipIds.append(id) }
        default:
            break
        }
    }

    override func endElement(_ elementName: String, parser: XMLParser) {
        if extensionDepth > 0 {
            if elementName == "extLst" { extensionDepth -= 1 }
            return
        }
        switch elementName {
        case "c":
            finishCell(parser)
        case "v":
            cellValue = endCapture()
        case "f":
            let text = endCapture()
            // A shared-formula dependent (<f t="shared" si="0"/>) has no text of its own.
            cellFormula = text.isEmpty ? nil : text
        case "t":
            if capturing { inlineText = (inlineText ?? "") + endCapture() }
        case "is":
            inInlineString = false
        case "rPh":
            phoneticDepth -= 1
        case "customSheetViews":
            customViewsDepth -= 1
        case "sheetView":
            inFirstSheetView = false
        case "formula1", "formula2":
            if capturing { validationFormulas[elementName] = endCapture() }
        case "dataValidation":
            finishValidation()
        case "formula":
            if capturing { ruleFormulas.append(endCapture()) }
        case "cfRule":
            finishRule()
        default:
            break
        }
    }

    override func characters(_ string: String) {
        if capturing { buffer += string }
    }

    // MARK: - Cells

    private func startRow(_ attributes: [String: String], _ parser: XMLParser) {
        if let number = attributes["r"] {
            guard let row = Int(number), row >= 1 else {
                return abort(parser, "row number '\(number)' is not a positive integer")
            }
            currentRow = row - 1
        } else {
            currentRow += 1
        }
        nextColumn = 0
        if let level = attributes["outlineLevel"].flatMap(Int.init), level > 0 {
            rowOutlineLevels[currentRow] = level
        }
        if let hidden = attributes["hidden"], hidden == "1" || hidden == "true" {
            hiddenRows.insert(currentRow)
        }
    }

    private func startCell(_ attributes: [String: String], _ parser: XMLParser) {
        if let reference = attributes["r"] {
            guard let position = XlsxCellReference.coordinates(reference) else {
                return abort(parser, "cell reference '\(reference)' is not an A1 reference")
            }
            (cellRow, cellColumn) = position
        } else {
            // `r` is optional: the cell follows the previous one in its row.
            (cellRow, cellColumn) = (max(currentRow, 0), nextColumn)
        }
        cellType = attributes["t"]
        cellStyleIndex = attributes["s"].flatMap(Int.init) ?? 0
        cellValue = nil
        cellFormula = nil
        inlineText = nil
    }

    private func finishCell(_ parser: XMLParser) {
        let reference = XlsxCellReference.reference(row: cellRow, column: cellColumn)
        guard let style = styles.style(at: cellStyleIndex) else {
            return abort(parser, "cell \(reference) uses style \(cellStyleIndex), but cellXfs has \(styles.cellStyles.count) entries")
        }
        let value: XlsxValue
        switch cellType ?? "n" {
        case "n":
            guard let text = cellValue, !text.isEmpty else { value = .empty; break }
            guard let number = Double(text) ?? Double(text.trimmingCharacters(in: .whitespaces)) else {
                return abort(parser, "cell \(reference) holds '\(text)', which is not a number")
            }
            value = .number(number)
        case "s":
            guard let text = cellValue, !text.isEmpty else { value = .empty; break }
            guard let index = Int(text.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                return abort(parser, "cell \(reference) refers to shared string \(text), but the table has \(sharedStrings.count)")
            }
            value = .text(sharedStrings[index])
        case "inlineStr":
            value = inlineText.map { .text(SpreadsheetText.unescape($0)) } ?? cellValue.map { .text($0) } ?? .empty
        case "str":
            value = cellValue.map { .text($0) } ?? .empty
        case "b":
            guard let text = cellValue else { value = .empty; break }
            value = .bool(text == "1" || text == "true")
        case "e":
            value = cellValue.map { .error($0) } ?? .empty
        case "d":
            value = cellValue.map { .text($0) } ?? .empty
        case let other:
            return abort(parser, "cell \(reference) has unknown type t=\"\(other)\"")
        }
        cells[reference] = XlsxCell(reference: reference, value: value, formula: cellFormula, style: style)
        if cellRow > maxRow { maxRow = cellRow }
        if cellColumn > maxColumn { maxColumn = cellColumn }
        nextColumn = cellColumn + 1
    }

    // MARK: - Sheet-level elements

    private func addColumn(_ attributes: [String: String]) {
        guard let width = attributes["width"].flatMap(Double.init),
              let first = attributes["min"].flatMap(Int.init), let last = attributes["max"].flatMap(Int.init),
              first >= 1, last >= first
        else { return }
        for column in (first - 1)...(last - 1) { columnWidths[column] = width }
    }

    private func finishValidation() {
        guard let attributes = validation else { return }
        dataValidations.append(XlsxDataValidation(
            type: attributes["type"] ?? "none",
            operator: attributes["operator"],
            sqref: attributes["sqref"] ?? "",
            formula1: validationFormulas["formula1"],
            formula2: validationFormulas["formula2"],
            allowBlank: Self.isTrue(attributes["allowBlank"]),
            showErrorMessage: Self.isTrue(attributes["showErrorMessage"]),
            showInputMessage: Self.isTrue(attributes["showInputMessage"]),
            inputMessage: attributes["prompt"],
            errorMessage: attributes["error"]))
        validation = nil
    }

    private func finishRule() {
        guard let attributes = rule else { return }
        conditionalFormats.append(XlsxConditionalFormat(
            sqref: ruleSqref,
            type: attributes["type"] ?? "",
            operator: attributes["operator"],
            formulas: ruleFormulas,
            colors: ruleColors,
            priority: attributes["priority"].flatMap(Int.init) ?? 0,
            dxfId: attributes["dxfId"].flatMap(Int.init)))
        rule = nil
    }

    // MARK: - Helpers

    private func startCapture() {
        capturing = true
        buffer = ""
    }

    private func endCapture() -> String {
        capturing = false
        defer { buffer = "" }
        return buffer
    }

    private static func isTrue(_ value: String?) -> Bool {
        value == "1" || value == "true"
    }

    /// The `r:id` attribute, whatever prefix the relationships namespace has.
    private static func relationshipId(_ attributes: [String: String]) -> String? {
        if let id = attributes["r:id"] { return id }
        return attributes.first { $0.key.hasSuffix(":id") && !$0.key.hasPrefix("xmlns") }?.value
    }
}
