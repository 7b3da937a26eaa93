import Foundation
import Testing

@Suite("headset org chart")
struct OrgChartTests {
    static func chart(_ scratch: ScratchDirectory, _ arguments: [String]) throws -> String {
        let result = try OrgFixture.run(["org", "chart"] + arguments, in: scratch)
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    /// The people's keys in the order the text chart lists them.
    static func order(_ text: String) -> [String] {
        text.split(separator: "\n").filter { !$0.contains("(vacant)") }.compactMap { line in
            guard let open = line.lastIndex(of: "("), let close = line[open...].firstIndex(of: ")") else { return nil }
            return String(line[line.index(after: open)..<close])
        }
    }

    @Test("text: an indented tree with titles in the locale, the vacancy under its manager")
    func text() throws {
        let scratch = try OrgFixture.imported()
        let chart = try Self.chart(scratch, ["--as-of", "2026-06-01", "--locale", "lt"])
        #expect(chart == """
            Rūta Žemaitė (ruta), Head of Service
              Ivo Ćorić (ivo), Komandos vadovas
                Aase Åsheim (aase), Klientų aptarnavimo specialistas
                Ieva Šimkutė (ieva), Klientų aptarnavimo specialistas
                Yla Bērziņa (yla), Klientų aptarnavimo specialistas
                Jonas Ķemere (jonas), Klientų aptarnavimo specialistas
                Øystein Ødegård (oystein), Klientų aptarnavimo specialistas
                Zakarias Đurić (zak), Klientų aptarnavimo specialistas
                (vacant) Klientų aptarnavimo specialistas [position seat-9]

            """)
    }

    @Test("people are sorted the way each language sorts: Y between I and J in Lithuanian, Æ Ø Å after Z in Norwegian")
    func collation() throws {
        let scratch = try OrgFixture.imported()
        let lithuanian = Self.order(try Self.chart(scratch, ["--as-of", "2026-06-01", "--locale", "lt"]))
        let english = Self.order(try Self.chart(scratch, ["--as-of", "2026-06-01", "--locale", "en"]))
        let norwegian = Self.order(try Self.chart(scratch, ["--as-of", "2026-06-01", "--locale", "nb"]))
        // CLDR collation charts (https://www.unicode.org/cldr/charts/latest/collation/lt.html, nb.html).
        #expect(Array(lithuanian.dropFirst(2)) == ["aase", "ieva", "yla", "jonas", "oystein", "zak"])
        #expect(Array(english.dropFirst(2)) == ["aase", "ieva", "jonas", "oystein", "yla", "zak"])
        #expect(Array(norwegian.dropFirst(2)) == ["ieva", "jonas", "yla", "zak", "oystein", "aase"],
                "Aa is Å, the last letter; Ø before it")
    }

    @Test("the chart differs by date: after the reorganisation Jonas leads Ieva and Yla")
    func byDate() throws {
        let scratch = try OrgFixture.imported()
        let before = try Self.chart(scratch, ["--as-of", "2026-12-31", "--locale", "en"])
        let after = try Self.chart(scratch, ["--as-of", "2027-01-01", "--locale", "en"])
        #expect(before.contains("    Ieva Šimkutė (ieva), Customer Service Representative\n"))
        #expect(after == """
            Rūta Žemaitė (ruta), Head of Service
              Ivo Ćorić (ivo), Team Lead
                Aase Åsheim (aase), Customer Service Representative
                Øystein Ødegård (oystein), Customer Service Representative
                Zakarias Đurić (zak), Customer Service Representative
                (vacant) Customer Service Representative [position seat-9]
              Jonas Ķemere (jonas), Team Lead
                Ieva Šimkutė (ieva), Customer Service Representative
                Yla Bērziņa (yla), Customer Service Representative

            """)
        let empty = try OrgFixture.run(["org", "chart", "--as-of", "2020-01-01"], in: scratch)
        #expect(empty.status == 0)
        #expect(empty.standardOutput.isEmpty)
        #expect(empty.standardError.contains("nobody is in the organisation on 2020-01-01"))
    }

    @Test("mermaid: graph TD, one node per person and vacancy, an edge per reporting line")
    func mermaid() throws {
        let scratch = try OrgFixture.imported()
        let chart = try Self.chart(scratch, ["--as-of", "2026-06-01", "--locale", "en", "--format", "mermaid"])
        let lines = chart.split(separator: "\n").map(String.init)
        #expect(lines.first == "graph TD")
        #expect(lines.contains("    p1[\"Rūta Žemaitė<br/>Head of Service\"]"))
        #expect(lines.contains("    p2[\"Ivo Ćorić<br/>Team Lead\"]"))
        #expect(lines.contains("    v1[\"(vacant)<br/>Customer Service Representative\"]:::vacancy"))
        #expect(lines.contains("    p1 --> p2"))
        #expect(lines.contains("    p2 -.-> v1"))
        #expect(lines.filter { $0.contains(" --> ") }.count == 7, "8 people, one root")
        #expect(lines.last == "    classDef vacancy stroke-dasharray: 5 5")
    }

    @Test("dot: a digraph with boxes, labels on two lines, an edge per reporting line")
    func dot() throws {
        let scratch = try OrgFixture.imported()
        let chart = try Self.chart(scratch, ["--as-of", "2026-06-01", "--locale", "nb", "--format", "dot"])
        let lines = chart.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(3)) == ["digraph org {", "    rankdir=TB;", "    node [shape=box];"])
        #expect(lines.last == "}")
        #expect(lines.contains("    p1 [label=\"Rūta Žemaitė\\nKundeservicesjef\"];"))
        #expect(lines.contains("    p2 [label=\"Ivo Ćorić\\nTeamleder\"];"))
        #expect(lines.contains("    v1 [label=\"(vacant)\\nKundeservicemedarbeider\", style=dashed];"))
        #expect(lines.contains("    p1 -> p2;"))
        #expect(lines.contains("    p2 -> v1 [style=dashed];"))
        #expect(lines.filter { $0.contains(" -> ") && !$0.contains("dashed") }.count == 7)
    }

    @Test("a bad --as-of or --format is a usage error")
    func usage() throws {
        let scratch = try OrgFixture.imported()
        #expect(try OrgFixture.run(["org", "chart", "--as-of", "2026-13-01"], in: scratch).status == 2)
        #expect(try OrgFixture.run(["org", "chart", "--format", "svg"], in: scratch).status == 2)
    }
}
