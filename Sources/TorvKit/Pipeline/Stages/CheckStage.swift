/// Stage 7: checks on the finished output. Privacy: nothing may load from another host.
/// `recheck` limits the HTML checked to what was rendered in this build (the rest was checked when it was made).
enum CheckStage {
    static func run(_ files: [OutputFile], recheck: Set<String>?, loaded: LoadedSite, diagnostics: inout [Diagnostic]) {
        let checked = recheck.map { fresh in files.filter { fresh.contains($0.path) || !$0.path.hasSuffix(".html") } } ?? files
        ThirdPartyResources.check(checked, templatesRoot: loaded.templateDirectory.root, outputRoot: loaded.outputRoot, diagnostics: &diagnostics)
    }
}
