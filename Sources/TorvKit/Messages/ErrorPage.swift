/// The page the browser shows while the content has errors, until the next good save (`torv serve`).
/// Its words are the catalogue's: English like the messages, with a Danish line for the editors.
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
            <p>Fix the problems below and save; this page reloads by itself. <span lang="da">Siden bliver vist igen, når fejlene er rettet.</span></p>
            <ol>
            \(items)
            </ol>
            </main>
            \(LiveReload.script(version: version))</body>
            </html>
            """
    }
}
