/// What one finished HTML page loads from other hosts, as (tag, URL) pairs (see `ThirdPartyResources`).
struct PageResources: Sendable {
    var path: String
    var remote: [(tag: String, url: String)]

    init(path: String, remote: [(tag: String, url: String)]) {
        self.path = path
        self.remote = remote
    }

    init(file: OutputFile) {
        path = file.path
        remote = ThirdPartyResources.remoteResources(file.bytes).map { (tag: $0.0, url: $0.1) }
    }
}
