import Organization

/// One line of an org chart in reading order: a person or a vacant position, its depth, and
/// the line of the manager it sits under.
///
/// ``entries(of:locale:)`` is the one walk the text, Mermaid and DOT charts and the hierarchy
/// sheet share: depth first, each person followed by their reports (in the locale's
/// alphabetical order, as ``OrgSnapshot/chart(locale:)`` sorts them), then the vacant positions
/// reporting to them. Vacancies whose manager is not in the organisation on the date come last,
/// at the top level.
public struct OrgChartEntry: Sendable {
    public enum Kind: Sendable {
        case person(OrgChart.Node)
        /// A position in force that nobody fills, with its title's name in the chart's locale.
        case vacancy(Position, titleName: String)
    }

    public let kind: Kind
    /// 0 at the top.
    public let depth: Int
    /// Index of the manager's entry, or nil at the top.
    public let parent: Int?

    public var isVacancy: Bool {
        if case .vacancy = kind { return true }
        return false
    }

    public static func entries(of snapshot: OrgSnapshot, locale: String) -> [OrgChartEntry] {
        let chart = snapshot.chart(locale: locale)
        var vacanciesByManager: [String: [Position]] = [:]
        var topVacancies: [Position] = []
        for position in snapshot.vacancies {
            if let manager = position.reportsTo, snapshot.member(manager) != nil {
                vacanciesByManager[manager, default: []].append(position)
            } else {
                topVacancies.append(position)
            }
        }
        func titleName(_ key: String) -> String { snapshot.organization.title(key)?.name(in: locale) ?? key }

        enum Step {
            case enter(OrgChart.Node, depth: Int, parent: Int?)
            case vacancies([Position], depth: Int, parent: Int?)
        }
        var entries: [OrgChartEntry] = []
        entries.reserveCapacity(snapshot.headcount + snapshot.vacancies.count)
        var stack: [Step] = [.vacancies(topVacancies, depth: 0, parent: nil)]
        stack += chart.roots.reversed().map { Step.enter($0, depth: 0, parent: nil) }
        while let step = stack.popLast() {
            switch step {
            case let .enter(node, depth, parent):
                let index = entries.count
                entries.append(OrgChartEntry(kind: .person(node), depth: depth, parent: parent))
                stack.append(.vacancies(vacanciesByManager[node.person.key] ?? [], depth: depth + 1, parent: index))
                stack += node.children.reversed().map { Step.enter($0, depth: depth + 1, parent: index) }
            case let .vacancies(positions, depth, parent):
                for position in positions {
                    entries.append(OrgChartEntry(kind: .vacancy(position, titleName: titleName(position.title)),
                                                 depth: depth, parent: parent))
                }
            }
        }
        return entries
    }
}
