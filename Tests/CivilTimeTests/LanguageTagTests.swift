import CivilTime
import Testing

@Suite("Language tags")
struct LanguageTagTests {
    /// Case conventions of RFC 5646 §2.1.1: language lower, script title, region upper case.
    @Test("tags are spelt in RFC 5646 case with hyphens", arguments: [
        ("lt", "lt"), ("LT", "lt"), ("lt-LT", "lt-LT"), ("lt-lt", "lt-LT"), ("LT_lt", "lt-LT"), ("lt_LT", "lt-LT"),
        ("sr_latn_rs", "sr-Latn-RS"), ("SR-LATN-RS", "sr-Latn-RS"), ("nb-NO", "nb-NO"), ("es-419", "es-419"),
        ("de-CH-1996", "de-CH-1996"), ("fil", "fil"),
    ])
    func normalisedCase(tag: String, expected: String) {
        #expect(LanguageTag.normalised(tag) == expected)
    }

    @Test("surrounding whitespace is dropped and spaces, underscores and doubled separators split subtags")
    func separators() {
        #expect(LanguageTag.normalised("  lt-LT ") == "lt-LT")
        #expect(LanguageTag.normalised("\tlv\t") == "lv")
        #expect(LanguageTag.normalised("lt LT") == "lt-LT")
        #expect(LanguageTag.normalised("lt--LT") == "lt-LT")
        #expect(LanguageTag.normalised("_hr_") == "hr")
    }

    @Test("a tag with no subtag at all normalises to the empty string")
    func empty() {
        #expect(LanguageTag.normalised("") == "")
        #expect(LanguageTag.normalised("  ") == "")
        #expect(LanguageTag.normalised("-_") == "")
    }

    @Test("normalising twice changes nothing", arguments: ["LT_lt", "sr_latn_rs", " nb-no ", "en"])
    func idempotent(tag: String) {
        let once = LanguageTag.normalised(tag)
        #expect(LanguageTag.normalised(once) == once)
    }

    @Test("the language of a tag is its first subtag", arguments: [
        ("lt-LT", "lt"), ("sr-Latn-RS", "sr"), ("en", "en"), ("", ""),
    ])
    func language(tag: String, expected: String) {
        #expect(LanguageTag.language(of: tag) == expected)
    }
}
