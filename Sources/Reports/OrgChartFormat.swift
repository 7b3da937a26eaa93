/// How ``OrgChartWriter`` writes an org chart.
public enum OrgChartFormat: String, CaseIterable, Sendable {
    /// An indented tree, one person a line, with their title.
    case text
    /// A Mermaid flowchart (`graph TD`), for Markdown renderers.
    case mermaid
    /// A Graphviz `digraph`, for `dot -Tsvg`.
    case dot
}
