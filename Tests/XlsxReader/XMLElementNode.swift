import Foundation

/// A small, immutable XML element tree for the short parts of a package (workbook, rels, styles, charts).
///
/// Names are local names (prefixes stripped), so `c:barChart` and a default-namespace `barChart`
/// read alike; attributes keep their names as written and are looked up by local name.
struct XMLElementNode: Sendable {
    /// The element's local name, such as "sheet" for `<x:sheet>`.
    var name: String
    /// Attributes keyed by their qualified name as written ("r:id", "name").
    var attributes: [String: String]
    /// Child elements in document order.
    var children: [XMLElementNode] = []
    /// The character data directly inside this element, concatenated.
    var text: String = ""

    /// The value of the attribute with this local name: `attribute("id")` finds `r:id`.
    func attribute(_ localName: String) -> String? {
        if let value = attributes[localName] { return value }
        for (key, value) in attributes where key.hasSuffix(localName) {
            let prefixLength = key.utf8.count - localName.utf8.count
            guard prefixLength > 0 else { continue }
            let prefix = key.utf8.prefix(prefixLength)
            if prefix.last == UInt8(ascii: ":"), !key.hasPrefix("xmlns:") { return value }
        }
        return nil
    }

    /// The first child with this local name.
    func child(_ name: String) -> XMLElementNode? {
        children.first { $0.name == name }
    }

    /// All children with this local name.
    func children(_ name: String) -> [XMLElementNode] {
        children.filter { $0.name == name }
    }

    /// The first element with this local name below this one, searching depth-first in document order.
    func firstDescendant(_ name: String) -> XMLElementNode? {
        for child in children {
            if child.name == name { return child }
            if let found = child.firstDescendant(name) { return found }
        }
        return nil
    }

    /// All elements with this local name below this one, in document order.
    func descendants(_ name: String) -> [XMLElementNode] {
        var found: [XMLElementNode] = []
        collect(name, into: &found)
        return found
    }

    /// The `val` attribute of the child with this name: `<c:barDir val="col"/>` gives "col".
    func childValue(_ name: String) -> String? {
        child(name)?.attribute("val")
    }

    /// Reads a part into a tree, or throws `XlsxReaderError.malformedXML` naming the part.
    static func parse(_ data: Data, part: String) throws -> XMLElementNode {
        let builder = XMLTreeBuilder(part: part)
        try builder.run(data)
        guard let root = builder.root else {
            throw XlsxReaderError.malformedXML(part: part, line: 0, reason: "no root element")
        }
        return root
    }

    private func collect(_ name: String, into found: inout [XMLElementNode]) {
        for child in children {
            if child.name == name { found.append(child) }
            child.collect(name, into: &found)
        }
    }
}
