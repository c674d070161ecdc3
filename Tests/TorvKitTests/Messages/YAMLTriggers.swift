@testable import TorvKit

extension MessageTriggers {
    /// A page of the minimal site, replaced by `text`: the usual place for a broken front matter.
    static let loadingPage = "content/strategi/handlinger.da.md"

    static let yaml: [MessageTrigger] = [
        MessageTrigger(
            entry: "yamlTab()",
            files: [loadingPage: "---\ntitle: Handlinger\n\tsummary: Seks handlinger.\n---\n"],
            expected: "\(loadingPage):3:1: error: yaml-tab",
            fragment: "indented with a tab"),
        MessageTrigger(
            entry: "yamlSyntax(problem:context:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: Vision: et godt liv\n---\n"],
            expected: "\(loadingPage):3:16: error: yaml-syntax",
            fragment: "mapping values are not allowed"),
        MessageTrigger(
            entry: "yamlMissingColon()",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary Seks handlinger.\nweight: 1\n---\n"],
            expected: "\(loadingPage):3:1: error: yaml-syntax",
            fragment: "no `:` between the key and the value"),
        MessageTrigger(
            entry: "yamlUnclosedQuote()",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: \"Seks handlinger.\nweight: 1\n---\n"],
            expected: "\(loadingPage):3:10: error: yaml-syntax",
            fragment: "closing quote is missing"),
        MessageTrigger(
            entry: "yamlUnclosedBracket(opening:)",
            files: [loadingPage: "---\ntitle: [Udkast, Handlinger\nsummary: Seks handlinger.\n---\n"],
            expected: "\(loadingPage):2:8: error: yaml-syntax",
            fragment: "never closed with `]`"),
        MessageTrigger(
            entry: "yamlUnreadable(detail:)",
            // A control character (BEL), as pasted from some programs.
            files: [loadingPage: "---\ntitle: Hand\u{7}linger\nsummary: Seks handlinger.\n---\n"],
            expected: "\(loadingPage):2:12: error: yaml-syntax",
            fragment: "control characters"),
        MessageTrigger(
            entry: "yamlDuplicateKey(keys:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: Seks handlinger.\ntitle: Seks handlinger\n---\n"],
            expected: "\(loadingPage):4:1: error: yaml-duplicate-key",
            fragment: "the key `title` appears more than once"),
        MessageTrigger(
            entry: "yamlRootNotMapping(what:kind:)",
            files: [loadingPage: "---\n- Handlinger\n- Seks handlinger.\n---\n"],
            expected: "\(loadingPage):2:1: error: yaml-type",
            fragment: "the front matter must consist of `key: value` lines, but this is a list"),
        MessageTrigger(
            entry: "yamlItemNotMapping(key:kind:)",
            files: ["content/site.yaml": TestSite.siteYAML.replacingOccurrences(
                of: "  - page: strategi/index\n    title: {da: Strategi, en: Strategy}\n", with: "  - [strategi/index]\n")],
            expected: "content/site.yaml:14:5: error: yaml-type",
            fragment: "each item under `navigation`"),
        MessageTrigger(
            entry: "yamlWrongType(key:expected:found:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: Seks handlinger.\nweight: ti\n---\n"],
            expected: "\(loadingPage):4:9: error: yaml-type",
            fragment: "`weight` must be a whole number, like `10`, but is `ti`"),
        MessageTrigger(
            entry: "yamlMissingKey(key:)",
            files: [loadingPage: "---\ntitle: Handlinger\n---\n"],
            expected: "\(loadingPage):2:1: error: missing-key",
            fragment: "`summary` is missing"),
        MessageTrigger(
            entry: "yamlUnknownKey(key:in:known:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: Seks handlinger.\nsumary: Seks.\n---\n"],
            expected: "\(loadingPage):4:1: error: unknown-key",
            fragment: "unknown key `sumary` in the front matter"),
        MessageTrigger(
            entry: "yamlEmptyValue(key:comment:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: # Seks handlinger\n---\n"],
            expected: "\(loadingPage):3:9: error: missing-value",
            fragment: "`summary` is empty"),
        MessageTrigger(
            entry: "yamlBadDateFormat(key:text:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: Seks handlinger.\ndate: 14-03-2025\n---\n"],
            expected: "\(loadingPage):4:7: error: bad-date",
            fragment: "must be a date written as YYYY-MM-DD"),
        MessageTrigger(
            entry: "yamlNonexistentDate(key:text:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: Seks handlinger.\ndate: 2025-02-30\n---\n"],
            expected: "\(loadingPage):4:7: error: bad-date",
            fragment: "a date that does not exist"),
        MessageTrigger(
            entry: "yamlMissingTranslation(key:language:severity:)",
            files: ["content/site.yaml": TestSite.siteYAML.replacingOccurrences(of: "  en: Test site\n", with: "")],
            expected: "content/site.yaml:4:3: error: missing-translation",
            fragment: "`title` has no English text (`en`)"),
        MessageTrigger(
            entry: "yamlUnusableCharacter(key:code:)",
            files: ["content/strategi/handlinger.da.md": "---\ntitle: \"Handlinger\\uFFFE\"\nsummary: S.\n---\n"],
            expected: "content/strategi/handlinger.da.md:2:8: warning: unusable-character",
            fragment: "`title` contains U+FFFE"),
    ]
}
