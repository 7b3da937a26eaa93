extension OrgSnapshot {
    /// Where a matter raised by `person` escalates on the snapshot date; nil when the person is
    /// not in the organisation then.
    ///
    /// From each person the chain looks up the escalation rule for their role: a rule `from → to`
    /// goes up the reporting line to the first person whose role is `to`; with no rule, or when
    /// nobody above holds `to`, it goes to the direct manager. It stops at the top.
    public func escalationChain(for person: String) -> EscalationChain? {
        guard let first = index(of: person) else { return nil }
        var rules: [String: EscalationRule] = [:]
        for rule in organization.escalationRules where rules[rule.from] == nil { rules[rule.from] = rule }

        func step(_ member: Int, _ reason: EscalationStep.Reason) -> EscalationStep {
            EscalationStep(person: members[member].label, role: members[member].role?.key,
                           title: members[member].title?.key, reason: reason)
        }
        var steps: [EscalationStep] = []
        var current = first
        while managerOf[current] >= 0 {
            let manager = managerOf[current]
            var next = manager
            var reason = EscalationStep.Reason.directManager
            if let role = members[current].role?.key, let rule = rules[role] {
                var candidate = manager
                while candidate >= 0, members[candidate].role?.key != rule.to { candidate = managerOf[candidate] }
                if candidate >= 0 {
                    next = candidate
                    reason = .rule(rule)
                } else {
                    reason = .ruleUnmatched(rule)
                }
            }
            steps.append(step(next, reason))
            current = next
        }
        return EscalationChain(start: step(first, .start), steps: steps)
    }
}
