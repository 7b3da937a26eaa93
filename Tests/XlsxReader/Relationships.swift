import Foundation

/// The relationships of one part, read from its `_rels/<name>.rels` sibling.
struct Relationships: Sendable {
    /// The part these relationships belong to ("" for the package root).
    let sourcePart: String
    /// Relationships in document order.
    let all: [Relationship]

    /// Reads the relationships of `sourcePart` ("" for the package's `_rels/.rels`); empty when there are none.
    init(of sourcePart: String, in package: ZipPackage) throws {
        let source = ZipPackage.normalized(sourcePart)
        self.sourcePart = source
        let relsPart = Self.relationshipsPart(of: source)
        guard let root = try package.xml(relsPart) else {
            all = []
            return
        }
        all = root.children("Relationship").compactMap { element in
            guard let id = element.attribute("Id"), let target = element.attribute("Target") else { return nil }
            return Relationship(
                id: id,
                type: element.attribute("Type") ?? "",
                target: target,
                isExternal: element.attribute("TargetMode")?.caseInsensitiveCompare("External") == .orderedSame)
        }
    }

    /// The relationship with this id.
    subscript(id: String) -> Relationship? {
        all.first { $0.id == id }
    }

    /// The first relationship whose type ends in `lastComponent`.
    func first(ofType lastComponent: String) -> Relationship? {
        all.first { $0.hasType(lastComponent) }
    }

    /// The package part a relationship points to, resolving "../" and absolute targets.
    func partName(of relationship: Relationship) -> String {
        Self.resolve(relationship.target, from: sourcePart)
    }

    /// "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels"; "" -> "_rels/.rels".
    static func relationshipsPart(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        return "\(part[..<slash])/_rels/\(part[part.index(after: slash)...]).rels"
    }

    /// Resolves a target relative to the folder of `sourcePart`, or from the root when it starts with "/".
    static func resolve(_ target: String, from sourcePart: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var segments: [Substring]
        if decoded.hasPrefix("/") {
            segments = []
        } else {
            segments = sourcePart.split(separator: "/", omittingEmptySubsequences: true)
            if !segments.isEmpty { segments.removeLast() }  // the source's file name
        }
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
