import Foundation
import Interchange
import Testing

@Suite("YAML loader")
struct YAMLLoaderTests {
    @Test("decodes nested structs, lists, dictionaries, optionals and enums")
    func decodesFixture() throws {
        let card = try YAMLLoader.decode(Scorecard.self, yaml: ScorecardFixture.yaml, source: "card.yaml")
        #expect(card == ScorecardFixture.value)
    }

    @Test("treats ~, null, an empty value and a missing key as nil for optionals")
    func nulls() throws {
        struct Optionals: Decodable, Equatable {
            var a: Int?
            var b: String?
            var c: Double?
            var d: [Int]?
            var e: Int?
            var f: [Int?]
        }
        let yaml = "a: ~\nb: null\nc:\nd: NULL\nf: [1, ~, null, 3]\n"
        let value = try YAMLLoader.decode(Optionals.self, yaml: yaml, source: "o.yaml")
        #expect(value == Optionals(a: nil, b: nil, c: nil, d: nil, e: nil, f: [1, nil, nil, 3]))
    }

    @Test("accepts quoted numbers and booleans, reads zero-padded integers as decimal, keeps strings as written")
    func scalarRules() throws {
        struct Scalars: Decodable, Equatable {
            var quotedInt: Int
            var quotedDouble: Double
            var quotedBool: Bool
            var padded: Int
            var hex: Int
            var version: String
            var yes: String
            var flag: Bool
            var small: UInt8
            var ratio: Float
        }
        let yaml = """
            quotedInt: "12"
            quotedDouble: '0.25'
            quotedBool: "true"
            padded: 08
            hex: 0x1F
            version: 1.10
            yes: yes
            flag: no
            small: 255
            ratio: 0.5
            """
        let value = try YAMLLoader.decode(Scalars.self, yaml: yaml, source: "s.yaml")
        #expect(value == Scalars(
            quotedInt: 12, quotedDouble: 0.25, quotedBool: true, padded: 8, hex: 31,
            version: "1.10", yes: "yes", flag: false, small: 255, ratio: 0.5
        ))
    }

    @Test("rejects a clock time in a number field instead of reading it as base 60")
    func noSexagesimal() throws {
        struct Slot: Decodable { var minutes: Int }
        #expect(throws: InterchangeError.yamlTypeMismatch(
            file: "s.yaml", line: 1, column: 10, field: "minutes", expected: "a whole number", found: "'08:30'"
        )) { try YAMLLoader.decode(Slot.self, yaml: "minutes: 08:30", source: "s.yaml") }
    }

    @Test("decodes ISO 8601 dates and times")
    func dates() throws {
        struct Holiday: Decodable { var day: Date; var at: Date }
        let value = try YAMLLoader.decode(Holiday.self, yaml: "day: 2025-03-30\nat: 2025-03-30T01:30:00Z\n", source: "h.yaml")
        #expect(value.day == Date(timeIntervalSince1970: 1_743_292_800))
        #expect(value.at.timeIntervalSince(value.day) == 5400)
    }

    @Test("names file, line, column and field path of a value with the wrong type")
    func wrongType() throws {
        let yaml = ScorecardFixture.replacingLine(18, with: "    weight: heavy")
        let expected = InterchangeError.yamlTypeMismatch(
            file: "team.yaml", line: 18, column: 13, field: "sections[1].weight", expected: "a number", found: "'heavy'"
        )
        #expect(throws: expected) { try YAMLLoader.decode(Scorecard.self, yaml: yaml, source: "team.yaml") }
        #expect(expected.description == "team.yaml:18:13: field 'sections[1].weight': expected a number, found 'heavy'")
    }

    @Test("names the field of a value deep in lists of mappings")
    func wrongTypeDeep() throws {
        let yaml = ScorecardFixture.replacingLine(15, with: "        points: many")
        #expect(throws: InterchangeError.yamlTypeMismatch(
            file: "c.yaml", line: 15, column: 17, field: "sections[0].items[1].points",
            expected: "a whole number", found: "'many'"
        )) { try YAMLLoader.decode(Scorecard.self, yaml: yaml, source: "c.yaml") }
    }

    @Test("reports a mapping where a list belongs, and an integer out of range")
    func wrongShape() throws {
        #expect(throws: InterchangeError.yamlTypeMismatch(
            file: "c.yaml", line: 19, column: 12, field: "sections[1].items", expected: "a list", found: "a mapping"
        )) {
            try YAMLLoader.decode(Scorecard.self, yaml: ScorecardFixture.replacingLine(19, with: "    items: {}"), source: "c.yaml")
        }
        struct Small: Decodable { var level: Int8 }
        #expect(throws: InterchangeError.yamlTypeMismatch(
            file: "s.yaml", line: 1, column: 8, field: "level", expected: "a whole number from -128 to 127", found: "'300'"
        )) { try YAMLLoader.decode(Small.self, yaml: "level: 300", source: "s.yaml") }
    }

    @Test("rejects null for a required string instead of reading the word null")
    func nullIsNotAString() throws {
        #expect(throws: InterchangeError.yamlTypeMismatch(
            file: "c.yaml", line: 1, column: 5, field: "id", expected: "a string", found: "null"
        )) {
            try YAMLLoader.decode(Scorecard.self, yaml: ScorecardFixture.replacingLine(1, with: "id: ~"), source: "c.yaml")
        }
    }

    @Test("reports a missing key at the mapping that lacks it")
    func missingKey() throws {
        let yaml = ScorecardFixture.replacingLine(13, with: "")
        let expected = InterchangeError.yamlMissingKey(file: "c.yaml", line: 12, column: 9, field: "sections[0].items[0].points")
        #expect(throws: expected) { try YAMLLoader.decode(Scorecard.self, yaml: yaml, source: "c.yaml") }
        #expect(expected.description == "c.yaml:12:9: missing field 'sections[0].items[0].points'")
    }

    @Test("reports the first missing field of an empty document instead of crashing")
    func emptyDocument() throws {
        for yaml in ["", "\n# only a comment\n", "~"] {
            #expect(throws: InterchangeError.yamlMissingKey(file: "e.yaml", line: 1, column: 1, field: "id")) {
                try YAMLLoader.decode(Scorecard.self, yaml: yaml, source: "e.yaml")
            }
        }
        // An explicit document start puts the (empty) content on the next line.
        #expect(throws: InterchangeError.yamlMissingKey(file: "e.yaml", line: 2, column: 1, field: "id")) {
            try YAMLLoader.decode(Scorecard.self, yaml: "---\n", source: "e.yaml")
        }
        #expect(throws: InterchangeError.yamlTypeMismatch(
            file: "e.yaml", line: 1, column: 1, field: "(root)", expected: "a whole number", found: "an empty document"
        )) { try YAMLLoader.decode(Int.self, yaml: "", source: "e.yaml") }
        #expect(try YAMLLoader.decode([Int].self, yaml: "", source: "e.yaml") == [])
    }

    @Test("reports an unknown key at its line, suggesting the closest known key")
    func unknownKey() throws {
        let yaml = ScorecardFixture.replacingLine(16, with: "        critcal: true")
        let expected = InterchangeError.yamlUnknownKey(
            file: "c.yaml", line: 16, column: 9, field: "sections[0].items[1].critcal", suggestion: "critical"
        )
        #expect(throws: expected) { try YAMLLoader.decode(Scorecard.self, yaml: yaml, source: "c.yaml") }
        #expect(expected.description == "c.yaml:16:9: unknown field 'sections[0].items[1].critcal'; did you mean 'critical'?")
    }

    @Test("suggests nothing when no known key is close")
    func unknownKeyWithoutSuggestion() throws {
        let yaml = ScorecardFixture.yaml + "colour: blue\n"
        #expect(throws: InterchangeError.yamlUnknownKey(file: "c.yaml", line: 21, column: 1, field: "colour", suggestion: nil)) {
            try YAMLLoader.decode(Scorecard.self, yaml: yaml, source: "c.yaml")
        }
    }

    @Test("reports the first unknown key in document order, even when it is nested")
    func unknownKeyOrder() throws {
        var yaml = ScorecardFixture.replacingLine(10, with: "    wieght: 20\n    weight: 20")
        yaml = yaml.replacingOccurrences(of: "version: 3", with: "version: 3\nvresion: 4")
        #expect(throws: InterchangeError.yamlUnknownKey(file: "c.yaml", line: 3, column: 1, field: "vresion", suggestion: "version")) {
            try YAMLLoader.decode(Scorecard.self, yaml: yaml, source: "c.yaml")
        }
    }

    @Test("reports a misspelt required key as unknown with the key it probably means")
    func misspeltRequiredKey() throws {
        let yaml = ScorecardFixture.replacingLine(10, with: "    weigth: 20")
        #expect(throws: InterchangeError.yamlUnknownKey(
            file: "c.yaml", line: 10, column: 5, field: "sections[0].weigth", suggestion: "weight"
        )) { try YAMLLoader.decode(Scorecard.self, yaml: yaml, source: "c.yaml") }
    }

    @Test("accepts every key of a dictionary, and checks keys inside its values")
    func dictionaries() throws {
        struct Teams: Decodable { var teams: [String: Section] }
        let yaml = "teams:\n  north:\n    name: N\n    weight: 1\n    items: []\n  south:\n    name: S\n    weight: 2\n    itmes: []\n"
        #expect(throws: InterchangeError.yamlUnknownKey(file: "t.yaml", line: 9, column: 5, field: "teams.south.itmes", suggestion: "items")) {
            try YAMLLoader.decode(Teams.self, yaml: yaml, source: "t.yaml")
        }
        let fixed = yaml.replacingOccurrences(of: "itmes", with: "items")
        #expect(try YAMLLoader.decode(Teams.self, yaml: fixed, source: "t.yaml").teams.keys.sorted() == ["north", "south"])
    }

    @Test("keeps the message and location of a rule a type checks in init(from:)")
    func domainValidation() throws {
        let yaml = "serviceLevel: 180\nanswerWithinSeconds: 20\n"
        let expected = InterchangeError.yamlInvalidValue(
            file: "t.yaml", line: 1, column: 15, field: "serviceLevel", message: "must be between 0 and 100, found 180.0"
        )
        #expect(throws: expected) { try YAMLLoader.decode(ServiceTarget.self, yaml: yaml, source: "t.yaml") }
        #expect(expected.description == "t.yaml:1:15: field 'serviceLevel': must be between 0 and 100, found 180.0")
    }

    @Test("keeps the message of a domain error that is not a DecodingError, at the value that threw it")
    func customError() throws {
        let yaml = "shifts:\n  - start: 8\n    end: 16\n  - start: 14\n    end: 6\n"
        #expect(throws: InterchangeError.yamlInvalidValue(
            file: "r.yaml", line: 4, column: 5, field: "shifts[1]", message: "the shift ends (6) before it starts (14)"
        )) { try YAMLLoader.decode(Rota.self, yaml: yaml, source: "r.yaml") }
    }

    @Test("places an error made with dataCorruptedError(forKey:) at that key's value")
    func errorForKey() throws {
        let yaml = "shifts: []\nbreaks:\n  - minutes: 15\n  - minutes: 12\n"
        #expect(throws: InterchangeError.yamlInvalidValue(
            file: "r.yaml", line: 4, column: 14, field: "breaks[1].minutes", message: "breaks come in steps of 5 minutes"
        )) { try YAMLLoader.decode(Rota.self, yaml: yaml, source: "r.yaml") }
    }

    @Test("lists the accepted values of an enum when the value is not one of them")
    func enumValues() throws {
        let yaml = ScorecardFixture.replacingLine(4, with: "channel: phone")
        #expect(throws: InterchangeError.yamlInvalidValue(
            file: "c.yaml", line: 4, column: 10, field: "channel", message: "expected one of 'voice', 'chat', 'email', found 'phone'"
        )) { try YAMLLoader.decode(Scorecard.self, yaml: yaml, source: "c.yaml") }
    }

    @Test("reports a syntax error at the line and column the YAML parser gives")
    func syntaxError() throws {
        // libyaml reports bad indentation where the stray key starts.
        let yaml = "id: a\nsections:\n  - name: x\n   weight: 2\n"
        let expected = InterchangeError.yamlSyntax(
            file: "s.yaml", line: 4, column: 4,
            message: "did not find expected '-' indicator (while parsing a block collection at line 3, column 3)"
        )
        #expect(throws: expected) { try YAMLLoader.decode(Scorecard.self, yaml: yaml, source: "s.yaml") }
        #expect(throws: InterchangeError.yamlSyntax(
            file: "s.yaml", line: 2, column: 1, message: "the key 'id' appears more than once in this mapping"
        )) { try YAMLLoader.decode(Scorecard.self, yaml: "x: 1\nid: a\nid: b\n", source: "s.yaml") }
    }

    @Test("reads files, reporting invalid UTF-8 by line and a missing file by path")
    func files() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("card.yaml")
        try Data(("\u{FEFF}" + ScorecardFixture.yaml).utf8).write(to: url)
        #expect(try YAMLLoader.decode(Scorecard.self, from: url) == ScorecardFixture.value)

        let latin1 = directory.url.appendingPathComponent("latin1.yaml")
        try Data(Array("id: a\nsite: B".utf8) + [0xE6] + Array("rum\n".utf8)).write(to: latin1)
        #expect(throws: InterchangeError.notUTF8(file: latin1.path, line: 2)) {
            try YAMLLoader.decode(Scorecard.self, from: latin1)
        }
        #expect(throws: InterchangeError.unreadableFile(path: "missing.yaml", reason: "no such file")) {
            try YAMLLoader.decode(Scorecard.self, from: URL(fileURLWithPath: "missing.yaml"))
        }
    }

    @Test("resolves anchors and aliases, and treats a merge key as unknown")
    func anchors() throws {
        let yaml = """
            id: a
            version: 1
            channel: chat
            sections:
              - &greeting
                name: Greeting
                weight: 10
                items: []
              - *greeting
            """
        let card = try YAMLLoader.decode(Scorecard.self, yaml: yaml, source: "a.yaml")
        #expect(card.sections.count == 2)
        #expect(card.sections[0] == card.sections[1])

        let merged = yaml + "\n  - <<: *greeting\n    name: Closing\n    weight: 5\n    items: []\n"
        #expect(throws: InterchangeError.yamlUnknownKey(file: "a.yaml", line: 10, column: 5, field: "sections[2].<<", suggestion: nil)) {
            try YAMLLoader.decode(Scorecard.self, yaml: merged, source: "a.yaml")
        }
    }
}
