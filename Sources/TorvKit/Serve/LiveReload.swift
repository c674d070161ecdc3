/// The small script `torv serve` adds to every page it serves: it waits (long polling) for the
/// next version of the site and reloads the page. Only in serve mode, never in `torv build`.
enum LiveReload {
    static let path = "/__torv/reload"

    static func script(version: Int) -> String {
        """
        <script>/* torv serve: live reload */(function(){var v=\(version);function wait(){fetch('\(path)?since='+v,{cache:'no-store'}).then(function(r){return r.json();}).then(function(d){if(d.version>v){location.reload();}else{wait();}}).catch(function(){setTimeout(wait,1000);});}wait();})();</script>

        """
    }
}

/// The page the browser shows while the content has errors, until the next good save.
enum ErrorPage {
    static func html(_ diagnostics: [Diagnostic], version: Int) -> String {
        let items = diagnostics.prefix(200).map { d -> String in
            var item = "<li><p><code>\(HTML.escapeText(d.location?.description ?? ""))</code></p><p><strong>\(HTML.escapeText(d.message))</strong></p>"
            if let excerpt = d.excerpt, let location = d.location, location.line > 0 {
                let (shown, caret) = DiagnosticFormat.window(excerpt, column: location.column)
                item += "<pre>\(location.line) | \(HTML.escapeText(shown))\n\(String(repeating: " ", count: String(location.line).count)) | \(String(repeating: " ", count: max(0, caret - 1)))^</pre>"
            }
            if let hint = d.hint { item += "<p>Hint: \(HTML.escapeText(hint))</p>" }
            return item + "</li>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Torv: \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") in the content</title>
            <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}li{margin-bottom:1.5rem}pre{background:#f5f5f5;padding:.5rem;overflow-x:auto}code{color:#b00020}</style>
            </head>
            <body>
            <main>
            <h1>The site was not rebuilt: \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s")</h1>
            <p>Fix the problems below and save; this page reloads by itself. Siden bliver vist igen, når fejlene er rettet.</p>
            <ol>
            \(items)
            </ol>
            </main>
            \(LiveReload.script(version: version))</body>
            </html>
            """
    }
}

/// Content types for the files a site has.
enum ContentTypes {
    static func type(for path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "xml": return path.hasSuffix("feed.xml") ? "application/atom+xml; charset=utf-8" : "application/xml; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "ics": return "text/calendar; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "webp": return "image/webp"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}
