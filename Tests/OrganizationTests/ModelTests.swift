import CivilTime
import Foundation
import Testing
import Organization

@Suite("Dates, translations and the model")
struct ModelTests {
    @Test("dates parse, print, compare and count days across months and leap years")
    func dates() throws {
        let date = try #require(LocalDate("2026-11-23"))
        #expect(date.description == "2026-11-23")
        #expect(date.year == 2026 && date.month == 11 && date.day == 23)
        #expect(LocalDate("2024-02-28")!.adding(days: 1).description == "2024-02-29")
        #expect(LocalDate("2024-02-29")!.next.description == "2024-03-01")
        #expect(LocalDate("2023-02-29") == nil)
        #expect(LocalDate("2026-1-01") == nil)
        #expect(LocalDate("2026-13-01") == nil)
        #expect(LocalDate("２０２６-01-01") == nil)
        #expect(LocalDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(LocalDate("2025-12-31")! < date)
        #expect(LocalDate(dayNumber: date.dayNumber) == date)
    }

    @Test("dates are Codable as YYYY-MM-DD text")
    func dateCoding() throws {
        let data = try JSONEncoder().encode([LocalDate("2026-11-23")!])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-11-23\"]")
        #expect(try JSONDecoder().decode([LocalDate].self, from: data) == [LocalDate("2026-11-23")!])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: Data("[\"23.11.2026\"]".utf8)) }
    }

    @Test("validTo is the last day in force")
    func inclusiveValidTo() {
        let line = ReportingLine(person: "a", manager: "b", validFrom: d("2026-01-01"), validTo: d("2026-06-30"))
        #expect(line.isActive(on: d("2026-06-30")))
        #expect(!line.isActive(on: d("2026-07-01")))
        #expect(!line.isActive(on: d("2025-12-31")))
        let next = ReportingLine(person: "a", manager: "c", validFrom: d("2026-07-01"))
        #expect(!line.overlaps(next))
        #expect(line.overlaps(ReportingLine(person: "a", manager: "c", validFrom: d("2026-06-30"))))
        #expect(next.validityDescription == "2026-07-01…open")
    }

    @Test("translations fall back from the exact locale to the language, then English, then any")
    func translations() {
        let name = LocalizedText(["en": "Team Lead", "lt": "Komandos vadovas", "nb_NO": "Teamleder", "hr": "Voditelj tima"])
        #expect(name.text(for: "nb-NO") == "Teamleder")
        #expect(name.text(for: "lt_LT") == "Komandos vadovas")
        #expect(name.text(for: "no") == "Teamleder")
        #expect(name.text(for: "nb") == "Teamleder")
        #expect(name.text(for: "hr-HR") == "Voditelj tima")
        #expect(name.text(for: "lv") == "Team Lead")
        #expect(name.locales == ["en", "hr", "lt", "nb-NO"])
        let noEnglish = LocalizedText(["lv": "Komandas vadītājs", "lt": "Komandos vadovas"])
        #expect(noEnglish.text(for: "hr") == "Komandos vadovas")
        #expect(LocalizedText([:]).text(for: "en") == nil)
        #expect(Title(key: "x", role: "agent", names: [:]).name(in: "lt") == "x")
        let norwegian: LocalizedText = ["nb": "Rådgiver"]
        #expect(norwegian.text(for: "nn") == "Rådgiver")
    }

    @Test("translations are Codable as a map of locale to text")
    func translationCoding() throws {
        let data = try JSONEncoder().encode(LocalizedText(["lt_LT": "Komandos vadovas"]))
        #expect(String(decoding: data, as: UTF8.self) == #"{"lt-LT":"Komandos vadovas"}"#)
        let decoded = try JSONDecoder().decode(LocalizedText.self, from: Data(#"{"EN":"Agent","nb":""}"#.utf8))
        #expect(decoded.translations == ["en": "Agent"])
    }

    @Test("titles resolve aliases ignoring case and diacritics but report ambiguity")
    func ambiguousLookup() {
        let titles = [Title(key: "teller", role: "agent", names: ["en": "Bank Teller"]),
                      Title(key: "clerk", role: "agent", names: ["en": "Clerk"], aliases: ["Bank Tellér"])]
        let organization = Organization(titles: titles)
        #expect(organization.titles(matching: "BANK TELLER").map(\.key) == ["teller", "clerk"])
        #expect(organization.title(named: "bank teller") == nil)
        #expect(organization.title(named: "teller")?.key == "teller")
    }

    @Test("source locations print as file:line")
    func sources() {
        #expect(SourceLocation(file: "people.csv", line: 12).description == "people.csv:12")
        #expect(SourceLocation(file: "hr-export").description == "hr-export")
    }
}
