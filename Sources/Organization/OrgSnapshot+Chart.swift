import Foundation

extension OrgSnapshot {
    /// The org chart on the snapshot date: roots are the people without a manager; names, titles
    /// and the order of children follow `locale` (an ICU collation: in Lithuanian Y sorts
    /// between I and K, in Norwegian Æ Ø Å follow Z).
    ///
    /// O(n log n): each member's children are sorted once.
    public func chart(locale: String = "en") -> OrgChart {
        let collation = Locale(identifier: locale)
        func sorted(_ indices: [Int]) -> [Int] {
            guard indices.count > 1 else { return indices }
            return indices.sorted { left, right in
                switch members[left].person.displayName.compare(members[right].person.displayName,
                                                                 options: [], range: nil, locale: collation) {
                case .orderedAscending: return true
                case .orderedDescending: return false
                case .orderedSame: return members[left].key < members[right].key
                }
            }
        }
        var nodes = [OrgChart.Node?](repeating: nil, count: members.count)
        // Pre-order reversed visits every child before its manager.
        for member in order.reversed() {
            let info = members[member]
            let kids = sorted(children[member]).map { index -> OrgChart.Node in
                defer { nodes[index] = nil }
                return nodes[index]!
            }
            nodes[member] = OrgChart.Node(person: info.label, title: info.title?.key,
                                          titleName: info.title?.name(in: locale), role: info.role?.key,
                                          level: info.role?.level,
                                          span: SpanOfControl(direct: children[member].count, total: exit[member] - enter[member]),
                                          children: kids)
        }
        return OrgChart(date: date, locale: locale, roots: sorted(roots).map { nodes[$0]! })
    }
}
