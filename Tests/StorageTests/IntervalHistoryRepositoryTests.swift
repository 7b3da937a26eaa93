import Forecasting
import Foundation
import GRDB
@testable import Storage
import Testing

@Suite("Interval history repository")
struct IntervalHistoryRepositoryTests {
    static func instant(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    /// `count` consecutive 5-minute intervals of `channel` from `start`, offered 1, 2, 3 …
    static func series(_ channel: String = "phone", from start: String = "2003-03-03T12:00:00Z", count: Int,
                       length: Int = 300, offset: Double = 0) -> [IntervalObservation] {
        (0..<count).map { index in
            IntervalObservation(channel: channel, start: instant(start).addingTimeInterval(TimeInterval(index * length)),
                                lengthSeconds: length, offered: Double(index + 1) + offset)
        }
    }

    static func importing(_ observations: [IntervalObservation], into database: HeadsetDatabase,
                          source: String = "bank.csv", actor: String = "ana") throws -> IntervalHistoryImportSummary {
        try database.write { db in
            try IntervalHistoryRepository.importObservations(observations, source: source, actor: actor, in: db)
        }
    }

    @Test("an import inserts every interval and records one import entry per channel")
    func firstImport() throws {
        let database = try HeadsetDatabase.inMemory()
        let summary = try Self.importing(Self.series(count: 12) + Self.series("email", count: 3), into: database)
        #expect(summary.channels == [
            .init(channel: "email", inserted: 3, updated: 0, unchanged: 0),
            .init(channel: "phone", inserted: 12, updated: 0, unchanged: 0),
        ])
        #expect(summary.inserted == 15)
        let entries = try database.read { db in try AuditLog.entries(entity: "interval_history", in: db) }
        #expect(entries.map(\.entityKey) == ["email", "phone"])
        #expect(entries.allSatisfy { $0.action == .import && $0.actor == "ana" && $0.beforeJSON == nil })
        #expect(entries[1].afterJSON == #"{"first_start":"2003-03-03T12:00:00Z","inserted":12,"interval_seconds":300,"#
            + #""last_start":"2003-03-03T12:55:00Z","rows":12,"source":"bank.csv","unchanged":0,"updated":0}"#)
    }

    @Test("channel names are stored normalised: Phone and phone are one channel, found under any spelling")
    func channelNamesNormalised() throws {
        let database = try HeadsetDatabase.inMemory()
        let summary = try Self.importing(Self.series("Phone", count: 2) + Self.series(" phone", from: "2003-03-03T12:10:00Z", count: 2),
                                         into: database)
        #expect(summary.channels == [.init(channel: "phone", inserted: 4, updated: 0, unchanged: 0)])
        #expect(try database.read { db in try IntervalHistoryRepository.channels(in: db) } == ["phone"])
        let found = try database.read { db in try IntervalHistoryRepository.observations(channel: "PHONE", in: db) }
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.channel == "phone" })
        #expect(try database.read { db in try IntervalHistoryRepository.summary(channel: "Phone ", in: db) }?.rows == 4)
    }

    @Test("re-importing the same data writes nothing and records nothing")
    func idempotent() throws {
        let database = try HeadsetDatabase.inMemory()
        let observations = Self.series(count: 288)
        _ = try Self.importing(observations, into: database)
        let (summary, changes) = try database.write { db in
            let before = db.totalChangesCount
            let summary = try IntervalHistoryRepository.importObservations(observations, source: "bank.csv", actor: "ivo", in: db)
            return (summary, db.totalChangesCount - before)
        }
        #expect(summary.channels == [.init(channel: "phone", inserted: 0, updated: 0, unchanged: 288)])
        #expect(!summary.changedAnything)
        #expect(changes == 0, "not a single row written, audit log included")
        #expect(try database.read { db in try AuditEntry.fetchCount(db) } == 1)
    }

    @Test("changed values are updated and audited as one entry with counts and the date range")
    func updatesAreAudited() throws {
        let database = try HeadsetDatabase.inMemory()
        _ = try Self.importing(Self.series(count: 12), into: database)
        var revised = Self.series(count: 12)
        revised[3].offered = 40
        revised[4].averageHandleTime = 210
        revised += Self.series(from: "2003-03-03T13:00:00Z", count: 2, offset: 12)
        let summary = try Self.importing(revised, into: database, source: "revised.csv", actor: "ivo")
        #expect(summary.channels == [.init(channel: "phone", inserted: 2, updated: 2, unchanged: 10)])
        let entries = try database.read { db in try AuditLog.entries(entity: "interval_history", key: "phone", in: db) }
        #expect(entries.count == 2)
        let last = try #require(entries.last)
        #expect(last.actor == "ivo")
        #expect(last.beforeJSON == #"{"first_start":"2003-03-03T12:00:00Z","interval_seconds":300,"#
            + #""last_start":"2003-03-03T12:55:00Z","rows":12}"#)
        #expect(last.afterJSON == #"{"first_start":"2003-03-03T12:00:00Z","inserted":2,"interval_seconds":300,"#
            + #""last_start":"2003-03-03T13:05:00Z","rows":14,"source":"revised.csv","unchanged":10,"updated":2}"#)
        let stored = try database.read { db in try IntervalHistoryRepository.observations(channel: "phone", in: db) }
        #expect(stored == revised)
    }

    @Test("observations come back in [from, to), by start, with absent values still absent")
    func query() throws {
        let database = try HeadsetDatabase.inMemory()
        var observations = Self.series(count: 6)
        observations[1].handled = 2
        observations[1].abandoned = 0
        observations[1].averageHandleTime = 187.5
        _ = try Self.importing(observations.reversed() + Self.series("email", count: 2), into: database)
        let all = try database.read { db in try IntervalHistoryRepository.observations(channel: "phone", in: db) }
        #expect(all == observations)
        let window = try database.read { db in
            try IntervalHistoryRepository.observations(channel: "phone", from: Self.instant("2003-03-03T12:05:00Z"),
                                                       to: Self.instant("2003-03-03T12:15:00Z"), in: db)
        }
        #expect(window == Array(observations[1...2]))
        #expect(try database.read { db in try IntervalHistoryRepository.observations(channel: "chat", in: db) }.isEmpty)
    }

    @Test("channels and the per-channel summary: first, last, rows, interval length")
    func summary() throws {
        let database = try HeadsetDatabase.inMemory()
        _ = try Self.importing(Self.series(count: 12) + Self.series("email", from: "2003-03-04T08:00:00Z", count: 3, length: 3_600),
                               into: database)
        #expect(try database.read { db in try IntervalHistoryRepository.channels(in: db) } == ["email", "phone"])
        let summary = try database.read { db in try IntervalHistoryRepository.summary(in: db) }
        #expect(summary == [
            IntervalHistoryChannelSummary(channel: "email", first: Self.instant("2003-03-04T08:00:00Z"),
                                          last: Self.instant("2003-03-04T10:00:00Z"), rows: 3, intervalSeconds: 3_600),
            IntervalHistoryChannelSummary(channel: "phone", first: Self.instant("2003-03-03T12:00:00Z"),
                                          last: Self.instant("2003-03-03T12:55:00Z"), rows: 12, intervalSeconds: 300),
        ])
        #expect(summary[1].end == Self.instant("2003-03-03T13:00:00Z"))
    }

    @Test("another interval length for a channel that has history is refused, and nothing is written")
    func lengthMismatch() throws {
        let database = try HeadsetDatabase.inMemory()
        _ = try Self.importing(Self.series(count: 12), into: database)
        let halfHours = Self.series("email", count: 2, length: 1_800) + Self.series(count: 2, length: 1_800)
        #expect(throws: IntervalHistoryImportError.intervalLengthMismatch(channel: "phone", storedSeconds: 300,
                                                                          importedSeconds: 1_800)) {
            try Self.importing(halfHours, into: database)
        }
        #expect(try database.read { db in try IntervalHistoryRepository.channels(in: db) } == ["phone"],
                "the email rows of the failed import are not there either")
    }

    @Test("invalid observations are refused before anything is written", arguments: [
        (IntervalObservation(channel: "phone", start: Date(timeIntervalSince1970: 0), lengthSeconds: 300, offered: -1),
         "channel 'phone', interval 1970-01-01T00:00:00Z: offered must be a finite number of 0 or more, not -1.0"),
        (IntervalObservation(channel: "phone", start: Date(timeIntervalSince1970: 0), lengthSeconds: 300, offered: 1,
                             averageHandleTime: .nan),
         "channel 'phone', interval 1970-01-01T00:00:00Z: AHT must be a finite number of 0 or more, not nan"),
        (IntervalObservation(channel: "phone", start: Date(timeIntervalSince1970: 0.5), lengthSeconds: 300, offered: 1),
         "channel 'phone': interval start 0.5 s after 1970 is not a whole second in years 1–9999"),
    ])
    func invalid(observation: IntervalObservation, message: String) throws {
        let database = try HeadsetDatabase.inMemory()
        do {
            _ = try Self.importing([observation], into: database)
            Issue.record("expected an error")
        } catch let error as IntervalHistoryImportError {
            #expect(error.description == message)
        }
        #expect(try database.read { db in try IntervalHistoryRepository.channels(in: db) }.isEmpty)
    }

    @Test("two observations of a channel at the same start, or of mixed lengths, are refused")
    func duplicatesAndMixedLengths() throws {
        let database = try HeadsetDatabase.inMemory()
        let twice = Self.series(count: 2) + Self.series(count: 1)
        #expect(throws: IntervalHistoryImportError.duplicateInterval(channel: "phone", start: "2003-03-03T12:00:00Z")) {
            try Self.importing(twice, into: database)
        }
        let mixed = Self.series(count: 1) + Self.series(from: "2003-03-03T13:00:00Z", count: 1, length: 900)
        #expect(throws: IntervalHistoryImportError.mixedIntervalLengths(channel: "phone", seconds: [300, 900])) {
            try Self.importing(mixed, into: database)
        }
    }

    @Test("the import and its audit entry live in the caller's transaction: a later failure removes both")
    func oneTransaction() throws {
        struct Abort: Error {}
        let database = try HeadsetDatabase.inMemory()
        #expect(throws: Abort.self) {
            try database.write { db in
                _ = try IntervalHistoryRepository.importObservations(Self.series(count: 5), source: "x.csv", actor: "ana", in: db)
                throw Abort()
            }
        }
        let (rows, entries) = try database.read { db in
            (try IntervalHistoryRepository.summary(in: db).count, try AuditEntry.fetchCount(db))
        }
        #expect(rows == 0)
        #expect(entries == 0)
    }

    @Test("half a year of 5-minute weekdays (21,125 rows, the bank file's size) imports, then re-imports unchanged")
    func halfYear() throws {
        let directory = try TemporaryDatabaseDirectory()
        let (database, _) = try HeadsetDatabase.open(at: directory.path("history.sqlite"))
        var observations: [IntervalObservation] = []
        for day in 0..<125 {
            let morning = Self.instant("2003-03-03T12:00:00Z").addingTimeInterval(TimeInterval(day * 86_400))
            for slot in 0..<169 {
                observations.append(IntervalObservation(channel: "phone", start: morning.addingTimeInterval(TimeInterval(slot * 300)),
                                                        lengthSeconds: 300, offered: Double((day * 7 + slot) % 300)))
            }
        }
        let first = try Self.importing(observations, into: database)
        #expect(first.inserted == 21_125)
        let second = try Self.importing(observations, into: database)
        #expect(second.unchanged == 21_125)
        #expect(try database.read { db in try IntervalHistoryRepository.summary(in: db) }.first?.rows == 21_125)
        try database.close()
    }
}
