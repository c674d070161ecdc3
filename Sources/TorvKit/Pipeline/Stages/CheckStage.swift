/// Stage 7: checks on the finished output. Privacy: nothing may load from another host.
/// `recheck` limits the HTML checked to what was rendered in this build (the rest was checked when it was made).
enum CheckStage {
    /// `streamed` pages were written as they were rendered; what they load was found then.
    static func run(
        _ files: [OutputFile], streamed: [PageResources], recheck: Set<String>?, loaded: LoadedSite, diagnostics: inout [Diagnostic]
    ) {
        let checked = recheck.map { fresh in files.filter { fresh.contains($0.path) || !$0.path.hasSuffix(".html") } } ?? files
        ThirdPartyResources.check(
            checked, streamed: streamed, templatesRoot: loaded.templateDirectory.root, outputRoot: loaded.outputRoot,
            diagnostics: &diagnostics)
    }
}
