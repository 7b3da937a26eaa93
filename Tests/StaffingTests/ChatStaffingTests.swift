import Testing
@testable import Staffing

@Suite("Chat staffing with concurrency")
struct ChatStaffingTests {
    private func field(_ error: StaffingError?) -> String? {
        if case let .invalidInput(field, _, _) = error { return field }
        return nil
    }

    /// Call Centre Helper's worked example (100 contacts per 30 minutes, 180 s, 80/20): 14 servers
    /// reach 88.8 %, 13 only 79.56 % (see ErlangPublishedValueTests), so 14 slots are needed.
    private let load = try! QueueLoad(calls: 100, averageHandleTime: 180, intervalSeconds: 1800)
    private let target = try! StaffingTarget(serviceLevel: .init(fraction: 0.8, seconds: 20))

    @Test("one chat at a time is plain Erlang C staffing")
    func concurrencyOneIsErlangC() throws {
        let chat = try ChatStaffing(load: load, concurrency: ChatConcurrency(1)).requiredAgents(for: target)
        let voice = try StaffingCalculator(load: load).requiredAgents(for: target)
        #expect(chat.agents == 14 && chat.requiredSlots == 14 && chat.slots == 14)
        #expect(chat.slotQueue == voice)
    }

    @Test("with patience, one chat at a time is plain Erlang A staffing")
    func concurrencyOneIsErlangA() throws {
        let abandon = try StaffingTarget(maximumAbandonment: 0.02)
        let chat = try ChatStaffing(load: load, concurrency: ChatConcurrency(1), patience: 120).requiredAgents(for: abandon)
        let voice = try StaffingCalculator(load: load, patience: 120).requiredAgents(for: abandon)
        #expect(chat.agents == voice.agents)
        #expect(chat.slotQueue == voice)
    }

    /// 14 slots at 3 chats each: ⌈14 / 3⌉ = 5 agents providing 15 slots (4 agents give 12, fewer
    /// than the 13 that already miss 80 %); at 2 chats each, 7 agents give exactly 14 slots.
    @Test("three chats at a time need the slots divided by three, rounded up")
    func concurrencyThree() throws {
        let three = try ChatStaffing(load: load, concurrency: ChatConcurrency(3)).requiredAgents(for: target)
        #expect(three.requiredSlots == 14 && three.agents == 5 && three.slots == 15)
        #expect(three.slotQueue == (try StaffingCalculator(load: load).evaluate(agents: 15)))
        #expect(three.slotQueue.serviceLevel > 0.888)

        let two = try ChatStaffing(load: load, concurrency: ChatConcurrency(2)).requiredAgents(for: target)
        #expect(two.agents == 7 && two.slots == 14)
        #expect(abs(two.slotQueue.serviceLevel - 0.888) < 0.0005)
    }

    /// 5 productive agents at 30 % shrinkage: 5 / 0.7 = 7.14, so 8 are scheduled; slots are not
    /// shrunk.
    @Test("shrinkage applies to agents, not to slots")
    func shrinkageOnAgents() throws {
        let chat = try ChatStaffing(load: load, concurrency: ChatConcurrency(3), shrinkage: Shrinkage(fraction: 0.3))
        let result = try chat.requiredAgents(for: target)
        #expect(result.agents == 5 && result.scheduledAgents == 8 && result.slots == 15)
    }

    @Test("a concurrency below one or not a whole number is refused", arguments: [0.0, -2, 2.5, .nan, .infinity])
    func invalidConcurrency(value: Double) {
        let error = #expect(throws: StaffingError.self) { try ChatConcurrency(validating: value) }
        #expect(field(error) == "concurrency")
    }

    @Test("a concurrency of zero agents' chats is refused as an integer too")
    func invalidIntegerConcurrency() {
        let error = #expect(throws: StaffingError.self) { try ChatConcurrency(0) }
        #expect(field(error) == "concurrency")
        #expect((try? ChatConcurrency(validating: 3))?.chatsPerAgent == 3)
    }

    /// k / (1 + (k − 1)·e) × single-chat time: e = 1 keeps 300 s; e = 0 at k = 3 is 900 s;
    /// e = 0.5 at k = 3 is 3 / 2 × 300 = 450 s; k = 1 is 300 s whatever e.
    @Test("the efficiency estimate stretches slot time between no slowdown and pure time-slicing",
          arguments: [(3, 1.0, 300.0), (3, 0.0, 900.0), (3, 0.5, 450.0), (1, 0.2, 300.0)])
    func slotHandleTimeEstimate(k: Int, efficiency: Double, expected: Double) throws {
        let time = try ChatConcurrency(k).slotHandleTime(singleChatHandleTime: 300, efficiency: efficiency)
        #expect(abs(time - expected) < 1e-9)
    }

    @Test("an efficiency outside 0–100 % is refused")
    func invalidEfficiency() throws {
        let error = #expect(throws: StaffingError.self) {
            try ChatConcurrency(3).slotHandleTime(singleChatHandleTime: 300, efficiency: 1.2)
        }
        #expect(field(error) == "concurrency efficiency")
    }
}
