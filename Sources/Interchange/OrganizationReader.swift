import Foundation
import Organization

/// Reads organisation files, YAML or CSV, into one ``OrganizationDocument``.
///
/// ```swift
/// let document = try OrganizationReader.read(contentsOf: [
///     URL(fileURLWithPath: "org/structure.yaml"), URL(fileURLWithPath: "org/people.csv"),
/// ])
/// ```
///
/// YAML files (`.yaml`, `.yml`) may hold any section of ``OrganizationYAMLFile``; a CSV file
/// holds one kind, told by its header (``OrganizationCSVKind``). Layouts: docs/organization.md.
public enum OrganizationReader {
    /// Reads the files in order and merges them; the first file that cannot be read is the error.
    public static func read(contentsOf urls: [URL]) throws(OrganizationFileError) -> OrganizationDocument {
        var document = OrganizationDocument()
        for url in urls { document.merge(try read(contentsOf: url)) }
        return document
    }

    /// Reads one file; messages name it by its path as given.
    public static func read(contentsOf url: URL) throws(OrganizationFileError) -> OrganizationDocument {
        let name = FileAccess.displayName(of: url)
        switch url.pathExtension.lowercased() {
        case "yaml", "yml":
            do {
                var document = try YAMLLoader.decode(OrganizationYAMLFile.self, from: url).document
                document.sources = [name]
                return document
            } catch {
                throw .file(error)
            }
        case "csv":
            let csv: CSVDocument
            do {
                csv = try CSVReader.read(contentsOf: url)
            } catch {
                throw .file(error)
            }
            return try OrganizationCSVReader.read(csv)
        default:
            // Read it anyway so a missing file is reported as missing, not as the wrong kind.
            do { _ = try FileAccess.read(url) } catch { throw .file(error) }
            throw .unsupportedFormat(file: name)
        }
    }

    /// Parses YAML text; `source` names it in messages and locations.
    public static func parse(yaml: String, source: String) throws(OrganizationFileError) -> OrganizationDocument {
        do {
            var document = try YAMLLoader.decode(OrganizationYAMLFile.self, yaml: yaml, source: source).document
            document.sources = [source]
            return document
        } catch {
            throw .file(error)
        }
    }

    /// Parses CSV text; `source` names it in messages and locations.
    public static func parse(csv: String, source: String) throws(OrganizationFileError) -> OrganizationDocument {
        let document: CSVDocument
        do {
            document = try CSVReader.parse(csv, source: source)
        } catch {
            throw .file(error)
        }
        return try OrganizationCSVReader.read(document)
    }
}
