import Testing
@testable import Staffing

/// Golden values from independent sources; each cites where it comes from.
@Suite("Erlang formulas against published values")
struct ErlangPublishedValueTests {
    /// Call Centre Helper, "Erlang C formula — made simple with an easy worked example": 100 calls in
    /// 30 minutes, AHT 180 s (10 Erlangs), 14 agents → P(wait) 0.1741, SL(20 s) 88.8 %, ASA 7.8 s.
    @Test("the classic worked example: 100 calls per 30 minutes, AHT 180 s, 14 agents")
    func callCentreHelperExample() throws {
        let load = try QueueLoad(calls: 100, averageHandleTime: 180, intervalSeconds: 1800)
        let result = try StaffingCalculator(load: load).evaluate(agents: 14)
        #expect(result.trafficErlangs == 10)
        #expect(abs(result.probabilityOfWaiting - 0.1741) < 0.00005)
        #expect(abs(result.serviceLevel - 0.888) < 0.0005)
        #expect(abs(result.averageSpeedOfAnswer - 7.8) < 0.05)
        #expect(abs(result.occupancy - 10.0 / 14) < 1e-12)
        #expect(abs(result.immediateAnswer - (1 - 0.1741)) < 0.00005)
    }

    /// Same example: 13 agents give SL 79.56 %, so 80/20 needs 14 (values to 10 digits from an
    /// independent 60-digit mpmath evaluation of the textbook formula, see docs/staffing.md).
    @Test("80/20 for that example needs 14 agents because 13 reach only 79.56 %")
    func requiredAgentsForExample() throws {
        let load = try QueueLoad(calls: 100, averageHandleTime: 180, intervalSeconds: 1800)
        let calculator = try StaffingCalculator(load: load)
        let target = try StaffingTarget(serviceLevel: .init(fraction: 0.8, seconds: 20))
        let result = try calculator.requiredAgents(for: target)
        #expect(result.agents == 14)
        let thirteen = try calculator.evaluate(agents: 13)
        #expect(abs(thirteen.serviceLevel - 0.7955947884) < 1e-9)
        #expect(abs(thirteen.probabilityOfWaiting - 0.285270453) < 1e-9)
        #expect(abs(thirteen.averageSpeedOfAnswer - 17.11622718) < 1e-7)
    }

    /// Erlang B table at 1 % grade of service (ITU-T / Iversen, "Teletraffic Engineering and
    /// Network Planning", Table of Erlang's B-formula): 10 lines carry 4.46 E, 20 carry 12.03 E,
    /// 100 carry 84.06 E at B = 0.01 (tables round the traffic to two decimals).
    @Test("Erlang B reproduces the 1 % grade-of-service table", arguments: [
        (10, 4.46), (20, 12.03), (100, 84.06),
    ])
    func erlangBTable(servers: Int, traffic: Double) {
        let blocking = ErlangB.blocking(servers: servers, traffic: traffic)
        #expect(abs(blocking - 0.01) < 0.00005)
    }

    /// At 1,000, 10,000 and 50,000 Erlangs (AHT 180 s, 80/20), the minimum agents and the service
    /// levels either side, from an independent mpmath evaluation (incomplete-gamma form of
    /// Erlang B at 40 digits): 1,011 (81.38 % vs 78.26 % with 1,010), 10,013 (80.02 % vs 77.38 %),
    /// 50,014 (80.50 % vs 78.08 %).
    @Test("staffing stays exact at 1,000, 10,000 and 50,000 Erlangs", arguments: [
        (1_000.0, 1_011, 0.813796548392, 0.782561070613),
        (10_000.0, 10_013, 0.800232069058, 0.773824247745),
        (50_000.0, 50_014, 0.805004154776, 0.780839460694),
    ])
    func largeScale(traffic: Double, agents: Int, serviceLevel: Double, oneFewer: Double) throws {
        let load = try QueueLoad(calls: traffic * 10, averageHandleTime: 180, intervalSeconds: 1800)
        let calculator = try StaffingCalculator(load: load)
        let target = try StaffingTarget(serviceLevel: .init(fraction: 0.8, seconds: 20))
        let result = try calculator.requiredAgents(for: target)
        #expect(result.agents == agents)
        #expect(abs(result.serviceLevel - serviceLevel) < 1e-8)
        #expect(abs(try calculator.evaluate(agents: agents - 1).serviceLevel - oneFewer) < 1e-8)
    }

    /// With patience equal to the mean handle time (θ = μ) every caller in the system leaves at
    /// rate μ whether waiting or served, so the number in system is Poisson(A) as in M/M/∞
    /// (Garnett, Mandelbaum & Reiman 2002, §2; Mandelbaum & Zeltyn 2005, §3). Then
    /// P(wait) = P(Poisson(A) ≥ N) and P(abandon) = E[(n−N)⁺]/A; values from SciPy 1.17
    /// `poisson.sf` and a direct sum.
    @Test("Erlang A with patience = AHT matches the M/M/∞ Poisson closed form", arguments: [
        (10.0, 10, 0.5420702855, 0.1251100357),
        (20.0, 18, 0.7029716021, 0.1462513566),
        (50.0, 50, 0.5188083155, 0.0563250063),
    ])
    func erlangAPoissonCase(traffic: Double, agents: Int, waiting: Double, abandoning: Double) throws {
        let aht = 300.0
        let load = try QueueLoad(calls: traffic * 6, averageHandleTime: aht, intervalSeconds: 1800)
        let result = try StaffingCalculator(load: load, patience: aht).evaluate(agents: agents)
        #expect(abs(result.probabilityOfWaiting - waiting) < 1e-9)
        #expect(abs((result.abandonRate ?? -1) - abandoning) < 1e-9)
    }
}
