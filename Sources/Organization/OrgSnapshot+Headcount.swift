extension OrgSnapshot {
    /// People on the date counted by family, role, title or team, optionally only below one
    /// manager.
    ///
    /// People without a title on the date are left out of the family, role and title counts.
    /// For `.team`, each person with reports maps to the size of their subtree (excluding
    /// themself); with `under`, only teams inside that manager's subtree (excluding theirs).
    /// An unknown `under` gives an empty result.
    public func headcount(by dimension: HeadcountDimension, under manager: String? = nil) -> [String: Int] {
        let scope: ArraySlice<Int>
        if let manager {
            guard let member = index(of: manager) else { return [:] }
            scope = order[(enter[member] + 1)..<(exit[member] + 1)]
        } else {
            scope = order[...]
        }
        var counts: [String: Int] = [:]
        for member in scope {
            let info = members[member]
            let key: String?
            switch dimension {
            case .family: key = info.family?.key
            case .role: key = info.role?.key
            case .title: key = info.title?.key
            case .team:
                let size = exit[member] - enter[member]
                if size > 0 { counts[info.key] = size }
                key = nil
            }
            if let key { counts[key, default: 0] += 1 }
        }
        return counts
    }
}
