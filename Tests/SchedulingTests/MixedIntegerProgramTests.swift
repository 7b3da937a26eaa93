import Testing
@testable import Scheduling

@Suite("MixedIntegerProgram over CBC")
struct MixedIntegerProgramTests {
    /// min x + y subject to x + y ≥ 1.5 with x, y ∈ [0, 10]: the LP optimum is 1.5, the integer
    /// optimum 2 (by hand).
    private func roundingUp(integer: Bool = true) -> MixedIntegerProgram {
        var program = MixedIntegerProgram()
        let x = program.addVariable(name: "x", upper: 10, cost: 1, isInteger: integer)
        let y = program.addVariable(name: "y", upper: 10, cost: 1, isInteger: integer)
        program.addConstraint(name: "cover", columns: [x, y], coefficients: [1, 1], .greaterOrEqual, 1.5)
        return program
    }

    @Test("an integer program is solved to optimality and its relaxation gives the LP bound")
    func integerAndRelaxation() throws {
        let program = roundingUp()
        let solution = try program.solve(SolverOptions(timeLimitSeconds: 10))
        #expect(solution.status == .optimal)
        #expect(solution.objective == 2)
        #expect(solution.values.reduce(0, +) == 2)
        #expect(solution.relativeGap == 0)
        let relaxation = try program.solveRelaxation()
        #expect(relaxation.status == .optimal)
        #expect(abs((relaxation.objective ?? 0) - 1.5) < 1e-9)
        #expect(relaxation.bestBound == relaxation.objective)
    }

    /// min −(5a + 4b) s.t. 6a + 4b ≤ 24, a + 2b ≤ 6, a, b ≥ 0: the LP optimum is a = 3, b = 1.5
    /// (−21); among integers a = 4, b = 0 gives −20 and every other point is worse (a = 3, b = 1:
    /// −19; a = 2, b = 2: −18), by enumeration of the 20 integer points.
    @Test("less-or-equal rows and negative costs: the textbook two-variable program")
    func textbookProgram() throws {
        var program = MixedIntegerProgram()
        let a = program.addVariable(name: "a", cost: -5, isInteger: true)
        let b = program.addVariable(name: "b", cost: -4, isInteger: true)
        program.addConstraint(columns: [a, b], coefficients: [6, 4], .lessOrEqual, 24)
        program.addConstraint(columns: [a, b], coefficients: [1, 2], .lessOrEqual, 6)
        let solution = try program.solve()
        #expect(solution.status == .optimal)
        #expect(solution.objective == -20)
        #expect(solution.values == [4, 0])
        let relaxation = try program.solveRelaxation()
        #expect(abs((relaxation.objective ?? 0) + 21) < 1e-9)
    }

    @Test("equality rows hold exactly")
    func equality() throws {
        var program = MixedIntegerProgram()
        let x = program.addVariable(cost: 2, isInteger: true)
        let y = program.addVariable(cost: 3, isInteger: true)
        program.addConstraint(columns: [x, y], coefficients: [2, 3], .equal, 12)
        program.addConstraint(columns: [y], coefficients: [1], .greaterOrEqual, 1)
        let solution = try program.solve()
        // 2x + 3y = 12 with y ≥ 1: (x, y) = (3, 2) or (0, 4); both cost 12.
        #expect(solution.status == .optimal)
        #expect(solution.objective == 12)
        #expect(program.firstViolation(of: solution.values) == nil)
    }

    @Test("infeasible programs are reported, integer or not", arguments: [true, false])
    func infeasible(integer: Bool) throws {
        var program = MixedIntegerProgram()
        let x = program.addVariable(upper: 10, cost: 1, isInteger: integer)
        program.addConstraint(columns: [x], coefficients: [1], .greaterOrEqual, 25)
        let solution = try integer ? program.solve(SolverOptions(timeLimitSeconds: 5)) : program.solveRelaxation()
        #expect(solution.status == .infeasible)
        #expect(solution.objective == nil && solution.values.isEmpty)
    }

    @Test("unbounded programs are reported, integer or not", arguments: [true, false])
    func unbounded(integer: Bool) throws {
        var program = MixedIntegerProgram()
        let x = program.addVariable(cost: -1, isInteger: integer)
        let y = program.addVariable(upper: 3, cost: 1, isInteger: integer)
        program.addConstraint(columns: [x, y], coefficients: [1, 1], .greaterOrEqual, 1)
        let solution = try integer ? program.solve() : program.solveRelaxation()
        #expect(solution.status == .unbounded)
        #expect(solution.values.isEmpty)
    }

