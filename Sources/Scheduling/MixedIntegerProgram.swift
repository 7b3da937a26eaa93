/// A mixed-integer linear program, minimised by COIN-OR CBC.
///
/// ```swift
/// var program = MixedIntegerProgram()
/// let early = program.addVariable(name: "early", cost: 8, isInteger: true)
/// let late = program.addVariable(name: "late", cost: 8, isInteger: true)
/// program.addConstraint(columns: [early], coefficients: [1], .greaterOrEqual, 3)
/// program.addConstraint(columns: [early, late], coefficients: [1, 1], .greaterOrEqual, 5)
/// let solution = try program.solve(SolverOptions(timeLimitSeconds: 10))
/// solution.status      // .optimal
/// solution.objective   // 40
/// ```
///
/// A value type: building it touches no C code. Each ``solve(_:)`` loads a fresh CBC model,
/// solves it and frees it, so a program can be solved again (say with other limits) and shared
/// between threads; the solves themselves are serialised (see `CbcModel`). The program is
/// checked before CBC sees it — column indices, finite coefficients, consistent bounds — since
/// CBC aborts the process on some malformed input.
public struct MixedIntegerProgram: Sendable, Equatable {
    public private(set) var variables: [DecisionVariable] = []
    public private(set) var constraints: [LinearConstraint] = []

    public init() {}

    /// Adds a column and returns its index.
    @discardableResult
    public mutating func addVariable(_ variable: DecisionVariable) -> Int {
        variables.append(variable)
        return variables.count - 1
    }

    /// Adds a column and returns its index.
    @discardableResult
    public mutating func addVariable(name: String = "", lower: Double = 0, upper: Double = .infinity, cost: Double = 0,
                                     isInteger: Bool = false) -> Int {
        addVariable(DecisionVariable(name: name, lower: lower, upper: upper, cost: cost, isInteger: isInteger))
    }

    /// Adds a row.
    public mutating func addConstraint(_ constraint: LinearConstraint) {
        constraints.append(constraint)
    }

    /// Adds the row Σ coefficients[i] · x[columns[i]] (sense) rightHandSide.
    public mutating func addConstraint(name: String = "", columns: [Int], coefficients: [Double], _ sense: ConstraintSense,
                                       _ rightHandSide: Double) {
        addConstraint(LinearConstraint(name: name, columns: columns, coefficients: coefficients, sense: sense,
                                       rightHandSide: rightHandSide))
    }

    /// Solves the program: branch and bound when it has integer columns, else the LP.
    public func solve(_ options: SolverOptions = SolverOptions()) throws(SchedulingError) -> MixedIntegerSolution {
        try validate(options)
        if variables.isEmpty { return trivialSolution() }
        return try CbcModel.exclusively { () throws(SchedulingError) in try CbcModel(self, integral: true).solve(options) }
    }

    /// Solves the LP relaxation: the same program with every column continuous, solved by Clp
    /// inside CBC. Its optimum is a lower bound on the objective of every integer solution.
    public func solveRelaxation() throws(SchedulingError) -> MixedIntegerSolution {
        try validate(SolverOptions())
        if variables.isEmpty { return trivialSolution() }
        return try CbcModel.exclusively { () throws(SchedulingError) in try CbcModel(self, integral: false).solve(SolverOptions()) }
    }

    /// Σ cost · value.
    public func objective(of values: [Double]) -> Double {
        zip(variables, values).reduce(0) { $0 + $1.0.cost * $1.1 }
    }

