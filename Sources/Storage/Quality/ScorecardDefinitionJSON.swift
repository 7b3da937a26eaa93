import Foundation
import Quality

/// A scorecard definition as `scorecard_version.definition_json` stores it: every field but the
/// status (a column of its own, which changes without changing the definition), keys sorted,
/// channels sorted, so the same definition always gives the same text.
///
/// ```json
/// {"channels":["voice"],"key":"voice-call","pass_mark":80,"sections":[…],"title":{"text":"Voice call"},"version":1}
/// ```
///
/// Kept in Storage, not in Quality: it is the database's format, free to differ from the YAML
/// files people edit.
struct ScorecardDefinitionJSON: Codable, Equatable {
    struct Text: Codable, Equatable {
        var text: String
        var translations: [String: String]?

        init(_ value: TranslatedText) {
            text = value.text
            translations = value.translations.isEmpty ? nil : value.translations
        }

        var value: TranslatedText {
            var result = TranslatedText(text)
            // Assigned, not passed to init: init normalises codes, and storage must not.
            result.translations = translations ?? [:]
            return result
        }
    }

    struct Point: Codable, Equatable {
        var value: Int
        var label: Text
    }

    struct Option: Codable, Equatable {
        var id: String
        var label: Text
        var points: Double
        var failsCritical: Bool

        enum CodingKeys: String, CodingKey {
            case id, label, points
            case failsCritical = "fails_critical"
        }
    }

    struct Critical: Codable, Equatable {
        var criticalClass: String
        var effect: String

        enum CodingKeys: String, CodingKey {
            case effect
            case criticalClass = "class"
        }
    }

    struct Item: Codable, Equatable {
        var id: String
        var label: Text
        var guidance: Text?
        /// `yes-no`, `scale` or `multiple-choice`.
        var kind: String
        var scale: [Point]?
        var choices: [Option]?
        var weight: Double
        var naAllowed: Bool
        var critical: Critical?
        var bonusPoints: Double?

        enum CodingKeys: String, CodingKey {
            case id, label, guidance, kind, scale, choices, weight, critical
            case naAllowed = "na_allowed"
            case bonusPoints = "bonus_points"
        }
    }

    struct Section: Codable, Equatable {
        var id: String
        var title: Text
        var weight: Double
        var criteria: [Item]
    }

    var key: String
    var version: Int
    var title: Text
    var description: Text?
    var channels: [String]
    var passMark: Double?
    var sections: [Section]

    enum CodingKeys: String, CodingKey {
        case key, version, title, description, channels, sections
        case passMark = "pass_mark"
    }

    init(_ card: Scorecard) {
        key = card.key
        version = card.version
        title = Text(card.title)
        description = card.description.map(Text.init)
        channels = card.channels.map(\.rawValue).sorted()
        passMark = card.passMark
        sections = card.sections.map { section in
            Section(id: section.id, title: Text(section.title), weight: section.weight,
                    criteria: section.criteria.map(Self.item))
        }
    }

    /// The card's canonical text.
    static func text(_ card: Scorecard) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(ScorecardDefinitionJSON(card)), as: UTF8.self)
    }

    /// The card stored as `text` with `status`; `key` names the row in errors.
    static func scorecard(_ text: String, status: ScorecardStatus, key: String) throws -> Scorecard {
        let stored: ScorecardDefinitionJSON
        do {
            stored = try JSONDecoder().decode(ScorecardDefinitionJSON.self, from: Data(text.utf8))
        } catch {
            throw StorageError.corruptValue(table: "scorecard_version", key: key, reason: "definition_json: \(error)")
        }
        return try stored.scorecard(status: status, key: key)
    }

    private func scorecard(status: ScorecardStatus, key rowKey: String) throws -> Scorecard {
        func corrupt(_ reason: String) -> StorageError {
            .corruptValue(table: "scorecard_version", key: rowKey, reason: "definition_json: \(reason)")
        }
        var channelSet: Set<InteractionChannel> = []
        for name in channels {
            guard let channel = InteractionChannel(rawValue: name) else { throw corrupt("unknown channel '\(name)'") }
            channelSet.insert(channel)
        }
        let built = try sections.map { section in
            ScorecardSection(id: section.id, title: section.title.value, weight: section.weight,
                             criteria: try section.criteria.map { item in try Self.criterion(item, corrupt: corrupt) })
        }
        return Scorecard(key: key, version: version, status: status, title: title.value, description: description?.value,
                         channels: channelSet, sections: built, passMark: passMark)
    }

    private static func item(_ criterion: Criterion) -> Item {
        var item = Item(id: criterion.id, label: Text(criterion.label), guidance: criterion.guidance.map(Text.init),
                        kind: StoredCriterionKind.name(criterion.kind), weight: criterion.weight,
                        naAllowed: criterion.naAllowed,
                        critical: criterion.critical.map { Critical(criticalClass: $0.criticalClass.rawValue, effect: $0.effect.rawValue) },
                        bonusPoints: criterion.bonusPoints)
        switch criterion.kind {
        case .yesNo:
            break
        case .scale(let points):
            item.scale = points.map { Point(value: $0.value, label: Text($0.label)) }
        case .multipleChoice(let choices):
            item.choices = choices.map { Option(id: $0.id, label: Text($0.label), points: $0.points, failsCritical: $0.failsCritical) }
        }
        return item
    }

    private static func criterion(_ item: Item, corrupt: (String) -> StorageError) throws -> Criterion {
        let kind: CriterionKind
        switch item.kind {
        case StoredCriterionKind.yesNo:
            kind = .yesNo
        case StoredCriterionKind.scale:
            kind = .scale((item.scale ?? []).map { ScalePoint(value: $0.value, label: $0.label.value) })
        case StoredCriterionKind.multipleChoice:
            kind = .multipleChoice((item.choices ?? []).map {
                Choice(id: $0.id, label: $0.label.value, points: $0.points, failsCritical: $0.failsCritical)
            })
        default:
            throw corrupt("criterion '\(item.id)' has unknown kind '\(item.kind)'")
        }
        var rule: CriticalRule?
        if let critical = item.critical {
            guard let criticalClass = CriticalClass(rawValue: critical.criticalClass),
                  let effect = CriticalEffect(rawValue: critical.effect) else {
                throw corrupt("criterion '\(item.id)' has unknown critical rule \(critical.criticalClass)/\(critical.effect)")
            }
            rule = CriticalRule(class: criticalClass, effect: effect)
        }
        return Criterion(id: item.id, label: item.label.value, guidance: item.guidance?.value, kind: kind, weight: item.weight,
                         naAllowed: item.naAllowed, critical: rule, bonusPoints: item.bonusPoints)
    }
}

/// The names `scorecard_criterion.kind` and the definition JSON use for criterion kinds.
enum StoredCriterionKind {
    static let yesNo = "yes-no"
    static let scale = "scale"
    static let multipleChoice = "multiple-choice"

    static func name(_ kind: CriterionKind) -> String {
        switch kind {
        case .yesNo: return yesNo
        case .scale: return scale
        case .multipleChoice: return multipleChoice
        }
    }
}
