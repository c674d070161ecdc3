/// The `/was/` redirect, a page with no Markdown source and no template.
enum SpecialPages {
    /// `/was/` must lead to the accessibility statement made in the state's WAS tool.
    static func accessibilityRedirect(config: SiteConfig) -> OutputFile {
        let url = HTML.escapeAttribute(config.accessibilityStatement)
        let lang = config.defaultLanguage
        let html = """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Tilgængelighedserklæring – Accessibility statement</title>
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(url)">
            <link rel="canonical" href="\(url)">
            </head>
            <body>
            <main>
            <h1>Tilgængelighedserklæring</h1>
            <p><a href="\(url)">Gå til tilgængelighedserklæringen</a></p>
            <p lang="en"><a href="\(url)">Go to the accessibility statement</a></p>
            </main>
            </body>
            </html>

            """
        return OutputFile(path: "was/index.html", text: html)
    }
}