    /// The first bound, integrality or row that `values` breaks by more than `tolerance`, described
    /// for a message; nil when they satisfy the program (its relaxation when `integrality` is false).
    public func firstViolation(of values: [Double], tolerance: Double = 1e-6, integrality: Bool = true) -> String? {
        guard values.count == variables.count else { return "the column count (\(values.count) values for \(variables.count) columns)" }
        for (index, (variable, value)) in zip(variables, values).enumerated() {
            let label = variable.name.isEmpty ? "column \(index)" : "column \(index) '\(variable.name)'"
            if value < variable.lower - tolerance || value > variable.upper + tolerance {
                return "the bounds of \(label) (\(value) outside \(variable.lower)…\(variable.upper))"
            }
            if integrality && variable.isInteger && abs(value - value.rounded()) > tolerance {
                return "the integrality of \(label) (\(value))"
            }
        }
        for (index, row) in constraints.enumerated() {
            let activity = zip(row.columns, row.coefficients).reduce(0) { $0 + $1.1 * values[$1.0] }
            let slack = tolerance * max(1, abs(row.rightHandSide))
            let broken = switch row.sense {
            case .lessOrEqual: activity > row.rightHandSide + slack
            case .greaterOrEqual: activity < row.rightHandSide - slack
            case .equal: abs(activity - row.rightHandSide) > slack
            }
            if broken {
                let label = row.name.isEmpty ? "row \(index)" : "row \(index) '\(row.name)'"
                return "\(label) (activity \(activity) \(row.sense.rawValue) \(row.rightHandSide) does not hold)"
            }
        }
        return nil
    }

    /// Checks what CBC would otherwise abort on or misread.
    public func validate(_ options: SolverOptions = SolverOptions()) throws(SchedulingError) {
        guard variables.count < Int(Int32.max), constraints.count < Int(Int32.max) else {
            throw .invalidModel("too many columns or rows for CBC")
        }
        for (index, variable) in variables.enumerated() {
            guard !variable.lower.isNaN, !variable.upper.isNaN, variable.lower <= variable.upper,
                  variable.lower < .infinity, variable.upper > -.infinity else {
                throw .invalidModel("column \(index) '\(variable.name)': bounds \(variable.lower)…\(variable.upper) are empty")
            }
            guard variable.cost.isFinite, abs(variable.cost) <= SchedulingLimits.maximumModelMagnitude else {
                throw .invalidModel("column \(index) '\(variable.name)': objective coefficient \(variable.cost) is not finite "
                    + "or beyond ±\(SchedulingLimits.maximumModelMagnitude)")
            }
        }
        var seenInRow = [Int](repeating: -1, count: variables.count)
        for (rowIndex, row) in constraints.enumerated() {
            guard row.columns.count == row.coefficients.count else {
                throw .invalidModel("row \(rowIndex) '\(row.name)': \(row.columns.count) columns but \(row.coefficients.count) coefficients")
            }
            guard row.rightHandSide.isFinite, abs(row.rightHandSide) <= SchedulingLimits.maximumModelMagnitude else {
                throw .invalidModel("row \(rowIndex) '\(row.name)': right-hand side \(row.rightHandSide) is not finite")
            }
            for (column, coefficient) in zip(row.columns, row.coefficients) {
                guard variables.indices.contains(column) else {
                    throw .invalidModel("row \(rowIndex) '\(row.name)': column \(column) does not exist (\(variables.count) columns)")
                }
                guard coefficient.isFinite, abs(coefficient) <= SchedulingLimits.maximumModelMagnitude else {
                    throw .invalidModel("row \(rowIndex) '\(row.name)': coefficient \(coefficient) of column \(column) is not finite")
                }
                guard seenInRow[column] != rowIndex else {
                    throw .invalidModel("row \(rowIndex) '\(row.name)': column \(column) appears twice")
                }
                seenInRow[column] = rowIndex
            }
        }
        if let seconds = options.timeLimitSeconds, !(seconds.isFinite && seconds > 0) {
            throw .invalidInput(field: "time limit", value: String(seconds), requirement: "must be more than 0 seconds")
        }
        if let gap = options.relativeGap, !(gap.isFinite && gap >= 0) {
            throw .invalidInput(field: "relative gap", value: String(gap), requirement: "must be 0 or more")
        }
        guard options.threads >= 1 else {
            throw .invalidInput(field: "threads", value: String(options.threads), requirement: "must be at least 1")
        }
    }

    /// A program without columns: every row compares 0 with its right-hand side.
    private func trivialSolution() -> MixedIntegerSolution {
        let feasible = firstViolation(of: []) == nil
        return MixedIntegerSolution(status: feasible ? .optimal : .infeasible, objective: feasible ? 0 : nil,
                                    bestBound: feasible ? 0 : nil, values: [], seconds: 0)
    }
}
