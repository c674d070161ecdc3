import Yams

/// Messages about reading YAML in any file: syntax, tabs, duplicate keys, the kind of each value,
/// missing and unknown keys, empty values, dates and texts missing in one language.
extension Message {
    // MARK: Syntax

    static func yamlTab() -> Message {
        .error(.yamlTab, "this line is indented with a tab; YAML only allows spaces for indentation",
            hint: "replace the tab with spaces, so the line starts in the same column as the lines it belongs with")
    }

    /// A syntax error as the YAML reader words it (`problem`, with the `context` it was read in).
    static func yamlSyntax(problem: String, context: String?) -> Message {
        // libyaml's own words where they would only confuse an editor.
        if problem.contains("nesting level") {
            return .error(.yamlSyntax, "the YAML is not valid here: it is nested too deeply", hint: yamlSyntaxHint(for: problem))
        }
        if problem.contains("another document") {
            return .error(.yamlSyntax, "the YAML is not valid here: a second document starts here, and a file holds only one",
                hint: yamlSyntaxHint(for: problem))
        }
        let detail = context.map { " (\($0))" } ?? ""
        return .error(.yamlSyntax, "the YAML is not valid here: \(problem)\(detail)", hint: yamlSyntaxHint(for: problem))
    }

    static func yamlMissingColon() -> Message {
        .error(.yamlSyntax, "the YAML is not valid here: this line has no `:` between the key and the value",
            hint: "write `key: value` with a colon and a space; if this line belongs to the page text, the closing `---` of the front matter above it is missing")
    }

    static func yamlUnclosedQuote() -> Message {
        .error(.yamlSyntax, "a quoted value starts here but its closing quote is missing",
            hint: "add the closing quote at the end of the value, or remove the opening one")
    }

    /// A `[` or `{` opened here and not closed by its matching bracket.
    static func yamlUnclosedBracket(opening: String) -> Message {
        let closing = opening == "{" ? "}" : "]"
        return .error(.yamlSyntax, "the `\(opening)` that starts here is never closed with `\(closing)`",
            hint: "add `\(closing)` at the end of the value; if the value is a text that starts with `\(opening)`, put the whole value in double quotes, like `title: \"\(opening)Udkast\(closing) Strategi\"`")
    }

    /// The YAML reader gave up without saying where, for example on a control character.
    static func yamlUnreadable(detail: String) -> Message {
        .error(.yamlSyntax, "the YAML could not be read: \(detail)",
            hint: "look for an invisible or unusual character (often pasted from another program) and type that part again; save the file as plain UTF-8 text")
    }

    static func yamlDuplicateKey(keys: [String]) -> Message {
        let list = keys.map { "`\($0)`" }.joined(separator: ", ")
        return .error(.yamlDuplicateKey, "the key \(list) appears more than once in the same block",
            hint: "keep one of them and delete the other; YAML allows each key once")
    }

    // MARK: Kinds of values

    /// The whole file (or front matter) is not `key: value` lines; `kind` says what it is instead.
    static func yamlRootNotMapping(what: String, kind: String) -> Message {
        .error(.yamlType, "\(what) must consist of `key: value` lines, but this is \(kind)",
            hint: "write one setting per line, like `title: My page`")
    }

    /// An item of a `- ` list that must be a group of `key: value` lines.
    static func yamlItemNotMapping(key: String, kind: String) -> Message {
        .error(.yamlType, "each item under `\(key)` must be a group of `key: value` lines, but this is \(kind)",
            hint: "start each item with `- ` and put its settings below it, indented to line up: `- page: …` then `  title: …`")
    }

    /// A value of the wrong kind; `found` is how it reads (`` `ten` ``, `empty`, `a list`).
    static func yamlWrongType(key: String, expected: YAMLValueKind, found: String) -> Message {
        let text: String
        let hint: String
        switch expected {
        case .text:
            text = "a single text value"
            hint = "write the text on the same line: `\(key): …`; a text that starts with `[`, `{` or `- ` must be put in double quotes"
        case .wholeNumber:
            text = "a whole number, like `10`"
            hint = "write only the number, without units or decimals: `\(key): 10`"
        case .yesOrNo:
            text = "`true` or `false`"
            hint = "write `\(key): true` or `\(key): false` (`yes`/`no` and `ja`/`nej` work too)"
        case .group:
            text = "a group of `key: value` lines, indented below it"
            hint = "put each setting on its own line below `\(key):`, indented by two spaces"
        case .list:
            text = "a list, one `- ` item per line"
            hint = "put each item on its own line below `\(key):`, starting with `- `, or write them in brackets: `\(key): [a, b]`"
        case .localizedText:
            text = "a text, or one text per language (`da: …` and `en: …` below it)"
            hint = "write `\(key): …` with one text, or `\(key):` followed by the lines `  da: …` and `  en: …`"
        }
        return .error(.yamlType, "`\(key)` must be \(text), but is \(found)", hint: hint)
    }

