/// Stage 7: checks on the finished output. Privacy: nothing may load from another host.
/// With a cache (`torv serve`), only the pages rendered in this build (`recheck`) are scanned again;
/// the others keep what they were found to load when they were made, so an edit elsewhere never
/// drops a finding.
enum CheckStage {
    /// `streamed` pages were written as they were rendered; what they load was found then.
    static func run(
        _ files: [OutputFile], streamed: [PageResources], recheck: Set<String>?, cache: RenderCache?, loaded: LoadedSite,
        diagnostics: inout [Diagnostic]
    ) {
        var pages = streamed
        var others = files
        if let fresh = recheck, let cache {
            let html = files.filter { $0.path.hasSuffix(".html") }
            var known = cache.pageResources
            for page in Parallel.map(html.filter({ fresh.contains($0.path) || known[$0.path] == nil }), PageResources.init(file:)) {
                known[page.path] = page
            }
            pages += html.compactMap { known[$0.path] }
            cache.pageResources = Dictionary(uniqueKeysWithValues: html.compactMap { file in known[file.path].map { (file.path, $0) } })
            others = files.filter { !$0.path.hasSuffix(".html") }
        }
        ThirdPartyResources.check(
            others, streamed: pages, templatesRoot: loaded.templateDirectory.root, outputRoot: loaded.outputRoot,
            diagnostics: &diagnostics)
    }
}
