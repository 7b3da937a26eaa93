import CivilTime

extension Organization {
    /// Every change of the person's title (or position) and manager, in date order; on the same
    /// day the title change comes first. Empty for an unknown person.
    ///
    /// Consecutive records with the same title and position, or the same manager, are one
    /// period: splitting a record in two is not a change.
    public func history(of person: String) -> [HistoryEvent] {
        guard let index = personIndex[person] else { return [] }
        var days: Set<Int> = []
        for assignment in assignmentsByPerson[index].map({ titleAssignments[$0] }) where assignment.hasValidRange {
            days.insert(assignment.validFrom.dayNumber)
            if let validTo = assignment.validTo { days.insert(validTo.dayNumber + 1) }
        }
        for line in linesByPerson[index].map({ reportingLines[$0] }) where line.hasValidRange {
            days.insert(line.validFrom.dayNumber)
            if let validTo = line.validTo { days.insert(validTo.dayNumber + 1) }
        }
        var events: [HistoryEvent] = []
        var title: TitleAssignment?
        var line: ReportingLine?
        for day in days.sorted() {
            let date = LocalDate(dayNumber: day)
            let newTitle = activeAssignment(ofPerson: index, on: date).map { titleAssignments[$0] }
            if newTitle?.title != title?.title || newTitle?.position != title?.position {
                events.append(HistoryEvent(date: date, change: .title(from: title, to: newTitle)))
            }
            title = newTitle
            let newLine = activeLine(ofPerson: index, on: date).map { reportingLines[$0] }
            if newLine?.manager != line?.manager {
                events.append(HistoryEvent(date: date, change: .manager(from: line, to: newLine)))
            }
            line = newLine
        }
        return events
    }
}
