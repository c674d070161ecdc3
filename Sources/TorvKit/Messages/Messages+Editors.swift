/// Messages of the editors' commands: `torv new` (Scaffold) and `torv translations --mark`.
extension Message {
    // MARK: torv new

    static func scaffoldBadName(_ name: String, suggestion: String) -> Message {
        .error(.badName, "`\(name)` cannot be used as a name: use lowercase letters a–z, digits and hyphens",
            hint: "for example `\(suggestion)`; write æ, ø and å as ae, oe and aa, and put hyphens between the words")
    }

    /// A page name that is not a plain path inside content/ (`/tmp/x`, `om//os`, `om/`).
    static func scaffoldBadPath(_ name: String, suggestion: String) -> Message {
        .error(.badName, "`\(name)` cannot be used as a page name: it is a path inside content/, so it cannot start or end with `/` or hold `//`",
            hint: "write the path from content/, for example `\(suggestion)`")
    }

    /// A story or enterprise name with a `/`: its name is one file name.
    static func scaffoldNameWithSlash(_ name: String, kind: String, suggestion: String) -> Message {
        .error(.badName, "`\(name)` cannot be used as the name of a\(kind == "enterprise" ? "n" : "") \(kind): it is one file name, so it cannot hold `/`",
            hint: "use lowercase letters a–z, digits and hyphens, for example `\(suggestion)`")
    }

    static func scaffoldBadYear(_ name: String) -> Message {
        .error(.badName, "`\(name)` is not a year; a market day is named by its year",
            hint: "give the year with four digits, like `torv new market-day 2027`")
    }

    static func scaffoldFileExists() -> Message {
        .error(.fileExists, "the file already exists; Torv does not overwrite it",
            hint: "choose another name, or open the file and edit it")
    }

    static func scaffoldWriteFailed(reason: String) -> Message {
        .error(.write, "could not write the file: \(sentence(reason))",
            hint: "check that the content folder is the right one (`--content`), that you may write in it, "
                + "and that no file has the name of a folder Torv needs, like stories or catalogue")
    }

    // MARK: torv translations --mark

    static func markNotAPage() -> Message {
        .error(.markFile, "this is not a page file, named like index.en.md",
            hint: "give the path of a translated page, like `torv translations --mark content/strategi/index.en.md`")
    }

    static func markOutsideContent(content: String) -> Message {
        .error(.markFile, "this file is outside the content folder (\(content)); Torv changes files inside it only",
            hint: "give the path of a translation inside \(content)/, like `torv translations --mark \(content)/strategi/index.en.md`")
    }

    static func markSymlink() -> Message {
        .error(.markFile, "this is a link to another file; Torv does not replace a link with a file",
            hint: "mark the file the link points to, or replace the link by a copy of the file and mark that")
    }

    static func markNoSuchFile() -> Message {
        .error(.markFile, "there is no such translation file",
            hint: "check the spelling of the path, like content/strategi/index.en.md; "
                + "`torv translations` lists the translations that are missing")
    }

    static func markSourceLanguage(translation: String) -> Message {
        .error(.markFile, "this is the source-language page; only its translations are marked",
            hint: "mark the translation instead, like `torv translations --mark \(translation)`")
    }

    static func markFrontMatterMissing() -> Message {
        .error(.frontMatterMissing, "the translation has no front matter",
            hint: "start the file with a line `---`, then `title: …` and `summary: …`, then a line `---`, "
                + "as in the original page, and mark it again")
    }

    static func markWriteFailed(reason: String) -> Message {
        .error(.markFile, "could not write the file: \(sentence(reason))",
            hint: "check that you may change the file (it may be read-only or open in another program), then try again")
    }
}

/// A system's error text inside a message: without its final full stop.
private func sentence(_ reason: String) -> String {
    reason.hasSuffix(".") ? String(reason.dropLast()) : reason
}
