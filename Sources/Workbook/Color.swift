/// An sRGB colour, written as `#RRGGBB` in Excel's files.
public struct Color: Hashable, Sendable, CustomStringConvertible {
    /// The 24-bit value `0xRRGGBB`.
    public let rgb: UInt32

    public init(rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }

    /// A colour from `#1F4E78` or `1F4E78`; nil when the text is not six hex digits.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(rgb: value)
    }

    public var description: String {
        let hex = String(rgb, radix: 16, uppercase: true)
        return "#" + String(repeating: "0", count: 6 - hex.count) + hex
    }

    /// libxlsxwriter reads 0 as "unset", so black has its own marker value.
    var libraryValue: UInt32 { rgb == 0 ? 0x100_0000 : rgb }

    public static let black = Color(rgb: 0x000000)
    public static let white = Color(rgb: 0xFFFFFF)
    /// Header fill: a dark blue that keeps white text readable (contrast 9:1).
    public static let headerBlue = Color(rgb: 0x1F4E78)
    public static let lightBlue = Color(rgb: 0xDDEBF7)
    public static let lightGrey = Color(rgb: 0xF2F2F2)
    public static let midGrey = Color(rgb: 0xBFBFBF)
    /// Excel's own "good / neutral / bad" palette, which managers already read at a glance.
    public static let good = Color(rgb: 0x63BE7B)
    public static let neutral = Color(rgb: 0xFFEB84)
    public static let bad = Color(rgb: 0xF8696B)
    public static let goodFill = Color(rgb: 0xC6EFCE)
    public static let goodText = Color(rgb: 0x006100)
    public static let badFill = Color(rgb: 0xFFC7CE)
    public static let badText = Color(rgb: 0x9C0006)
    public static let neutralFill = Color(rgb: 0xFFEB9C)
    public static let neutralText = Color(rgb: 0x9C5700)
    public static let chartBlue = Color(rgb: 0x4472C4)
    public static let chartOrange = Color(rgb: 0xED7D31)
    public static let chartGreen = Color(rgb: 0x70AD47)
    public static let chartGrey = Color(rgb: 0xA5A5A5)
}
