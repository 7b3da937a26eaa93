import Scheduling
import Testing

/// The service level a roster can be expected to give: Erlang C run backwards from the agents
/// working, checked against a published worked example.
@Suite("Expected service level with the scheduled staff")
struct ServiceExpectationTests {
    /// Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
    /// (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm): 100 calls in 30
    /// minutes, AHT 180 s (10 Erlangs), 14 agents: P(wait) 17.41 %, 88.8 % answered within 20 s.
    static let example = IntervalWorkload(calls: 100, handleSeconds: 180)

    @Test("14 agents on 10 Erlangs answer 88.8 % of calls within 20 s (Call Centre Helper)")
    func publishedExample() throws {
        let service = ServiceExpectation(seconds: 20, target: 0.8, shrinkage: 0)
        let level = try #require(service.serviceLevel(working: 14, workload: Self.example, intervalMinutes: 30))
        #expect(abs(level - 0.888) < 0.0005)
    }

    @Test("shrinkage takes its share of the agents working: 20 rostered at 30 % answer as 14 do")
    func shrinkage() throws {
        let rostered = ServiceExpectation(seconds: 20, target: 0.8, shrinkage: 0.3)
        let answering = ServiceExpectation(seconds: 20, target: 0.8, shrinkage: 0)
        #expect(rostered.answeringAgents(working: 20) == 14)
        let level = try #require(rostered.serviceLevel(working: 20, workload: Self.example, intervalMinutes: 30))
        #expect(level == answering.serviceLevel(working: 14, workload: Self.example, intervalMinutes: 30))
    }

    @Test("a fraction of an agent interpolates between the whole numbers either side")
    func interpolation() throws {
        let service = ServiceExpectation(seconds: 20, target: 0.8, shrinkage: 0)
        let level = { (working: Double) throws -> Double in
            try #require(service.serviceLevel(working: working, workload: Self.example, intervalMinutes: 30))
        }
        let fourteen = try level(14), fifteen = try level(15)
        #expect(fifteen > fourteen)
        #expect(abs(try level(14.5) - (fourteen + fifteen) / 2) < 1e-12)
        #expect(abs(try level(14.25) - (fourteen + 0.25 * (fifteen - fourteen))) < 1e-12)
        // Between 10 (unstable: 0) and 11 agents.
        let halfway = try level(10.5), eleven = try level(11)
        #expect(abs(halfway - eleven / 2) < 1e-12)
    }

    @Test("no more agents than Erlangs: the queue never clears, 0; no calls: no service level")
    func edges() {
        let service = ServiceExpectation(seconds: 20, target: 0.8, shrinkage: 0)
        #expect(service.serviceLevel(working: 10, workload: Self.example, intervalMinutes: 30) == 0)
        #expect(service.serviceLevel(working: 0, workload: Self.example, intervalMinutes: 30) == 0)
        #expect(service.serviceLevel(working: 5, workload: IntervalWorkload(calls: 0, handleSeconds: 180), intervalMinutes: 30) == nil)
        for agents in stride(from: 10.0, through: 40, by: 0.5) {
            let level = service.serviceLevel(working: agents, workload: Self.example, intervalMinutes: 30) ?? -1
            #expect(level >= 0 && level <= 1)
        }
    }

    @Test("more agents never lower the expected service level")
    func monotone() {
        let service = ServiceExpectation(seconds: 15, target: 0.8, shrinkage: 0.25)
        let workload = IntervalWorkload(calls: 480, handleSeconds: 300)
        var previous = 0.0
        for agents in stride(from: 0.0, through: 200, by: 0.25) {
            let level = service.serviceLevel(working: agents, workload: workload, intervalMinutes: 60) ?? -1
            #expect(level >= previous - 1e-12, "at \(agents) agents")
            previous = level
        }
        #expect(previous > 0.99)
    }
}
