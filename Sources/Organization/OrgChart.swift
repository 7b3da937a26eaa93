import CivilTime

/// The reporting tree on a date, with names and titles in one locale and children in that
/// locale's alphabetical order.
///
/// Built by ``OrgSnapshot/chart(locale:)``.
public struct OrgChart: Hashable, Sendable {
    /// One person in the chart with the people reporting to them.
    public struct Node: Hashable, Sendable {
        public var person: PersonLabel
        /// The title key, if the person holds one on the date.
        public var title: String?
        /// The title's name in the chart's locale.
        public var titleName: String?
        public var role: String?
        public var level: Int?
        public var span: SpanOfControl
        /// Direct reports, sorted by display name in the chart's locale.
        public var children: [Node]
    }

    /// A node with its depth in the tree, for indented lists and spreadsheets.
    public struct Row: Hashable, Sendable {
        /// 0 for people without a manager.
        public var depth: Int
        public var node: Node
    }

    public let date: LocalDate
    public let locale: String
    /// People without a manager, sorted by display name in the chart's locale.
    public let roots: [Node]

    /// Every node depth first, each followed by its sorted subtree.
    public var rows: [Row] {
        var rows: [Row] = []
        var stack = roots.reversed().map { Row(depth: 0, node: $0) }
        while let row = stack.popLast() {
            rows.append(row)
            stack.append(contentsOf: row.node.children.reversed().map { Row(depth: row.depth + 1, node: $0) })
        }
        return rows
    }

    /// Indented text, one person a line: `  Ivo Ćorić (ivo), Komandos vadovas`.
    public var outline: String {
        rows.map { row in
            String(repeating: "  ", count: row.depth) + row.node.person.description
                + (row.node.titleName.map { ", \($0)" } ?? "")
        }.joined(separator: "\n")
    }
}