    @Test("integers with no solution in a tiny integer window are infeasible, not a crash")
    func integralityInfeasible() throws {
        var program = MixedIntegerProgram()
        let x = program.addVariable(lower: 0.2, upper: 0.8, cost: 1, isInteger: true)
        program.addConstraint(columns: [x], coefficients: [1], .lessOrEqual, 5)
        #expect(try program.solve().status == .infeasible)
        #expect(try program.solveRelaxation().status == .optimal)
    }

    @Test("malformed programs are refused before CBC sees them")
    func malformed() {
        var program = MixedIntegerProgram()
        let x = program.addVariable(cost: 1)
        program.addConstraint(columns: [x, 7], coefficients: [1, 1], .greaterOrEqual, 1)
        #expect(throws: SchedulingError.self) { try program.solve() }

        var twice = MixedIntegerProgram()
        let y = twice.addVariable(cost: 1)
        twice.addConstraint(columns: [y, y], coefficients: [1, 1], .greaterOrEqual, 1)
        #expect(throws: SchedulingError.self) { try twice.solve() }

        var emptyBounds = MixedIntegerProgram()
        emptyBounds.addVariable(lower: 3, upper: 2)
        #expect(throws: SchedulingError.self) { try emptyBounds.solve() }

        var nonFinite = MixedIntegerProgram()
        let z = nonFinite.addVariable(cost: 1)
        nonFinite.addConstraint(columns: [z], coefficients: [.nan], .greaterOrEqual, 1)
        #expect(throws: SchedulingError.self) { try nonFinite.solve() }

        #expect(throws: SchedulingError.self) { try self.roundingUp().solve(SolverOptions(timeLimitSeconds: 0)) }
    }

    @Test("a program without columns is decided without CBC")
    func noColumns() throws {
        var empty = MixedIntegerProgram()
        #expect(try empty.solve().status == .optimal)
        empty.addConstraint(columns: [], coefficients: [], .greaterOrEqual, 1)
        #expect(try empty.solve().status == .infeasible)
    }

    @Test("solves from many tasks at once are safe")
    func concurrentSolves() async throws {
        let program = roundingUp()
        let objectives = try await withThrowingTaskGroup(of: Double?.self) { group in
            for _ in 0..<8 { group.addTask { try program.solve(SolverOptions(timeLimitSeconds: 10)).objective } }
            var results: [Double?] = []
            for try await objective in group { results.append(objective) }
            return results
        }
        #expect(objectives == Array(repeating: 2, count: 8))
    }
}

@Suite("MixedIntegerProgram edge cases")
struct MixedIntegerProgramEdgeTests {
    @Test("zero coefficients and infinite bounds are accepted")
    func zerosAndInfinities() throws {
        var program = MixedIntegerProgram()
        let x = program.addVariable(lower: -.infinity, upper: .infinity, cost: 1, isInteger: true)
        let y = program.addVariable(cost: 0)
        program.addConstraint(columns: [x, y], coefficients: [1, 0], .greaterOrEqual, -2.5)
        let solution = try program.solve()
        #expect(solution.status == .optimal)
        #expect(solution.objective == -2)
    }

    /// Σ xᵢ = 7.5 has no integer solution; with a one-second limit CBC proves that at once.
    @Test("a gap request never turns a proof into a claim")
    func gapAndStatus() throws {
        var program = MixedIntegerProgram()
        let columns = (0..<4).map { program.addVariable(upper: 10, cost: Double($0 + 1), isInteger: true) }
        program.addConstraint(columns: columns, coefficients: [2, 2, 2, 2], .equal, 15)
        #expect(try program.solve(SolverOptions(timeLimitSeconds: 1, relativeGap: 0.5)).status == .infeasible)
        var covering = MixedIntegerProgram()
        let a = covering.addVariable(cost: 3, isInteger: true)
        let b = covering.addVariable(cost: 5, isInteger: true)
        covering.addConstraint(columns: [a, b], coefficients: [2, 3], .greaterOrEqual, 7)
        // Optimum by enumeration: a = 2, b = 1 (cost 11); a = 4 costs 12, b = 3 costs 15, a = 1, b = 2 costs 13.
        let solution = try covering.solve(SolverOptions(timeLimitSeconds: 5, relativeGap: 0.5))
        #expect(solution.status.hasSolution)
        if solution.status == .optimal { #expect(solution.objective == 11) }
        #expect((solution.objective ?? 0) <= 11 * 1.5)
    }
}
