/// One `<Relationship>` from a `.rels` part.
struct Relationship: Sendable {
    var id: String
    /// The relationship type URI, such as ".../relationships/worksheet".
    var type: String
    /// The target as written: relative, absolute ("/xl/..."), or an external URL.
    var target: String
    /// True for `TargetMode="External"` (hyperlinks to URLs, linked files).
    var isExternal: Bool

    /// Whether the type URI ends in this last path component ("worksheet", "chart", ...).
    ///
    /// Matching the last component accepts both transitional and strict (purl.oclc.org) URIs.
    func hasType(_ lastComponent: String) -> Bool {
        type.split(separator: "/").last.map(String.init) == lastComponent
    }
}
