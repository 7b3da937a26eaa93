import Foundation
public import Organization

/// Finds the person a name given at a door names: a key exactly; else a key or display name
/// ignoring case, diacritics and spacing ("ANA ŽEMAITĖ", "ingrid odegard" for "Ingrid Ødegård");
/// else whole words of display names ("Ødegård", "ana horvat"). Several people at the first
/// step that finds any is an error that lists them.
public enum PersonLookup {
    /// `field` names where the text was given (`agent`, `evaluator` …), for the error.
    public static func person(_ text: String, in organization: Organization, field: String = "person") throws(ServiceError) -> Person {
        if let exact = organization.person(text) { return exact }
        let wanted = fold(text)
        var seen: Set<String> = []
        let people = organization.people.filter { seen.insert($0.key).inserted }
        var matches = people.filter { fold($0.key) == wanted || fold($0.displayName) == wanted }
        if matches.isEmpty {
            let words = wanted.split(separator: " ")
            matches = people.filter { person in
                let name = fold(person.displayName).split(separator: " ")
                return !words.isEmpty && name.count >= words.count
                    && (0...(name.count - words.count)).contains { Array(name[$0..<($0 + words.count)]) == words }
            }
        }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            throw .notFound(kind: "person", key: text, hint: "give a key or a display name of someone in the organisation")
        }
        throw .invalid(field, "names \(matches.count) people: "
            + matches.map(\.label.description).joined(separator: ", ") + "; give the key", value: text)
    }

    /// Lower case without diacritics, letters without a decomposition spelt out (ø → o, æ → ae,
    /// đ → d), runs of spaces, `-` and `_` as one space.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var spelt = ""
        for character in folded {
            switch character {
            case "ø": spelt += "o"
            case "æ": spelt += "ae"
            case "œ": spelt += "oe"
            case "đ", "ð": spelt += "d"
            case "ł": spelt += "l"
            case "ß": spelt += "ss"
            case "þ": spelt += "th"
            default: spelt.append(character)
            }
        }
        return spelt.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "_" }).joined(separator: " ")
    }
}
