import CXlsxWriter

/// Copies a ``CellStyle`` onto a libxlsxwriter format.
enum StyleApplier {
    static func apply(_ style: CellStyle, to format: UnsafeMutablePointer<lxw_format>) {
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if let color = style.fontColor { format_set_font_color(format, color.libraryValue) }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fill.libraryValue)
        }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        switch style.horizontalAlignment {
        case .left?: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center?: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right?: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case nil: break
        }
        switch style.verticalAlignment {
        case .top?: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .center?: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        case .bottom?: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue))
        case nil: break
        }
        if style.wrapsText { format_set_text_wrap(format) }
        if style.indent > 0 { format_set_indent(format, UInt8(min(style.indent, 15))) }
        if style.border != .none {
            format_set_border(format, borderValue(style.border))
            if let color = style.borderColor { format_set_border_color(format, color.libraryValue) }
        }
        if style.bottomBorder != .none {
            format_set_bottom(format, borderValue(style.bottomBorder))
            if let color = style.borderColor { format_set_bottom_color(format, color.libraryValue) }
        }
    }

    static func borderValue(_ border: CellStyle.Border) -> UInt8 {
        switch border {
        case .none: UInt8(LXW_BORDER_NONE.rawValue)
        case .thin: UInt8(LXW_BORDER_THIN.rawValue)
        case .medium: UInt8(LXW_BORDER_MEDIUM.rawValue)
        case .thick: UInt8(LXW_BORDER_THICK.rawValue)
        }
    }
}
