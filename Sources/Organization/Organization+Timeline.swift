import CivilTime

extension Organization {
    /// The title assignment in force for the person (by index) on `date`: when several overlap
    /// (an error validation reports), the one that starts last, then the later in the file.
    func activeAssignment(ofPerson person: Int, on date: LocalDate) -> Int? {
        for index in assignmentsByPerson[person].reversed() {
            let assignment = titleAssignments[index]
            if assignment.validFrom <= date, assignment.hasValidRange, assignment.isActive(on: date) { return index }
        }
        return nil
    }

    /// The reporting line in force for the person (by index) on `date`, ignoring lines to unknown
    /// managers and to themself; overlaps resolve as for ``activeAssignment(ofPerson:on:)``.
    func activeLine(ofPerson person: Int, on date: LocalDate) -> Int? {
        for index in linesByPerson[person].reversed() {
            let line = reportingLines[index]
            if line.validFrom <= date, line.hasValidRange, line.isActive(on: date),
               line.manager != line.person, personIndex[line.manager] != nil { return index }
        }
        return nil
    }

    /// The role index of a title assignment, when its title and role are known.
    func roleIndex(ofAssignment index: Int) -> Int? {
        titleIndex[titleAssignments[index].title].flatMap { roleIndex[titles[$0].role] }
    }
}
