/// A rendered page as the page memo keeps it (`RenderCache.pages`): its file, and what it loads
/// from other hosts, found when it was made, so a page taken from the cache is not scanned again.
struct RenderedPage: Sendable {
    var file: OutputFile
    var resources: PageResources
}
