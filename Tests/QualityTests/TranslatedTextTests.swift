import Testing
@testable import Quality

@Suite("Translated labels")
struct TranslatedTextTests {
    private let title = TranslatedText("Verify identity", translations: [
        "lt": "Patikrinti tapatybę", "lv": "Pārbaudīt identitāti", "hr": "Provjeriti identitet", "nb": "Bekreft identitet",
    ])

    @Test("a language code finds its translation, regions and case ignored", arguments: [
        ("lt", "Patikrinti tapatybę"), ("LT_lt", "Patikrinti tapatybę"), ("lv-LV", "Pārbaudīt identitāti"),
        ("hr", "Provjeriti identitet"), ("nb", "Bekreft identitet"),
    ])
    func found(code: String, expected: String) {
        #expect(title.text(for: code) == expected)
    }

    @Test("Norwegian codes stand in for each other, and anything else falls back to the original")
    func fallbacks() {
        #expect(title.text(for: "no") == "Bekreft identitet")
        #expect(title.text(for: "nn-NO") == "Bekreft identitet")
        #expect(title.text(for: "de") == "Verify identity")
        #expect(title.text(for: "en") == "Verify identity")
    }

    @Test("an empty translation falls back instead of showing nothing")
    func emptyFallsBack() {
        let text = TranslatedText("Greeting", translations: ["lt": ""])
        #expect(text.text(for: "lt") == "Greeting")
    }

    @Test("language codes are checked for shape", arguments: [
        ("en", true), ("nb-NO", true), ("sr-Latn-RS", true), ("english", false), ("e", false), ("lt-", false),
    ])
    func codeShape(code: String, valid: Bool) {
        #expect(TranslatedText.isValidCode(code) == valid)
    }
}
