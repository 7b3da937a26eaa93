import Foundation
import Interchange
import Testing

@Suite("JSON output")
struct JSONOutputTests {
    private struct Report: Encodable {
        var serviceLevel: Double
        var agentsRequired: Int
        var intervalStart: Date
        var queueURL: String
        var byTeam: [String: Int]
    }

    private let report = Report(
        serviceLevel: 0.8,
        agentsRequired: 14,
        intervalStart: Date(timeIntervalSince1970: 1_743_292_800),
        queueURL: "queues/voice",
        byTeam: ["north": 9, "east": 5]
    )

    // Golden text: swift-foundation's JSONEncoder pretty-print layout (two spaces, " : ").
    @Test("writes snake_case keys in sorted order, ISO 8601 dates and unescaped slashes")
    func layout() {
        #expect(JSONOutput.encode(report) == """
            {
              "agents_required" : 14,
              "by_team" : {
                "east" : 5,
                "north" : 9
              },
              "interval_start" : "2025-03-30T00:00:00Z",
              "queue_url" : "queues/voice",
              "service_level" : 0.8
            }
            """)
    }

    @Test("gives the same text every time")
    func stable() {
        let first = JSONOutput.encode(report)
        for _ in 0..<20 {
            #expect(JSONOutput.encode(report) == first)
        }
    }

    @Test("writes non-finite numbers as null instead of crashing")
    func nonFinite() {
        #expect(JSONOutput.encode([Double.nan, .infinity, -.infinity, 1.5]) == "[\n  null,\n  null,\n  null,\n  1.5\n]")
    }

    @Test("reads snake_case JSON and names the missing field")
    func decode() throws {
        let target = try JSONOutput.decode(
            ServiceTarget.self, from: Data(#"{"service_level": 80, "answer_within_seconds": 20}"#.utf8), source: "t.json"
        )
        #expect(target == ServiceTarget(serviceLevel: Percentage(80), answerWithinSeconds: 20))
        #expect(throws: InterchangeError.jsonInvalid(file: "t.json", field: "answer_within_seconds", message: "missing field")) {
            try JSONOutput.decode(ServiceTarget.self, from: Data(#"{"service_level": 80}"#.utf8), source: "t.json")
        }
    }

    @Test("names a field with the wrong type the way the JSON spells it")
    func wrongTypeField() {
        struct Queue: Decodable { var queueName: String; var maxWaitSeconds: Int }
        do {
            _ = try JSONOutput.decode(Queue.self, from: Data(#"{"queue_name": "q/1", "max_wait_seconds": "soon"}"#.utf8), source: "q.json")
            Issue.record("a string was accepted as a number")
        } catch {
            guard case let .jsonInvalid(file, field, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(file == "q.json")
            #expect(field == "max_wait_seconds")
        }
    }

    @Test("reports malformed JSON with the file name")
    func malformed() throws {
        do {
            _ = try JSONOutput.decode(ServiceTarget.self, from: Data("{".utf8), source: "t.json")
            Issue.record("malformed JSON was accepted")
        } catch {
            guard case let .jsonInvalid(file, field, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(file == "t.json")
            #expect(field == "")
            #expect(error.description.hasPrefix("t.json: "))
        }
    }
}
