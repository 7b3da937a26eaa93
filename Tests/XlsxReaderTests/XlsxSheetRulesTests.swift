import Testing
import XlsxReader

/// Data validations and conditional formats on the "Agents" sheet.
/// Expected values: Python XlsxWriter 3.3.1 fixture (Fixtures/make_reference.py).
@Suite("Validations and conditional formats")
struct XlsxSheetRulesTests {
    let sheet: XlsxSheet

    init() throws {
        sheet = try XlsxFile(contentsOf: Fixture.url(Fixture.reference)).sheet("Agents")
    }

    @Test("A list validation keeps its source range on another sheet")
    func listValidation() throws {
        let list = try #require(sheet.dataValidations.first)
        #expect(list == XlsxDataValidation(
            type: "list", sqref: "B2:B6", formula1: "Lists!$A$1:$A$3",
            allowBlank: true, showErrorMessage: true, showInputMessage: true))
    }

    @Test("A whole-number validation keeps both bounds and its ignore_blank=False")
    func wholeValidation() throws {
        #expect(sheet.dataValidations.count == 2)
        let whole = sheet.dataValidations[1]
        #expect(whole.type == "whole")
        #expect(whole.operator == nil)  // "between" is the default, so XlsxWriter leaves it out
        #expect(whole.sqref == "C2:C6")
        #expect(whole.formula1 == "0")
        #expect(whole.formula2 == "500")
        #expect(!whole.allowBlank)
        #expect(whole.showErrorMessage)
    }

    @Test("Colour scales, data bars and cell rules read back once each, in document order")
    func conditionalFormats() {
        #expect(sheet.conditionalFormats == [
            XlsxConditionalFormat(
                sqref: "C2:C6", type: "colorScale", colors: ["FFF8696B", "FFFFEB84", "FF63BE7B"], priority: 1),
            XlsxConditionalFormat(sqref: "G2:G6", type: "dataBar", colors: ["FF638EC6"], priority: 2),
            // data_bar_2010 also writes an x14 copy inside <extLst>, which must not appear twice.
            XlsxConditionalFormat(sqref: "K2:K6", type: "dataBar", colors: ["FF63C384"], priority: 3),
            XlsxConditionalFormat(
                sqref: "H2:H6", type: "cellIs", operator: "greaterThanOrEqual", formulas: ["50"], priority: 4, dxfId: 0),
            XlsxConditionalFormat(
                sqref: "H2:H6", type: "cellIs", operator: "between", formulas: ["10", "20"], priority: 5, dxfId: 1),
            XlsxConditionalFormat(sqref: "A2:A6", type: "expression", formulas: ["$D2=FALSE"], priority: 6, dxfId: 1),
        ])
    }
}
