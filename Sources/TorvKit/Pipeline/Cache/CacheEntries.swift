/// How the values the build cache keeps are written into it and read back (`DiskCache`).
/// Converted Markdown is kept only when it had no diagnostics (those are made again, never stored).
protocol CacheEntry {
    func write(to writer: inout CacheWriter)
    static func read(from reader: inout CacheReader) throws(CacheReader.Truncated) -> Self
}

extension MarkdownPage: CacheEntry {
    func write(to writer: inout CacheWriter) {
        writer.data(html)
        writer.list(headings) { writer, heading in
            writer.int(heading.level)
            writer.string(heading.text)
            writer.string(heading.id)
        }
        writer.list(pendingLinks) { writer, link in
            writer.string(link.destination)
            writer.bool(link.isImage)
            writer.string(link.location.path)
            writer.int(link.location.line)
            writer.int(link.location.column)
        }
        writer.list(glossaryTerms.sorted()) { $0.string($1) }
    }

    static func read(from reader: inout CacheReader) throws(CacheReader.Truncated) -> MarkdownPage {
        let html = try reader.data()
        let headings = try reader.list { reader throws(CacheReader.Truncated) in
            Heading(level: try reader.int(), text: try reader.string(), id: try reader.string())
        }
        let links = try reader.list { reader throws(CacheReader.Truncated) in
            PendingLink(
                destination: try reader.string(), isImage: try reader.bool(),
                location: SourceLocation(path: try reader.string(), line: try reader.int(), column: try reader.int()))
        }
        var page = MarkdownPage(html: html, headings: headings, pendingLinks: links, diagnostics: [])
        page.glossaryTerms = Set(try reader.list { reader throws(CacheReader.Truncated) in try reader.string() })
        return page
    }
}

extension RenderedPage: CacheEntry {
    func write(to writer: inout CacheWriter) {
        writer.string(file.path)
        writer.data(file.bytes)
        writer.list(resources.remote) { writer, resource in
            writer.string(resource.tag)
            writer.string(resource.url)
        }
    }

    static func read(from reader: inout CacheReader) throws(CacheReader.Truncated) -> RenderedPage {
        let file = OutputFile(path: try reader.string(), bytes: try reader.data())
        let remote = try reader.list { reader throws(CacheReader.Truncated) in (tag: try reader.string(), url: try reader.string()) }
        return RenderedPage(file: file, resources: PageResources(path: file.path, remote: remote))
    }
}
