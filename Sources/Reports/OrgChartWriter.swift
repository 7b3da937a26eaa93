import Organization

/// Writes the org chart of a snapshot as an indented text tree, a Mermaid flowchart or a
/// Graphviz digraph, in the order of ``OrgChartEntry/entries(of:locale:)``.
///
/// ```swift
/// let snapshot = OrgSnapshot(organization: organization, asOf: LocalDate("2026-11-23")!)
/// print(OrgChartWriter.write(snapshot, locale: "lt", format: .mermaid))
/// ```
///
/// Text: `  Ivo Ćorić (ivo), Komandos vadovas`, two spaces per level; a vacancy reads
/// `  (vacant) Klientų aptarnavimo specialistas [position vno-csr-07]`. Mermaid and DOT name
/// nodes `p1, p2, …` (people) and `v1, …` (vacancies) in chart order, so any key is safe; labels
/// are the name and the title, and vacancies are dashed.
public enum OrgChartWriter {
    public static func write(_ snapshot: OrgSnapshot, locale: String, format: OrgChartFormat) -> String {
        let entries = OrgChartEntry.entries(of: snapshot, locale: locale)
        switch format {
        case .text: return text(entries)
        case .mermaid: return mermaid(entries)
        case .dot: return dot(entries)
        }
    }

    private static func text(_ entries: [OrgChartEntry]) -> String {
        entries.map { entry in
            let indent = String(repeating: "  ", count: entry.depth)
            switch entry.kind {
            case .person(let node):
                return indent + node.person.description + (node.titleName.map { ", \($0)" } ?? "")
            case let .vacancy(position, titleName):
                return indent + "(vacant) \(titleName) [position \(position.key)]"
            }
        }.joined(separator: "\n")
    }

    /// Node ids in chart order: `p1` for people, `v1` for vacancies.
    private static func ids(_ entries: [OrgChartEntry]) -> [String] {
        var people = 0
        var vacancies = 0
        return entries.map { entry in
            if entry.isVacancy {
                vacancies += 1
                return "v\(vacancies)"
            }
            people += 1
            return "p\(people)"
        }
    }

    /// The name and title (or "(vacant)" and the title), one per label line.
    private static func labelLines(_ entry: OrgChartEntry) -> [String] {
        switch entry.kind {
        case .person(let node): return [node.person.name] + (node.titleName.map { [$0] } ?? [])
        case let .vacancy(_, titleName): return ["(vacant)", titleName]
        }
    }

    /// `graph TD` with quoted labels; Mermaid's entity codes stand for quotes, `<`, `>` and `#`.
    private static func mermaid(_ entries: [OrgChartEntry]) -> String {
        let ids = ids(entries)
        func escaped(_ text: String) -> String {
            var result = ""
            for character in text {
                switch character {
                case "\"": result += "#quot;"
                case "<": result += "#lt;"
                case ">": result += "#gt;"
                case "#": result += "#35;"
                case "\n", "\r": result += " "
                default: result.append(character)
                }
            }
            return result
        }
        var lines = ["graph TD"]
        for (index, entry) in entries.enumerated() {
            let label = labelLines(entry).map(escaped).joined(separator: "<br/>")
            lines.append("    \(ids[index])[\"\(label)\"]" + (entry.isVacancy ? ":::vacancy" : ""))
        }
        for (index, entry) in entries.enumerated() {
            guard let parent = entry.parent else { continue }
            lines.append("    \(ids[parent]) \(entry.isVacancy ? "-.->" : "-->") \(ids[index])")
        }
        if entries.contains(where: \.isVacancy) {
            lines.append("    classDef vacancy stroke-dasharray: 5 5")
        }
        return lines.joined(separator: "\n")
    }

    /// A `digraph` with boxes; labels escape quotes and backslashes, lines are joined by `\n`.
    private static func dot(_ entries: [OrgChartEntry]) -> String {
        let ids = ids(entries)
        func escaped(_ text: String) -> String {
            var result = ""
            for character in text {
                switch character {
                case "\"": result += "\\\""
                case "\\": result += "\\\\"
                case "\n", "\r": result += " "
                default: result.append(character)
                }
            }
            return result
        }
        var lines = ["digraph org {", "    rankdir=TB;", "    node [shape=box];"]
        for (index, entry) in entries.enumerated() {
            let label = labelLines(entry).map(escaped).joined(separator: "\\n")
            lines.append("    \(ids[index]) [label=\"\(label)\"" + (entry.isVacancy ? ", style=dashed" : "") + "];")
        }
        for (index, entry) in entries.enumerated() {
            guard let parent = entry.parent else { continue }
            lines.append("    \(ids[parent]) -> \(ids[index])" + (entry.isVacancy ? " [style=dashed]" : "") + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }
}
