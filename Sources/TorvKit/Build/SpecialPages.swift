/// Pages that have no Markdown source: the 404 page of each language and the `/was/` redirect.
enum SpecialPages {
    static func notFoundPages(plan: SitePlan, builder: PageContextBuilder, templates: TemplateSet) -> [OutputFile] {
        plan.config.languages.map { language in
            let prefix = language == plan.config.defaultLanguage ? "" : language + "/"
            var context = builder.common(language: language, currentKey: nil)
            let strings = builder.strings[language]
            context["page"] = [
                "title": strings?["not_found_title"] ?? "404",
                "summary": strings?["not_found_text"] ?? "",
                "url": plan.url(prefix + "404.html"),
                "canonical": plan.absoluteURL(prefix + "404.html"),
                "layout": "404",
                "isHome": false,
            ] as [String: Any]
            context["alternates"] = plan.config.languages.map { other in
                ["lang": other, "url": plan.absoluteURL((other == plan.config.defaultLanguage ? "" : other + "/") + "404.html")]
            }
            context["defaultAlternate"] = plan.absoluteURL("404.html")
            context["switcher"] = plan.config.languages.filter { $0 != language }.map { other -> [String: Any] in
                ["lang": other, "name": NativeLanguageNames.name(other), "available": true,
                 "url": plan.url((other == plan.config.defaultLanguage ? "" : other + "/") + "404.html")]
            }
            context["breadcrumbs"] = [[String: Any]]()
            return OutputFile(path: prefix + "404.html", text: templates.render(context, layout: "404"))
        }
    }

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
