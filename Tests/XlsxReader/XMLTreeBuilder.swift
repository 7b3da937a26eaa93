import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Assembles an `XMLElementNode` tree from a part.
final class XMLTreeBuilder: PartParser {
    private(set) var root: XMLElementNode?
    private var stack: [XMLElementNode] = []

    override func startElement(_ name: String, attributes: [String: String], parser: XMLParser) {
        stack.append(XMLElementNode(name: name, attributes: attributes))
    }

    override func endElement(_ name: String, parser: XMLParser) {
        guard let finished = stack.popLast() else { return }
        if stack.isEmpty {
            root = finished
        } else {
            stack[stack.count - 1].children.append(finished)
        }
    }

    override func characters(_ string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }
}
