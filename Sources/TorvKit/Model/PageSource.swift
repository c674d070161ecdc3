/// One Markdown file as read from `content/`.
public struct PageSource: Sendable {
    public var file: SourceFile
    /// Path inside `content/`, e.g. `strategi/index.da.md`.
    public var relativePath: String
    /// The translation key shared by all language versions: `strategi/index`.
    public var key: String
    public var language: String
    public var frontMatter: FrontMatter
    /// Where the body starts, in UTF-8 bytes of the file's text (the text itself may be released
    /// and read again, see `SourceText`, so the body is not kept as a slice of it).
    private var bodyOffset: Int
    /// The body's length in UTF-8 bytes.
    public private(set) var bodyByteCount: Int
    /// The file line on which the body's first line stands.
    public var bodyFirstLine: Int

    /// `body` is a slice of `file.text`.
    public init(
        file: SourceFile, relativePath: String, key: String, language: String, frontMatter: FrontMatter, body: Substring,
        bodyFirstLine: Int
    ) {
        self.file = file
        self.relativePath = relativePath
        self.key = key
        self.language = language
        self.frontMatter = frontMatter
        let base = body.base
        self.bodyOffset = base.utf8.distance(from: base.startIndex, to: body.startIndex)
        self.bodyByteCount = body.utf8.count
        self.bodyFirstLine = bodyFirstLine
    }

    /// The Markdown after the front matter.
    public var body: Substring {
        let text = file.text
        let utf8 = text.utf8
        return text[(utf8.index(utf8.startIndex, offsetBy: bodyOffset, limitedBy: utf8.endIndex) ?? utf8.endIndex)...]
    }

    /// `strategi` for `strategi/index`, `strategi` for `strategi/spor`, `` at the top.
    public var directory: String {
        guard let slash = key.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(key[..<slash])
    }

    /// The file name without language and extension: `index`, `spor`.
    public var name: String {
        guard let slash = key.utf8.lastIndex(of: UInt8(ascii: "/")) else { return key }
        return String(key[key.utf8.index(after: slash)...])
    }

    public var isIndex: Bool { name == "index" }

    /// The location of a position in the body (1-based body line, 1-based byte column).
    public func location(bodyLine: Int, byteColumn: Int) -> SourceLocation {
        let line = bodyFirstLine + max(bodyLine, 1) - 1
        return file.location(line: line, column: file.characterColumn(line: line, byteColumn: max(byteColumn, 1)))
    }
}
