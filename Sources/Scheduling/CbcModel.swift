import CCbc
import Foundation

/// One COIN-OR CBC model (`Cbc_Model *`), built from a ``MixedIntegerProgram``, solved once and
/// freed in `deinit`.
///
/// Not `Sendable`: a model lives on the thread that built it. CBC 2.10 keeps static state in its
/// command-line driver (`CbcMain0` runs in `Cbc_newModel`, `CbcMain1` in `Cbc_solve`), so models
/// are built, solved and freed only inside ``exclusively(_:)``, one at a time per process.
final class CbcModel {
    /// Serialises all use of CBC across the process (see the type's documentation).
    private static let lock = NSLock()
    /// What CBC and Clp treat as infinite (COIN_DBL_MAX).
    private static let infinity = Double.greatestFiniteMagnitude

    /// Runs `body` while no other thread uses CBC; build, solve and drop models inside it.
    /// Standard output is silenced meanwhile (see ``CbcOutputGuard``).
    static func exclusively<Result>(_ body: () throws(SchedulingError) -> Result) throws(SchedulingError) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try CbcOutputGuard.silenced(body)
    }

    private let handle: UnsafeMutableRawPointer
    private let program: MixedIntegerProgram
    /// Whether the integer columns are passed as integers (false: the LP relaxation).
    private let integral: Bool
    private let integerCount: Int
    /// Whether this model is the zero-objective copy that tells an infeasible LP from an unbounded one.
    private let isFeasibilityCheck: Bool

    /// Loads the program; `integral: false` passes every column as continuous, `objective`
    /// replaces the costs.
    ///
    /// Every stored property is set before the first check can throw, so `deinit` frees the
    /// model on every path.
    init(_ program: MixedIntegerProgram, integral: Bool, objective: [Double]? = nil) throws(SchedulingError) {
        guard let handle = Cbc_newModel() else { throw .solver("Cbc_newModel returned no model") }
        self.handle = handle
        self.program = program
        self.integral = integral
        integerCount = integral ? program.variables.count(where: \.isInteger) : 0
        isFeasibilityCheck = objective != nil

        let columns = program.variables
        let rows = program.constraints
        let matrix = Self.columnMajor(rows: rows, columnCount: columns.count)
        let lower = columns.map { Self.clamped($0.lower) }
        let upper = columns.map { Self.clamped($0.upper) }
        let cost = objective ?? columns.map(\.cost)
        let rowLower = rows.map { Self.clamped($0.limits.lower) }
        let rowUpper = rows.map { Self.clamped($0.limits.upper) }
        Cbc_loadProblem(handle, Int32(columns.count), Int32(rows.count), matrix.starts, matrix.indices, matrix.values,
                        lower, upper, cost, rowLower, rowUpper)
        guard Cbc_getNumCols(handle) == Int32(columns.count), Cbc_getNumRows(handle) == Int32(rows.count),
              Cbc_getNumElements(handle) == Int32(matrix.values.count) else {
            throw .solver("Cbc_loadProblem kept \(Cbc_getNumCols(handle)) of \(columns.count) columns, "
                + "\(Cbc_getNumRows(handle)) of \(rows.count) rows and \(Cbc_getNumElements(handle)) of \(matrix.values.count) coefficients")
        }
        if integral {
            for (index, column) in columns.enumerated() where column.isInteger {
                Cbc_setInteger(handle, Int32(index))
            }
        }
        guard Cbc_getNumIntegers(handle) == Int32(integerCount) else {
            throw .solver("Cbc_setInteger marked \(Cbc_getNumIntegers(handle)) of \(integerCount) integer columns")
        }
        Cbc_setLogLevel(handle, 0)
        Cbc_setParameter(handle, "log", "0")
    }

    deinit {
        Cbc_deleteModel(handle)
    }

    /// Solves the loaded program; branch and bound when it has integer columns, else the LP (Clp).
    func solve(_ options: SolverOptions) throws(SchedulingError) -> MixedIntegerSolution {
        if let seconds = options.timeLimitSeconds {
            Cbc_setParameter(handle, "timeMode", "elapsed")
            Cbc_setParameter(handle, "sec", String(max(seconds, 0.001)))
        }
        if let gap = options.relativeGap, gap > 0 {
            Cbc_setParameter(handle, "ratioGap", String(gap))
        }
        if options.threads > 1 {
            Cbc_setParameter(handle, "threads", String(options.threads))
        }
        let started = ContinuousClock.now
        let returnCode = Cbc_solve(handle)
        let elapsed = started.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return integerCount == 0
            ? try linearOutcome(returnCode: returnCode, seconds: seconds)
            : try branchAndBoundOutcome(returnCode: returnCode, options: options, seconds: seconds)
    }

    // MARK: Reading the outcome

    /// Clp's answer for a program without integer columns (`Cbc_solve` returns 0 when optimal).
    private func linearOutcome(returnCode: Int32, seconds: Double) throws(SchedulingError) -> MixedIntegerSolution {
        if Cbc_isAbandoned(handle) != 0 {
            throw .solver("the LP solve was abandoned because of numerical difficulties")
        }
        if returnCode == 0, Cbc_isProvenOptimal(handle) != 0 {
            let values = try solutionValues(Cbc_getColSolution(handle))
            let objective = program.objective(of: values)
            return MixedIntegerSolution(status: .optimal, objective: objective, bestBound: objective, values: values,
                                        seconds: seconds)
        }
        guard Cbc_isProvenInfeasible(handle) != 0 else {
            throw .solver("the LP solve stopped without an answer (return code \(returnCode))")
        }
        // Clp reports "primal or dual infeasible" alike here; the same rows with a zero objective
        // are feasible exactly when the original was unbounded rather than infeasible.
        if program.variables.allSatisfy({ $0.cost == 0 }) || isFeasibilityCheck {
            return MixedIntegerSolution(status: .infeasible, objective: nil, bestBound: nil, values: [], seconds: seconds)
        }
        let feasibility = try CbcModel(program, integral: false, objective: Array(repeating: 0, count: program.variables.count))
        let zero = try feasibility.solve(SolverOptions())
        return MixedIntegerSolution(status: zero.status == .optimal ? .unbounded : .infeasible, objective: nil,
                                    bestBound: nil, values: [], seconds: seconds + zero.seconds)
    }

    /// CBC's answer after branch and bound.
    private func branchAndBoundOutcome(returnCode: Int32, options: SolverOptions, seconds: Double) throws(SchedulingError)
        -> MixedIntegerSolution {
        let nodes = Int(Cbc_getNodeCount(handle))
        if returnCode == 2 || Cbc_isAbandoned(handle) != 0 {
            throw .solver("branch and bound was abandoned because of numerical difficulties")
        }
        if Cbc_isContinuousUnbounded(handle) != 0 {
            return MixedIntegerSolution(status: .unbounded, objective: nil, bestBound: nil, values: [], seconds: seconds, nodes: nodes)
        }
        if Cbc_isProvenInfeasible(handle) != 0 {
            return MixedIntegerSolution(status: .infeasible, objective: nil, bestBound: nil, values: [], seconds: seconds, nodes: nodes)
        }
        let best: UnsafePointer<Double>? = Cbc_bestSolution(handle).map { UnsafePointer($0) }
        let rawBound = Cbc_getBestPossibleObjValue(handle)
        let bound = rawBound.isFinite && abs(rawBound) < 1e300 ? rawBound : nil
        guard let best else {
            guard Cbc_isSecondsLimitReached(handle) != 0 || Cbc_status(handle) == 1 else {
                throw .solver("branch and bound ended without a solution or a proof of infeasibility "
                    + "(status \(Cbc_status(handle)), secondary status \(Cbc_secondaryStatus(handle)))")
            }
            return MixedIntegerSolution(status: .noSolution, objective: nil, bestBound: bound, values: [], seconds: seconds, nodes: nodes)
        }
        let values = try solutionValues(best)
        let objective = program.objective(of: values)
        let bestBound = bound.map { min($0, objective) }
        var status = SolverStatus.feasible
        if Cbc_isProvenOptimal(handle) != 0 {
            // With a requested gap CBC calls a solution within it optimal; Headset says so only when
            // the bound proves it.
            let proven = options.relativeGap == nil || options.relativeGap == 0
                || objective - effectiveBound(bestBound ?? objective) <= 1e-6 * max(1, abs(objective))
            status = proven ? .optimal : .feasible
        }
        return MixedIntegerSolution(status: status, objective: objective,
                                    bestBound: status == .optimal ? objective : bestBound,
                                    values: values, seconds: seconds, nodes: nodes)
    }

    /// When every costed column is an integer with an integral cost, objectives are integers and
    /// a bound can be rounded up.
    private func effectiveBound(_ bound: Double) -> Double {
        let integralObjective = program.variables.allSatisfy { $0.cost == 0 || ($0.isInteger && $0.cost == $0.cost.rounded()) }
        return integralObjective ? (bound - 1e-6).rounded(.up) : bound
    }

    /// Copies CBC's solution and checks it against the program (bounds, integrality, rows).
    private func solutionValues(_ pointer: UnsafePointer<Double>?) throws(SchedulingError) -> [Double] {
        guard let pointer else { throw .solver("CBC reported a solution but returned no column values") }
        var values = Array(UnsafeBufferPointer(start: pointer, count: program.variables.count))
        for (index, column) in program.variables.enumerated() {
            guard values[index].isFinite else { throw .solver("column \(index) has the value \(values[index])") }
            if integral && column.isInteger { values[index] = values[index].rounded() }
        }
        if let violation = program.firstViolation(of: values, tolerance: 1e-6, integrality: integral) {
            throw .solver("CBC returned a solution that breaks \(violation)")
        }
        return values
    }

    // MARK: Building

    private static func clamped(_ value: Double) -> Double {
        min(max(value, -infinity), infinity)
    }

    /// The rows as the compressed sparse columns `Cbc_loadProblem` reads, without zero
    /// coefficients (CBC would not keep them, and the element count is checked).
    private static func columnMajor(rows: [LinearConstraint], columnCount: Int)
        -> (starts: [CoinBigIndex], indices: [Int32], values: [Double]) {
        var counts = [Int](repeating: 0, count: columnCount + 1)
        for row in rows {
            for (column, coefficient) in zip(row.columns, row.coefficients) where coefficient != 0 { counts[column + 1] += 1 }
        }
        for index in 0..<columnCount { counts[index + 1] += counts[index] }
        var next = counts
        var indices = [Int32](repeating: 0, count: counts[columnCount])
        var values = [Double](repeating: 0, count: counts[columnCount])
        for (rowIndex, row) in rows.enumerated() {
            for (column, coefficient) in zip(row.columns, row.coefficients) where coefficient != 0 {
                indices[next[column]] = Int32(rowIndex)
                values[next[column]] = coefficient
                next[column] += 1
            }
        }
        return (counts.map { CoinBigIndex($0) }, indices, values)
    }
}

@available(*, unavailable, message: "a CBC model is used on the thread that built it")
extension CbcModel: Sendable {}
