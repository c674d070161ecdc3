/// Stage 7: checks on the finished output. Privacy: nothing may load from another host.
/// What a page loads was found when it was made (`RenderedPage`): pages written as they were
/// rendered, and with a cache (`torv serve`, `--cache`) every page it kept, are not scanned again,
/// so an edit elsewhere never drops a finding.
enum CheckStage {
    /// `streamed` pages were written as they were rendered; `known` are held pages whose resources are known.
    static func run(
        _ files: [OutputFile], streamed: [PageResources], known: [PageResources], loaded: LoadedSite, diagnostics: inout [Diagnostic]
    ) {
        let knownPaths = Set(known.map(\.path))
        let others = knownPaths.isEmpty ? files : files.filter { !($0.path.hasSuffix(".html") && knownPaths.contains($0.path)) }
        ThirdPartyResources.check(
            others, streamed: streamed + known, templatesRoot: loaded.templateDirectory.root, outputRoot: loaded.outputRoot,
            diagnostics: &diagnostics)
    }
}
