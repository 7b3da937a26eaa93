import Foundation

/// Turns a ``Quality/ScorecardProblem/path``, written with the domain's names, into the path
/// the scorecard file spells, so a problem is reported where a person edits it.
///
/// ```text
/// passMark                                      → pass_mark
/// sections[1].criteria[0].scale[2].value        → sections[1].criteria[0].points[2].value
/// sections[0].title.translations.nb-NO          → sections[0].translations.nb_no   (as written)
/// sections[0].criteria[1].guidance.translations.lt → sections[0].criteria[1].guidance.translations.lt
/// ```
enum ScorecardFieldPath {
    /// Domain names whose file key differs.
    private static let fileKeys = [
        "passMark": "pass_mark", "naAllowed": "na_allowed", "bonusPoints": "bonus_points",
        "failsCritical": "fails_critical", "scale": "points",
    ]

    /// Texts whose `translations` sit beside them in the file (`title:` and `translations:` in
    /// one mapping); the others (`description`, `guidance`) hold theirs inside.
    private static let translatedBeside: Set<String> = ["title", "label"]

    /// The file's path for `problemPath`, with a translation's language key spelt as written.
    static func filePath(of problemPath: String, in index: YAMLNodeIndex) -> FieldPath {
        let marker = ".translations."
        guard let range = problemPath.range(of: marker) else { return parse(problemPath) }
        let owner = parse(String(problemPath[..<range.lowerBound]))
        let language = String(problemPath[range.upperBound...])
        let translations: FieldPath
        if case let .key(name)? = owner.components.last, translatedBeside.contains(name) {
            translations = YAMLNodeIndex.parent(of: owner).appending(key: "translations")
        } else {
            translations = owner.appending(key: "translations")
        }
        let written = index.keys(under: translations).first { ScorecardTranslations.normalised($0) == language } ?? language
        return translations.appending(key: written)
    }

    /// `sections[1].criteria[0].bonusPoints` as file path components.
    private static func parse(_ path: String) -> FieldPath {
        var result = FieldPath.root
        for part in path.split(separator: ".") {
            var name = Substring(part)
            var indices: [Int] = []
            while name.hasSuffix("]"), let open = name.lastIndex(of: "[") {
                guard let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) else { break }
                indices.insert(index, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { result = result.appending(key: fileKeys[String(name)] ?? String(name)) }
            for index in indices { result = result.appending(index: index) }
        }
        return result
    }
}
