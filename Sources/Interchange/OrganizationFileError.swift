/// Why an organisation file cannot be read: the file itself (unreadable, malformed CSV or YAML,
/// a wrong value, an unknown key), or a file Headset cannot tell the kind of.
///
/// Problems with the organisation the files describe (unknown references, overlaps, cycles) are
/// found afterwards by validation and reported with the same file and line.
public enum OrganizationFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A CSV or YAML problem, with its file, line and column or field.
    case file(InterchangeError)
    /// Neither `.yaml`/`.yml` nor `.csv`.
    case unsupportedFormat(file: String)
    /// A CSV header that matches no organisation file kind.
    case unrecognisedCSV(file: String, header: [String])

    public var description: String {
        switch self {
        case .file(let error):
            return error.description
        case .unsupportedFormat(let file):
            return "\(file): organisation files are YAML (.yaml, .yml) or CSV (.csv)"
        case let .unrecognisedCSV(file, header):
            return "\(file):1: cannot tell what the file holds from its header ("
                + header.map { "'\(InterchangeError.quoted($0))'" }.joined(separator: ", ")
                + "); expected people (key, name), title assignments (person, title, valid_from), "
                + "reporting lines (person, manager, valid_from) or positions (key, title, valid_from)"
        }
    }
}
