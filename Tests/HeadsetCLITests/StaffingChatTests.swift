import Foundation
import Testing

@Suite("headset staffing --concurrency")
struct StaffingChatTests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["staffing"] + arguments + ["--format", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    /// The worked example needs 14 servers for 80/20 (13 give 79.6 %): as chat slots, three chats
    /// per agent need ⌈14 / 3⌉ = 5 agents, whose 15 slots perform as 15 Erlang C servers.
    @Test("three chats per agent: 14 slots needed, so 5 agents providing 15 slots")
    func threeChats() throws {
        let chat = try Self.json(["--calls", "100", "--aht", "180", "--service-level", "80/20", "--concurrency", "3"])
        #expect(chat["agents"] as? Int == 5)
        #expect(chat["slots"] as? Int == 15)
        #expect(chat["concurrency"] as? Int == 3)
        let fifteen = try Self.json(["--calls", "100", "--aht", "180", "--service-level", "80/20", "--agents", "15"])
        #expect(chat["service_level"] as? Double == fifteen["service_level"] as? Double)
    }

    @Test("one chat per agent is plain Erlang C, and evaluating agents counts their slots")
    func oneChatAndEvaluation() throws {
        let plain = try Self.json(["--calls", "100", "--aht", "180", "--service-level", "80/20"])
        let single = try Self.json(["--calls", "100", "--aht", "180", "--service-level", "80/20", "--concurrency", "1"])
        #expect(plain["agents"] as? Int == 14)
        #expect(single["agents"] as? Int == 14)
        let evaluated = try Self.json(["--calls", "100", "--aht", "180", "--service-level", "80/20", "--agents", "7",
                                       "--concurrency", "2"])
        let fourteen = try Self.json(["--calls", "100", "--aht", "180", "--service-level", "80/20", "--agents", "14"])
        #expect(evaluated["slots"] as? Int == 14)
        #expect(evaluated["service_level"] as? Double == fourteen["service_level"] as? Double)
    }

    @Test("a concurrency below 1 is a usage error")
    func invalid() throws {
        let scratch = try ScratchDirectory()
        let result = try HeadsetProcess.run(["staffing", "--calls", "100", "--aht", "180", "--service-level", "80/20",
                                             "--concurrency", "0"], in: scratch.url)
        #expect(result.status == 2)
    }
}
