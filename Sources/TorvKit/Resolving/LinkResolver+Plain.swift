/// The commonest link, resolved on its bytes: a relative link to a page's file (`../a/b.da.md`,
/// `b.en.md#c`) written in visible ASCII without `%` or `?`, from a page in a plain folder. The
/// general path (`resolveGeneral`) splits it into strings, joins them and takes the key apart
/// again; this joins the folder and the path once, into the bytes the key is read from.
extension LinkResolver {
    /// `resolve` for such a link; nil for any other (the general path resolves it).
    func resolvePlainPageLink(_ link: MarkdownPage.PendingLink, from page: PlannedPage) -> Result<Resolution, Diagnostic>? {
        var destination = link.destination
        var pageKey = page.source.key
        // The page's folder is its key up to the last `/` (`PageSource.directory`), read in place.
        guard let (key, named, fragment) = pageKey.withUTF8({ pageKey -> (String, String?, String?)? in
            let folder = UnsafeBufferPointer(rebasing: pageKey[..<(pageKey.lastIndex(of: UInt8(ascii: "/")) ?? 0)])
            guard Self.isPlain(bytes: folder) else { return nil }
            return destination.withUTF8 { Self.pageFile($0, in: folder) }
        }) else { return nil }
        let target = { Self.join(directory: page.source.directory, relative: String(link.destination.prefix { $0 != "#" })) ?? "" }
        return resolvePage(link, key: key, named: named, target: target, fragment: fragment, from: page)
    }

    /// The key, the language the name gives and the fragment of a plain link to a page's file
    /// (`link`) from the folder `directory`; nil when it is not one, or leads out of `content/`.
    private static func pageFile(
        _ link: UnsafeBufferPointer<UInt8>, in directory: UnsafeBufferPointer<UInt8>
    ) -> (key: String, named: String?, fragment: String?)? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        guard let first = link.first, first != slash, first != UInt8(ascii: "#") else { return nil }
        var hash = -1
        for index in link.indices {
            let byte = link[index]
            guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "%"), byte != UInt8(ascii: "?") else { return nil }
            if byte == UInt8(ascii: "#") && hash < 0 { hash = index }
        }
        let pathEnd = hash < 0 ? link.count : hash
        guard pathEnd > 3, link[pathEnd - 3] == dot, link[pathEnd - 2] == UInt8(ascii: "m"), link[pathEnd - 1] == UInt8(ascii: "d"),
              hash < 0 || hash + 1 < link.count
        else { return nil }
        guard let target = joinPlain(directory: directory, relative: UnsafeBufferPointer(rebasing: link[..<pathEnd])),
              let (key, named) = target.withUnsafeBufferPointer(PageKey.keyAndLanguageASCII(bytes:)) else { return nil }
        let fragment = hash < 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: link[(hash + 1)...]), as: UTF8.self)
        return (key, named, fragment)
    }
}
