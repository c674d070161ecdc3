/// What one finished HTML page loads from other hosts, as (tag, URL) pairs (see `ThirdPartyResources`).
struct PageResources: Sendable {
    var path: String
    var remote: [(tag: String, url: String)]

    init(file: OutputFile) {
        path = file.path
        remote = ThirdPartyResources.htmlResources(file.bytes).filter { ThirdPartyResources.isRemote($0.1) }.map { (tag: $0.0, url: $0.1) }
    }
}
