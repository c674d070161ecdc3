@testable import TorvKit

extension MessageTriggers {
    /// The minimal site's site.yaml with `old` replaced by `new`.
    fileprivate static func siteYAML(replacing old: String, with new: String) -> [String: String] {
        ["content/site.yaml": TestSite.siteYAML.replacingOccurrences(of: old, with: new)]
    }

    /// The line after the last one of the real Danish interface texts.
    fileprivate static var danishUIStringsEnd: Int {
        (TestSite.uiStrings["content/i18n/da.yaml"] ?? "").split(separator: "\n", omittingEmptySubsequences: false).count
    }

    /// The line after the last one of the real English interface texts, where a missing key is reported.
    fileprivate static var englishUIStringsEnd: Int {
        (TestSite.uiStrings["content/i18n/en.yaml"] ?? "").split(separator: "\n", omittingEmptySubsequences: false).count
    }

    /// The real interface texts of both languages with `change` applied to each file.
    fileprivate static func uiStrings(_ change: (String) -> String) -> [String: String] {
        TestSite.uiStrings.mapValues(change)
    }

    /// The real English interface texts with the line starting `key:` replaced.
    fileprivate static func englishUIStrings(setting key: String, to line: String) -> [String: String] {
        let text = TestSite.uiStrings["content/i18n/en.yaml"] ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix(key + ":") ? Substring(line) : $0 }
        return ["content/i18n/en.yaml": lines.joined(separator: "\n")]
    }

    /// The line of `key` in the real English interface texts, where a wrong value is reported.
    fileprivate static func englishUIStringsLine(_ key: String) -> Int {
        let lines = (TestSite.uiStrings["content/i18n/en.yaml"] ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.hasPrefix(key + ":") } ?? 0) + 1
    }

    static let site: [MessageTrigger] = [
        MessageTrigger(
            entry: "noContentFolder()",
            removed: ["content"],
            expected: "content: error: no-content",
            fragment: "the content folder does not exist"),
        MessageTrigger(
            entry: "noSiteConfig()",
            removed: ["content/site.yaml"],
            expected: "content/site.yaml: error: no-site-config",
            fragment: "site.yaml is missing"),
        MessageTrigger(
            entry: "pageFileName(name:languages:)",
            files: ["content/strategi/noter.md": "---\ntitle: Noter\nsummary: Noter.\n---\n"],
            expected: "content/strategi/noter.md: error: page-name",
            fragment: "must end in `.da.md` or `.en.md`"),
        MessageTrigger(
            entry: "unusedFile(pageSuffix:mediaFolder:)",
            files: ["content/strategi/noter.txt": "Husk at skrive handlingerne.\n"],
            expected: "content/strategi/noter.txt: warning: unused-file",
            fragment: "not used by the site"),
        MessageTrigger(
            entry: "storyThemesMissing()",
            base: .sections,
            removed: ["content/stories/themes.yaml"],
            expected: "content/stories/themes.yaml: error: themes-missing",
            fragment: "themes are not defined"),
        MessageTrigger(
            entry: "siteBadLanguage(found:)",
            files: siteYAML(replacing: "languages: [da, en]", with: "languages: [da, Engelsk]"),
            expected: "content/site.yaml:2:17: error: bad-language",
            fragment: "but this is `Engelsk`"),
        MessageTrigger(
            entry: "siteLanguageTwice(language:)",
            files: siteYAML(replacing: "languages: [da, en]", with: "languages: [da, en, da]"),
            expected: "content/site.yaml:2:21: error: bad-language",
            fragment: "the language `da` is listed twice"),
        MessageTrigger(
            entry: "siteBaseURLScheme()",
            files: siteYAML(replacing: "base_url: https://example.dk/", with: "base_url: example.dk"),
            expected: "content/site.yaml:1:11: error: bad-url",
            fragment: "must start with https://"),
        MessageTrigger(
            entry: "siteBaseURLInvalid(problem:)",
            files: siteYAML(replacing: "base_url: https://example.dk/", with: "base_url: \"https://example.dk/\\r\\nATTACH:https://evil.example/x\""),
            expected: "content/site.yaml:1:11: error: bad-url",
            fragment: "it contains a line break"),
        MessageTrigger(
            entry: "siteMissingContact()",
            files: siteYAML(replacing: "  phone: \"+45 11 22 33 44\"\n  email: kontakt@example.dk\n", with: ""),
            expected: "content/site.yaml:7:3: error: missing-contact",
            fragment: "needs a `phone` or an `email`"),
        MessageTrigger(
            entry: "siteNoAccessibilityStatement()",
            files: siteYAML(replacing: "accessibility_statement: https://was.digst.dk/example-dk\n", with: ""),
            expected: "content/site.yaml:1:1: error: missing-accessibility-statement",
            fragment: "no `accessibility_statement`"),
        MessageTrigger(
            entry: "noUIStrings(language:copyFrom:)",
            removed: ["content/i18n/en.yaml"],
            expected: "content/i18n/en.yaml: error: no-ui-strings",
            fragment: "the interface texts for `en` are missing"),
        MessageTrigger(
            entry: "uiStringNotText(key:)",
            files: ["content/i18n/da.yaml": "ekstra: [Ekstra, tekst]\n" + (TestSite.uiStrings["content/i18n/da.yaml"] ?? "")],
            expected: "content/i18n/da.yaml:1:9: error: ui-string-type",
            fragment: "the UI string `ekstra` must be a single text"),
        MessageTrigger(
            entry: "uiStringEmpty(key:)",
            files: ["content/i18n/da.yaml": "ekstra:\n" + (TestSite.uiStrings["content/i18n/da.yaml"] ?? "")],
            expected: "content/i18n/da.yaml:1:1: error: ui-string-empty",
            fragment: "the UI string `ekstra` is empty"),
        MessageTrigger(
            entry: "uiStringMissing(key:language:definedIn:line:)",
            files: ["content/i18n/da.yaml": "ekstra: Ekstra tekst\n" + (TestSite.uiStrings["content/i18n/da.yaml"] ?? "")],
            expected: "content/i18n/en.yaml:\(englishUIStringsEnd):1: error: ui-string-missing",
            fragment: "the UI string `ekstra` has no English text in this file (it is defined in"),
            MessageTrigger(
            entry: "uiStringRequired(key:language:)",
            files: uiStrings { text in
                text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("date_long:") }.joined(separator: "\n")
            },
            expected: "content/i18n/da.yaml:\(danishUIStringsEnd - 1):1: error: ui-string-required",
            fragment: "the UI string `date_long` is missing: Torv needs it in every language (it says how dates are written)"),
        MessageTrigger(
            entry: "uiStringFormat(key:rule:)",
            files: englishUIStrings(setting: "date_long", to: "date_long: \"{day} {month}\""),
            expected: "content/i18n/en.yaml:\(englishUIStringsLine("date_long")):1: error: ui-string-format",
            fragment: "the UI string `date_long` lacks `{year}`"),
    ]
}
