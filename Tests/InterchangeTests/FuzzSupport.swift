import Foundation
import Randomness

/// Seeds and random inputs for the fuzz tests.
///
/// Every case runs from its own seed, printed with any failure; set `HEADSET_FUZZ_SEED` to a
/// different base to explore new cases, or to a printed seed (with one case) to replay one.
enum Fuzz {
    static let baseSeed: UInt64 = ProcessInfo.processInfo.environment["HEADSET_FUZZ_SEED"]
        .flatMap { UInt64($0) } ?? 20_250_330

    /// The seed of case `index` in a test identified by `stream`.
    static func seed(_ stream: UInt64, _ index: Int) -> UInt64 {
        baseSeed &+ stream &* 1_000_003 &+ UInt64(index)
    }

    /// Bytes that are mostly CSV and YAML punctuation, some UTF-8, some invalid, some anything.
    static func randomBytes(_ rng: inout SplitMix64) -> [UInt8] {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("7".utf8), Array(",".utf8), Array(";".utf8), Array("\t".utf8),
            Array("\"".utf8), Array("\"\"".utf8), Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8),
            Array(" ".utf8), Array(":".utf8), Array("- ".utf8), Array("[".utf8), Array("{".utf8),
            Array("'".utf8), Array("#".utf8), Array("&x".utf8), Array("*x".utf8), Array("Ž".utf8),
            [0xEF, 0xBB, 0xBF], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98], [0x00],
        ]
        var bytes: [UInt8] = []
        let length = Int.random(in: 0...60, using: &rng)
        for _ in 0..<length {
            if Int.random(in: 0..<10, using: &rng) == 0 {
                bytes.append(UInt8.random(in: 0...255, using: &rng))
            } else {
                bytes += pieces.randomElement(using: &rng) ?? []
            }
        }
        return bytes
    }

    /// `text` with one to four random edits: inserted punctuation, line breaks and bad bytes,
    /// deleted bytes, duplicated lines.
    static func mutateCSV(_ text: String, _ rng: inout SplitMix64) -> [UInt8] {
        var bytes = Array(text.utf8)
        let insertions: [[UInt8]] = [
            Array("\"".utf8), Array(",".utf8), Array(";".utf8), Array("\t".utf8), Array("\n".utf8),
            Array("\r\n".utf8), Array("\r".utf8), Array("\"\"".utf8), Array(",\"".utf8), Array("\"\n".utf8),
            [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], Array("ø".utf8),
        ]
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let position = Int.random(in: 0...bytes.count, using: &rng)
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6:
                bytes.insert(contentsOf: insertions.randomElement(using: &rng) ?? [], at: position)
            case 6..<8 where !bytes.isEmpty:
                let start = min(position, bytes.count - 1)
                bytes.removeSubrange(start..<min(bytes.count, start + Int.random(in: 1...3, using: &rng)))
            case 8 where !bytes.isEmpty:
                let start = min(position, bytes.count - 1)
                let end = min(bytes.count, start + Int.random(in: 1...12, using: &rng))
                bytes.insert(contentsOf: bytes[start..<end], at: Int.random(in: 0...bytes.count, using: &rng))
            default:
                bytes = Array(bytes.prefix(position))
            }
        }
        return bytes
    }

    /// `text` with one to four random edits that matter to YAML: indicators, quotes, anchors,
    /// tabs, line breaks (including the Unicode ones), control characters, deletions.
    static func mutateYAML(_ text: String, _ rng: inout SplitMix64) -> String {
        var scalars = Array(text.unicodeScalars)
        let insertions = [
            ": ", "- ", " ", "  ", "\n", "\r\n", "\t", "[", "]", "{", "}", ",", "\"", "'", "&a ", "*a", "#",
            "? ", "|", ">", "!!int ", "!!str ", "---\n", "...\n", "~", "%YAML 1.1\n", "\u{01}", "é",
            "\u{2028}", "\u{85}", "<<: *a\n", "null", "true", "0x", "1e9",
        ]
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let position = Int.random(in: 0...scalars.count, using: &rng)
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6:
                let insertion = insertions.randomElement(using: &rng) ?? ""
                scalars.insert(contentsOf: insertion.unicodeScalars, at: position)
            case 6..<9 where !scalars.isEmpty:
                let start = min(position, scalars.count - 1)
                scalars.removeSubrange(start..<min(scalars.count, start + Int.random(in: 1...4, using: &rng)))
            default:
                var lines = String(String.UnicodeScalarView(scalars)).components(separatedBy: "\n")
                if lines.count > 1 {
                    let line = lines.remove(at: Int.random(in: 0..<lines.count, using: &rng))
                    lines.insert(line, at: Int.random(in: 0...lines.count, using: &rng))
                }
                scalars = Array(lines.joined(separator: "\n").unicodeScalars)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// A random field from characters that stress CSV quoting and Unicode.
    static func randomField(_ rng: inout SplitMix64) -> String {
        let alphabet: [String] = [
            "a", "Z", "7", ",", ";", "\"", "\n", "\r", "\r\n", " ", "\t", "Ž", "ø", "–", "Ļ", "e\u{0301}", "😀", "#",
        ]
        var field = ""
        for _ in 0..<Int.random(in: 0...8, using: &rng) {
            field += alphabet.randomElement(using: &rng) ?? ""
        }
        return field
    }
}
