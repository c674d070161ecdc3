/// One Markdown file as read from `content/`.
public struct PageSource: Sendable {
    public var file: SourceFile
    /// Path inside `content/`, e.g. `strategi/index.da.md`.
    public var relativePath: String
    /// The translation key shared by all language versions: `strategi/index`.
    public var key: String
    public var language: String
    public var frontMatter: FrontMatter
    public var body: Substring
    /// The file line on which the body's first line stands.
    public var bodyFirstLine: Int

    /// `strategi` for `strategi/index`, `strategi` for `strategi/spor`, `` at the top.
    public var directory: String {
        guard let slash = key.lastIndex(of: "/") else { return "" }
        return String(key[..<slash])
    }

    /// The file name without language and extension: `index`, `spor`.
    public var name: String {
        guard let slash = key.lastIndex(of: "/") else { return key }
        return String(key[key.index(after: slash)...])
    }

    public var isIndex: Bool { name == "index" }

    /// The location of a position in the body (1-based body line, 1-based byte column).
    public func location(bodyLine: Int, byteColumn: Int) -> SourceLocation {
        let line = bodyFirstLine + max(bodyLine, 1) - 1
        return file.location(line: line, column: file.characterColumn(line: line, byteColumn: max(byteColumn, 1)))
    }
}