    // MARK: Keys and values

    static func yamlMissingKey(key: String) -> Message {
        .error(.missingKey, "`\(key)` is missing",
            hint: "add a line `\(key): …` to this block, with the value after the colon")
    }

    /// A key nobody reads, in `what` (`the front matter`, `site.yaml`); `known` are the keys that are read there.
    static func yamlUnknownKey(key: String, in what: String, known: [String]) -> Message {
        .error(.unknownKey, "unknown key `\(key)` in \(what)",
            hint: known.isEmpty ? "delete this line; nothing else belongs here"
                : Suggestions.hint(for: key, in: known, noun: "known keys"))
    }

    /// A required value left empty; `comment` when the value starts with `#`, which YAML reads as a comment.
    static func yamlEmptyValue(key: String, comment: Bool) -> Message {
        .error(.missingValue, "`\(key)` is empty",
            hint: comment ? "in YAML a `#` after a space starts a comment, so the rest of the line is ignored; put the value in double quotes: `\(key): \"# …\"`"
                : "write the value after `\(key):` on the same line")
    }

    static func yamlBadDateFormat(key: String, text: String) -> Message {
        .error(.badDate, "`\(key)` must be a date written as YYYY-MM-DD, but is `\(text)`",
            hint: "write the year with four digits, then the month and the day with two digits each, separated by hyphens, for example `\(key): 2025-03-14`")
    }

    static func yamlNonexistentDate(key: String, text: String) -> Message {
        .error(.badDate, "`\(key)` is `\(text)`, a date that does not exist",
            hint: "check the month and the day: the date is written YYYY-MM-DD, and February has 28 days (29 in a leap year)")
    }

    /// A text given per language that lacks one of the site's languages.
    static func yamlMissingTranslation(key: String, language: String, severity: Diagnostic.Severity) -> Message {
        let name = LanguageNames.english(language)
        return .make(severity, .missingTranslation, "`\(key)` has no \(name) text (`\(language)`)",
            hint: "add the \(name) text to `\(key)`: `\(language): …` on its own line below it, or inside `{…}` on the same line")
    }
}

/// The kind of value a YAML key must have, as `Message.yamlWrongType` names it.
enum YAMLValueKind: Sendable {
    case text, wholeNumber, yesOrNo, group, list, localizedText
}

extension Node {
    /// What a node is, in words: `a single value`, `a list`…
    var kindDescription: String {
        switch self {
        case .scalar: return "a single value"
        case .mapping: return "a group of `key: value` lines"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// How a value reads in a message: its text in backquotes, `empty`, or what kind of node it is.
    var valueDescription: String {
        guard case .scalar(let scalar) = self else { return kindDescription }
        return scalar.isNull ? "empty" : "`\(scalar.string)`"
    }
}

/// A hint for a YAML syntax error, from the YAML reader's own words for the problem.
private func yamlSyntaxHint(for problem: String) -> String {
    if problem.contains("nesting level") {
        return "the value is nested too deeply (too many `[`, `{` or indentation levels); write it more simply"
    }
    if problem.contains("another document") {
        return "delete this `---` line: the lines below it belong with the ones above (or in a file of their own)"
    }
    if problem.contains("mapping values are not allowed") {
        return "a value that contains `: ` must be put in double quotes, like `title: \"Vision: et godt liv\"`; if the line is indented further than the one above, remove the extra spaces at its start"
    }
    if problem.contains("could not find expected ':'") {
        return "each line needs the form `key: value`; check for a missing colon or an unclosed quote on this or the line above"
    }
    if problem.contains("found character that cannot start any token") {
        return "a value cannot start with this character unless it is in double quotes"
    }
    if problem.contains("did not find expected key") || problem.contains("block end") {
        return "either there is text after a closing quote or bracket (put the whole value in double quotes, or use »…« inside it), or the indentation is uneven (keys at the same level must start in the same column)"
    }
    if problem.contains("alias") {
        return "a value that starts with `*`, `&`, `!`, `[`, `{`, `@` or a backquote must be put in double quotes, like `title: \"*Vigtigt* om strategien\"`"
    }
    if problem.contains("quoted scalar") {
        return "add the closing quote at the end of the value, or remove the opening one"
    }
    if problem.contains("flow") {
        return "a `[` or `{` is opened but never closed; add the closing bracket"
    }
    return "check this line and the one above for a missing colon, a stray quote or uneven indentation"
}

extension Message {
    /// A value with a character XML (the feeds, the sitemap) cannot hold; `code` is its hex code point.
    static func yamlUnusableCharacter(key: String, code: String) -> Message {
        .warning(.unusableCharacter, "`\(key)` contains U+\(code), an invisible character that feeds cannot hold; Torv leaves it out",
            hint: "delete the escape (like `\\u\(code)` or `\\x01`) from the value; to be sure, retype the value")
    }
}
