import CivilTime
import Foundation
import Interchange
import Quality
import Testing

/// The candidates file of `headset qa sample`: columns by name or alias in any order, dates or
/// date-times, and errors that name the file, line and column — a repeated id both lines.
@Suite("Interactions files")
struct InteractionsFileTests {
    static func parse(_ text: String) throws -> InteractionsFile {
        try InteractionsFile.parse(try CSVReader.parse(text, source: "interactions.csv"))
    }

    static func error(_ text: String) -> InterchangeError? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as InterchangeError {
            return error
        } catch {
            Issue.record("unexpected \(type(of: error)): \(error)")
            return nil
        }
    }

    @Test("reads candidates in file order with their lines; aliases, any column order, other columns ignored")
    func reads() throws {
        let file = try Self.parse("""
            Date;Channel;Interaction_ID;Agent ID;queue
            2026-11-23;voice;call-88123;a17;retail
            2026-11-24; chat ; chat-4410 ;a18;retail
            """)
        #expect(file.source == "interactions.csv")
        #expect(file.candidates == [
            InteractionCandidate(interactionId: "call-88123", agentId: "a17", channel: "voice", date: LocalDate("2026-11-23")!),
            InteractionCandidate(interactionId: "chat-4410", agentId: "a18", channel: "chat", date: LocalDate("2026-11-24")!),
        ])
        #expect(file.lines == [2, 3])
        let byId = try Self.parse("id,agent,channel,date\nž-1,Žemaitė,email,2026-01-01\n")
        #expect(byId.candidates.map(\.interactionId) == ["ž-1"])
        #expect(byId.candidates.map(\.agentId) == ["Žemaitė"])
    }

    @Test("a date-time gives its date as written; the time part must still be a time",
          arguments: [
              ("2026-11-23", "2026-11-23"), ("2026-11-23T09:14", "2026-11-23"), ("2026-11-23T09:14:00", "2026-11-23"),
              ("2026-11-23T23:40:00Z", "2026-11-23"), ("2026-11-23T00:10:00+02:00", "2026-11-23"),
              ("2026-11-23T00:10:00.250-0500", "2026-11-23"), ("2026-11-23 09:14:07", "2026-11-23"),
              ("2026-12-31T23:59:60Z", "2026-12-31"), ("2026-11-23t09:14+01", "2026-11-23"),
          ])
    func dateTimes(text: String, expected: String) throws {
        let file = try Self.parse("interaction,agent,channel,date\nc1,a1,voice,\(text)\n")
        #expect(file.candidates.first?.date == LocalDate(expected))
    }

    @Test("a date that is not one is refused at its line and column",
          arguments: ["2026-13-01", "2026-02-29", "23.11.2026", "2026-11-23x", "2026-11-23T25:00", "2026-11-23T09:60",
                      "2026-11-23T09", "2026-11-23T09:14:00+2", "2026-11-23T", "2026-1-23", "tomorrow"])
    func badDates(text: String) throws {
        let error = try #require(Self.error("interaction,agent,channel,date\nc1,a1,voice,2026-11-22\nc2,a1,voice,\(text)\n"))
        guard case let .csvInvalidValue(file, line, column, value, _) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(file == "interactions.csv" && line == 3 && column == "date" && value == text)
        #expect(error.description.hasPrefix("interactions.csv:3: column 'date': expected a date YYYY-MM-DD"))
    }

    @Test("an interaction listed twice names both lines")
    func duplicate() throws {
        let error = try #require(Self.error("""
            interaction,agent,channel,date
            call-1,a1,voice,2026-11-02
            call-2,a1,voice,2026-11-02

            call-1,a2,chat,2026-11-03
            """))
        #expect(error.description == "interactions.csv:5: column 'interaction': expected each interaction once "
            + "(already listed on line 2), found 'call-1'")
    }

    @Test("missing columns and empty cells are errors with the accepted names or the line")
    func missing() throws {
        let noChannel = try #require(Self.error("interaction,agent,date\nc1,a1,2026-11-02\n"))
        #expect(noChannel == .csvMissingColumn(file: "interactions.csv", column: "channel", accepted: ["channel"]))
        let emptyAgent = try #require(Self.error("interaction,agent,channel,date\nc1, ,voice,2026-11-02\n"))
        #expect(emptyAgent.description.hasPrefix("interactions.csv:2: column 'agent': expected a value"))
        let emptyFile = try Self.parse("interaction,agent,channel,date\n")
        #expect(emptyFile.candidates.isEmpty)
    }

    @Test("reads a file from disk; an unreadable path names itself")
    func fromDisk() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("candidates.csv")
        try "interaction,agent,channel,date\nc1,a1,voice,2026-11-02\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(try InteractionsFile.read(url).candidates.count == 1)
        #expect(throws: InterchangeError.self) { try InteractionsFile.read(directory.url.appendingPathComponent("none.csv")) }
    }
}
