import Foundation
import Testing
import XlsxReader

@Suite("headset org export")
struct OrgExportTests {
    /// Zakarias's name with its ć decomposed (c + U+0301): stored and written as given.
    static let decomposedName = "Zakarias Đuric\u{0301}"

    static func export(_ arguments: [String] = []) throws -> (ScratchDirectory, XlsxFile) {
        let people = OrgFixture.people.replacingOccurrences(of: "Zakarias Đurić", with: decomposedName)
        let scratch = try OrgFixture.imported(replacing: ["people.csv": people])
        let result = try OrgFixture.run(["org", "export", "--xlsx", "org.xlsx", "--as-of", "2026-06-01", "--locale", "lt"]
                                        + arguments, in: scratch)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("8 people and 1 vacancies on 2026-06-01 (lt)"))
        return (scratch, try XlsxFile(contentsOf: scratch.file("org.xlsx")))
    }

    /// A sheet's rows below the header as dictionaries by header title.
    static func rows(_ sheet: XlsxSheet, headerRow: Int = 0) -> [[String: XlsxCell]] {
        let headers = (0...sheet.maxColumn).map { sheet.cell(row: headerRow, column: $0)?.value.stringValue ?? "" }
        guard sheet.maxRow > headerRow else { return [] }
        return ((headerRow + 1)...sheet.maxRow).map { row in
            var cells: [String: XlsxCell] = [:]
            for (column, header) in headers.enumerated() { cells[header] = sheet.cell(row: row, column: column) }
            return cells
        }
    }

    @Test("the hierarchy: depth-first rows, names indented by depth, rows grouped with outline levels, summary above")
    func hierarchy() throws {
        let (_, file) = try Self.export()
        #expect(file.sheetNames == ["Org hierarchy", "Title catalogue", "Headcount"])
        let sheet = try file.sheet("Org hierarchy")
        let rows = Self.rows(sheet)
        #expect(rows.map { $0["Key"]?.value.stringValue ?? "" }
                == ["ruta", "ivo", "aase", "ieva", "yla", "jonas", "oystein", "zak", "seat-9"])
        #expect(rows.map { $0["Kind"]?.value.stringValue ?? "" } == Array(repeating: "person", count: 8) + ["vacancy"])
        // Row 1 is the header; Rūta (row 2) is at the top, Ivo one level down, his team two.
        #expect(sheet.rowOutlineLevels == [2: 1, 3: 2, 4: 2, 5: 2, 6: 2, 7: 2, 8: 2, 9: 2])
        #expect(rows.map { $0["Name"]?.style.indent ?? -1 } == [0, 1, 2, 2, 2, 2, 2, 2, 2])
        #expect(rows[1]["Name"]?.style.isBold == true, "managers in bold")
        #expect(rows[8]["Name"]?.value == .text("(vacant)"))
        #expect(rows[1]["Title"]?.value == .text("Komandos vadovas"))
        #expect(rows[1]["Manager"]?.value == .text("Rūta Žemaitė"))
        #expect(rows[1]["Reporting chain"]?.value == .text("/ruta/"))
        #expect(rows[3]["Reporting chain"]?.value == .text("/ruta/ivo/"))
        #expect(rows[1]["All reports"]?.value == .number(6))
        #expect(rows[1]["Title since"]?.value == .number(45_658), "2025-01-01")
        #expect(rows[1]["Title since"]?.style.numberFormat == "yyyy-mm-dd")
        #expect(sheet.frozenRows == 1)
        let xml = String(decoding: try #require(file.data(forEntry: sheet.partName)), as: UTF8.self)
        #expect(xml.contains("<outlinePr summaryBelow=\"0\""), "the +/− buttons sit above each group, by the manager")
    }

    @Test("Unicode names go from CSV through SQLite into the workbook unchanged, even decomposed")
    func unicodeRoundTrip() throws {
        let (scratch, file) = try Self.export()
        let names = Self.rows(try file.sheet("Org hierarchy")).compactMap { $0["Name"]?.value.stringValue }
        for name in ["Rūta Žemaitė", "Ivo Ćorić", "Yla Bērziņa", "Jonas Ķemere", "Øystein Ødegård", "Aase Åsheim"] {
            #expect(names.contains(name), "\(name)")
        }
        let zak = try #require(names.first { $0.hasPrefix("Zakarias") })
        #expect(Array(zak.unicodeScalars) == Array(Self.decomposedName.unicodeScalars), "not normalised on the way")
        let chart = try OrgFixture.run(["org", "chart", "--as-of", "2026-06-01"], in: scratch)
        #expect(chart.standardOutput.utf8.contains(0xCC), "U+0301 is CC 81 in UTF-8")
        #expect(Data(chart.standardOutput.utf8).range(of: Data("Đuric\u{0301}".utf8)) != nil)
    }

    @Test("the title catalogue: one name column per locale, English first, aliases, live people and vacancy counts")
    func titleCatalogue() throws {
        let (_, file) = try Self.export()
        let sheet = try file.sheet("Title catalogue")
        let headers = (0...sheet.maxColumn).map { sheet.cell(row: 0, column: $0)?.value.stringValue ?? "" }
        #expect(headers == ["Title key", "Role", "Level", "Job family", "Name (en)", "Name (hr)", "Name (lt)", "Name (lv)",
                            "Name (nb)", "Aliases", "People", "Vacant positions"])
        let rows = Self.rows(sheet)
        #expect(rows.map { $0["Title key"]?.value.stringValue ?? "" } == ["csr", "team-lead", "head-of-service"], "by level")
        let csr = rows[0]
        #expect(csr["Name (lt)"]?.value == .text("Klientų aptarnavimo specialistas"))
        #expect(csr["Name (lv)"]?.value == .text("Klientu apkalpošanas speciālists"))
        #expect(csr["Name (hr)"]?.value == .text("Predstavnik korisničke službe"))
        #expect(csr["Name (nb)"]?.value == .text("Kundeservicemedarbeider"))
        #expect(csr["Aliases"]?.value == .text("Operator; Bank Teller"))
        #expect(csr["Role"]?.value == .text("Konsultantas"))
        #expect(csr["People"]?.value == .number(6))
        #expect(csr["People"]?.formula == "COUNTIFS('Org hierarchy'!$C$2:$C$10,\"person\",'Org hierarchy'!$M$2:$M$10,$A2)")
        #expect(csr["Vacant positions"]?.value == .number(1))
        #expect((rows[2]["Name (lt)"]?.value ?? .empty) == .empty, "no Lithuanian name for the head of service")
    }

    @Test("headcount formulas are COUNTIFS over the hierarchy whose cached values are the counts Excel computes")
    func headcount() throws {
        let (_, file) = try Self.export()
        let hierarchy = Self.rows(try file.sheet("Org hierarchy"))
        func text(_ row: [String: XlsxCell], _ column: String) -> String { row[column]?.value.stringValue ?? "" }
        let people = hierarchy.filter { text($0, "Kind") == "person" }
        let sheet = try file.sheet("Headcount")
        #expect(sheet.cell("A1")?.value == .text("Headcount on 2026-06-01"))
        let rows = Self.rows(sheet, headerRow: 3)
        var seen: [String: Double] = [:]
        for row in rows {
            let group = text(row, "Group")
            let key = text(row, "Key")
            let cell = try #require(row["People"])
            let formula = try #require(cell.formula)
            #expect(formula.hasPrefix("COUNTIFS('Org hierarchy'!$C$2:$C$10,\"person\""), "\(formula)")
            // Excel's criteria ignore case: recount the hierarchy's cells the same way.
            let recount: Int
            switch group {
            case "Job family": recount = people.count { text($0, "Job family key").lowercased() == key.lowercased() }
            case "Role": recount = people.count { text($0, "Role key").lowercased() == key.lowercased() }
            case "Title": recount = people.count { text($0, "Title key").lowercased() == key.lowercased() }
            case "Team": recount = people.count { text($0, "Reporting chain").lowercased().contains("/\(key.lowercased())/") }
            default: recount = people.count
            }
            #expect(cell.value == .number(Double(recount)), "\(group) \(key)")
            seen["\(group) \(key)"] = cell.value.doubleValue
        }
        #expect(seen == [
            "Job family service": 8, "Role agent": 6, "Role supervisor": 1, "Role head": 1,
            "Title csr": 6, "Title team-lead": 1, "Title head-of-service": 1,
            "Team ivo": 6, "Team ruta": 7, "Total ": 8,
        ])
        let team = try #require(rows.first { text($0, "Key") == "ivo" }?["People"]?.formula)
        #expect(team == "COUNTIFS('Org hierarchy'!$C$2:$C$10,\"person\",'Org hierarchy'!$Q$2:$Q$10,\"*/ivo/*\")")
    }

    @Test("an unwritable path fails with exit 1 and leaves nothing behind")
    func unwritable() throws {
        let scratch = try OrgFixture.imported()
        let result = try OrgFixture.run(["org", "export", "--xlsx", "missing/org.xlsx"], in: scratch)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("headset: error: "))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("missing").path))
    }
}
