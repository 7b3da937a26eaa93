import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The base of every part parser: runs `XMLParser` and turns its quirks into `XlsxReaderError`s.
///
/// On Linux, `XMLParser` runs libxml2 in recover mode: `parse()` returns true after a mismatched end
/// tag and reports nothing for a document that simply stops. So the first reported error is kept and
/// element nesting is counted, and either fails the parse (swift-corelibs-foundation #5281).
/// Data is fed through an `InputStream` in chunks: one multi-megabyte chunk makes libxml2 fail with
/// error 1 (swift-corelibs-foundation #4851). Subclasses override the hooks.
class PartParser: NSObject, XMLParserDelegate {
    /// The part being parsed, for error messages.
    let part: String
    /// Set by `abort(_:_:)`; once set, no further hooks run.
    private(set) var abortError: XlsxReaderError?
    private var firstError: (code: Int, line: Int)?
    private var depth = 0

    init(part: String) {
        self.part = part
    }

    /// Parses `data` with namespace processing, so hooks see local names ("c" for `<x:c>`).
    final func run(_ data: Data) throws {
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let succeeded = parser.parse()
        parser.delegate = nil
        if let abortError { throw abortError }
        if let firstError {
            throw XlsxReaderError.malformedXML(part: part, line: firstError.line, reason: Self.describe(firstError.code))
        }
        if !succeeded {
            let code = (parser.parserError as NSError?)?.code ?? -1
            throw XlsxReaderError.malformedXML(part: part, line: parser.lineNumber, reason: Self.describe(code))
        }
        guard depth == 0 else {
            throw XlsxReaderError.malformedXML(
                part: part, line: parser.lineNumber, reason: "the document ends with \(depth) element(s) still open")
        }
    }

    /// Stops the parse with a content error.
    final func abort(_ parser: XMLParser, _ reason: String) {
        guard abortError == nil else { return }
        abortError = .invalidContent(part: part, reason: reason)
        parser.abortParsing()
    }

    // MARK: Hooks for subclasses

    func startElement(_ name: String, attributes: [String: String], parser: XMLParser) {}
    func endElement(_ name: String, parser: XMLParser) {}
    func characters(_ string: String) {}

    // MARK: XMLParserDelegate

    final func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        depth += 1
        if abortError == nil { startElement(elementName, attributes: attributeDict, parser: parser) }
    }

    final func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        if abortError == nil { endElement(elementName, parser: parser) }
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        if abortError == nil { characters(string) }
    }

    final func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if abortError == nil { characters(String(decoding: CDATABlock, as: UTF8.self)) }
    }

    final func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if firstError == nil { firstError = ((parseError as NSError).code, parser.lineNumber) }
    }

    final func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {
        if firstError == nil { firstError = ((validationError as NSError).code, parser.lineNumber) }
    }

    /// Words for the libxml2 error codes that Linux Foundation passes through (xmlerror.h).
    private static func describe(_ code: Int) -> String {
        let known: [Int: String] = [
            1: "libxml2 internal error",
            4: "the document is empty",
            5: "extra content after the root element",
            9: "invalid character",
            26: "undeclared entity",
            27: "undeclared entity",
            38: "unescaped '<' in an attribute value",
            39: "attribute value not started",
            40: "attribute value not finished",
            41: "attribute without value",
            64: "XML declaration not finished",
            68: "a name is required",
            73: "'>' expected",
            76: "start and end tags do not match",
            77: "element not finished before the end of the data",
        ]
        return known[code].map { "\($0) (libxml2 error \(code))" } ?? "XML parser error \(code)"
    }
}
