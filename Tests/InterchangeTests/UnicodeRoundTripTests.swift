import Foundation
import Interchange
import Testing

/// Place names from the contact centres' regions: letters outside Latin-1, and an en dash.
private let placeNames = ["Žemaitė", "Ķemeri", "Ćorić", "Bærum", "Ålesund", "Šiauliai", "Ļaudona", "Dubrovnik–Đakovo"]

/// "Žemaitė" with decomposed letters (NFD): Z + caron, e + dot above.
private let decomposedName = "Z\u{030C}emaite\u{0307}"

private struct Place: Codable, Equatable {
    var name: String
    var aliases: [String]
    var byLanguage: [String: String]
}

@Suite("Unicode round trips")
struct UnicodeRoundTripTests {
    @Test("place names survive CSVWriter then CSVReader byte for byte", arguments: [",", ";", "\t"] as [Character])
    func csv(delimiter: Character) throws {
        let rows = placeNames.map { [$0, "\($0), \($0)", "\"\($0)\""] }
        let text = CSVWriter.encode(header: ["name", "Ålesund", "Ćorić"], rows: rows, delimiter: delimiter)
        let document = try CSVReader.parse(Data(text.utf8), source: "places.csv")
        #expect(document.header == ["name", "Ålesund", "Ćorić"])
        #expect(document.rows.map { $0.fields.map { Array($0.utf8) } } == rows.map { $0.map { Array($0.utf8) } })
    }

    @Test("place names survive YAMLWriter then YAMLLoader byte for byte")
    func yaml() throws {
        let places = placeNames.map { Place(name: $0, aliases: [$0.uppercased(), "\($0): \($0)"], byLanguage: [$0: $0]) }
        let text = try YAMLWriter.encode(places)
        #expect(text.contains("Dubrovnik–Đakovo"))
        let decoded = try YAMLLoader.decode([Place].self, yaml: text, source: "places.yaml")
        #expect(decoded.map { Array($0.name.utf8) } == places.map { Array($0.name.utf8) })
        #expect(decoded.map { $0.aliases.map { Array($0.utf8) } } == places.map { $0.aliases.map { Array($0.utf8) } })
        #expect(decoded.map { $0.byLanguage.keys.map { Array($0.utf8) } } == places.map { $0.byLanguage.keys.map { Array($0.utf8) } })
    }

    // We do not normalise: a name comes back in the form it was written, NFC or NFD. Swift's `==`
    // treats the two forms as equal, so these tests compare UTF-8 bytes.
    @Test("a decomposed (NFD) name comes back decomposed, not normalised")
    func decomposedNamesAreKept() throws {
        #expect(decomposedName == "Žemaitė")
        #expect(Array(decomposedName.utf8) != Array("Žemaitė".utf8))

        let csvText = CSVWriter.encode(header: [decomposedName], rows: [[decomposedName]])
        let document = try CSVReader.parse(csvText, source: "nfd.csv")
        #expect(Array(document.header[0].utf8) == Array(decomposedName.utf8))
        #expect(Array(document.rows[0].fields[0].utf8) == Array(decomposedName.utf8))

        let yamlText = try YAMLWriter.encode(Place(name: decomposedName, aliases: [], byLanguage: [decomposedName: "x"]))
        let place = try YAMLLoader.decode(Place.self, yaml: yamlText, source: "nfd.yaml")
        #expect(Array(place.name.utf8) == Array(decomposedName.utf8))
        #expect(place.byLanguage.keys.map { Array($0.utf8) } == [Array(decomposedName.utf8)])
    }

    @Test("place names survive a CSV file written to disk and read back")
    func csvFile() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("places.csv")
        try CSVWriter.write(header: ["name"], rows: placeNames.map { [$0] } + [[decomposedName]], to: url)
        let names = try CSVReader.read(contentsOf: url).rows.map { Array($0.fields[0].utf8) }
        #expect(names == (placeNames + [decomposedName]).map { Array($0.utf8) })
    }
}
