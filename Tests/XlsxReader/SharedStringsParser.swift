import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams xl/sharedStrings.xml into an array of strings, indexed as cells' `t="s"` values.
///
/// Rich-text runs (`<r><t>`) are concatenated; phonetic hints (`<rPh>`) are skipped; whitespace is kept.
final class SharedStringsParser: PartParser {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    /// Reads the shared-string table of a part.
    static func parse(_ data: Data, part: String) throws -> [String] {
        let parser = SharedStringsParser(part: part)
        try parser.run(data)
        return parser.strings
    }

    override func startElement(_ name: String, attributes: [String: String], parser: XMLParser) {
        switch name {
        case "si":
            inItem = true
            current = ""
        case "rPh":
            phoneticDepth += 1
        case "t":
            inText = inItem && phoneticDepth == 0
        default:
            break
        }
    }

    override func endElement(_ name: String, parser: XMLParser) {
        switch name {
        case "si":
            strings.append(SpreadsheetText.unescape(current))
            inItem = false
        case "rPh":
            phoneticDepth -= 1
        case "t":
            inText = false
        default:
            break
        }
    }

    override func characters(_ string: String) {
        if inText { current += string }
    }
}
