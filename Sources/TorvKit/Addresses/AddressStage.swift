/// After rendering: the site's permanent addresses. Every address the site published before (the
/// committed list and the previous build's manifest) must still lead somewhere: to a page, or
/// through an alias or `content/redirects.yaml` to one, or to a "gone" page. The stage writes the
/// redirect pages, the gone pages, `_redirects`, an nginx `map` snippet and the new manifest.
enum AddressStage {
    static let redirectsFile = "_redirects"
    static let nginxFile = "_redirects.nginx"

    static func run(
        _ loaded: LoadedSite, _ planned: PlannedSite, paths: [String], options: BuildOptions, diagnostics: inout [Diagnostic]
    ) -> AddressOutput {
        let pages = Set(PublishedAddresses.addresses(of: paths))
        var sources: [String: String] = [:]
        for page in planned.plan.pages { sources["/" + page.path] = loaded.contentDirectory.displayPath(page.source.relativePath) }
        let redirects = checkedRedirects(loaded, planned, pages: pages, sources: sources, diagnostics: &diagnostics)
        let redirected = Set(redirects.map(\.from))

        // Addresses published before that this build would drop.
        let listed = PublishedAddresses.readList(content: options.content)
        // `torv serve` never publishes into the output folder: what was built there (maybe from other
        // content) is not this site's previous version. The committed list still counts.
        let manifest = options.previewOnly ? [:] : PublishedAddresses.readManifest(output: options.output)
        let listPath = PublishedAddresses.listPath(content: options.content)
        // With other errors (a page that could not be read loses its address too) only those are reported.
        if !options.acceptRemoved, !diagnostics.contains(where: { $0.severity == .error }) {
            reportDropped(
                listed: listed ?? [], manifest: manifest, kept: pages.union(redirected), listPath: listPath, options: options,
                diagnostics: &diagnostics)
        }
        let all = (pages.union(redirected)).sorted()
        if let listed {
            let known = Set(listed.map(\.address))
            let new = all.filter { !known.contains($0) }
            if let first = new.first {
                diagnostics.append(Diagnostic(.addressesNotListed(count: new.count, first: first), at: SourceLocation(path: listPath)))
            }
        }
        return makeOutput(redirects, addresses: all, sources: sources, loaded: loaded, diagnostics: &diagnostics)
    }

    /// Aliases and redirects.yaml; collisions with pages and chains are errors, and so is a
    /// redirect to an address that is not a page. Returns the redirects that stand.
    private static func checkedRedirects(
        _ loaded: LoadedSite, _ planned: PlannedSite, pages: Set<String>, sources: [String: String], diagnostics: inout [Diagnostic]
    ) -> [Redirect] {
        var redirects: [Redirect] = []
        var seen: [String: Redirect] = [:]
        for redirect in Redirects.aliases(of: planned.plan) + Redirects.aliases(of: planned.sections, plan: planned.plan)
            + Redirects.load(loaded.contentDirectory, diagnostics: &diagnostics) {
            if pages.contains(redirect.from) {
                diagnostics.append(Diagnostic(.aliasCollision(address: redirect.from, page: sources[redirect.from]), at: redirect.location))
                continue
            }
            if let other = seen[redirect.from] {
                if other.to != redirect.to {
                    diagnostics.append(Diagnostic(.aliasCollision(address: redirect.from, page: other.location.path), at: redirect.location))
                }
                continue
            }
            seen[redirect.from] = redirect
            redirects.append(redirect)
        }
        return redirects.filter { redirect in
            guard let to = redirect.to else { return true }
            if let next = seen[to] {
                diagnostics.append(Diagnostic(.redirectChain(from: redirect.from, to: to, next: next.to), at: redirect.location))
                return false
            }
            if !pages.contains(to) {
                diagnostics.append(Diagnostic(.redirectTargetMissing(from: redirect.from, to: to), at: redirect.location))
                return false
            }
            return true
        }
    }

    /// Reports every address in the committed list, then in the previous build's manifest, that is
    /// not among the `kept` addresses (pages and redirects) of this build.
    private static func reportDropped(
        listed: [(address: String, line: Int)], manifest: [String: String], kept: Set<String>, listPath: String,
        options: BuildOptions, diagnostics: inout [Diagnostic]
    ) {
        var reported = Set<String>()
        for (address, line) in listed where !kept.contains(address) {
            reported.insert(address)
            diagnostics.append(Diagnostic(
                .addressDropped(address: address, source: manifest[address].flatMap { $0.isEmpty ? nil : $0 }),
                at: SourceLocation(path: listPath, line: line, column: 1)))
        }
        for (address, source) in manifest.sorted(by: { $0.key < $1.key }) where !kept.contains(address) && !reported.contains(address) {
            diagnostics.append(Diagnostic(
                .addressDropped(address: address, source: source.isEmpty ? nil : source),
                at: SourceLocation(path: options.output + "/" + PublishedAddresses.manifestName)))
        }
    }

    /// The redirect and gone pages (unless a UI string they need is missing), `_redirects`, the
    /// nginx snippet and the manifest of every address with the file it comes from.
    private static func makeOutput(
        _ redirects: [Redirect], addresses all: [String], sources: [String: String], loaded: LoadedSite,
        diagnostics: inout [Diagnostic]
    ) -> AddressOutput {
        let config = loaded.content.config
        let strings = loaded.content.strings
        var output: [OutputFile] = []
        var redirectPages = Set<String>()
        if !reportMissingStrings(for: redirects, loaded: loaded, diagnostics: &diagnostics) {
            for redirect in redirects {
                let path = String(redirect.from.dropFirst()) + "index.html"
                let html = redirect.to.map { RedirectPages.moved(to: $0, config: config, strings: strings) }
                    ?? RedirectPages.gone(at: redirect.from, config: config, strings: strings)
                output.append(OutputFile(path: path, text: html))
                redirectPages.insert(path)
            }
        }
        output.append(OutputFile(path: redirectsFile, text: RedirectPages.netlify(redirects, basePath: config.basePath)))
        output.append(OutputFile(path: nginxFile, text: RedirectPages.nginx(redirects, basePath: config.basePath)))
        let manifestText = all.map { address in address + "\t" + (sources[address] ?? "") + "\n" }.joined()
        output.append(OutputFile(path: PublishedAddresses.manifestName, text: manifestText))
        return AddressOutput(files: output, redirectPages: redirectPages, addresses: all)
    }

    /// Reports each UI string the redirect (moved) and gone pages need that a language lacks;
    /// true when one is missing.
    private static func reportMissingStrings(for redirects: [Redirect], loaded: LoadedSite, diagnostics: inout [Diagnostic]) -> Bool {
        let strings = loaded.content.strings
        let needed = (redirects.contains { $0.to != nil } ? RedirectPages.movedKeys : [])
            + (redirects.contains { $0.to == nil } ? RedirectPages.goneKeys : [])
        var missing = false
        for key in needed {
            for language in loaded.content.config.languages where strings[language]?[key] == nil {
                missing = true
                diagnostics.append(Diagnostic(
                    .uiStringRequired(key: key, language: language),
                    at: SourceLocation(path: loaded.contentDirectory.displayPath("i18n/\(language).yaml"))))
            }
        }
        return missing
    }
}
