import Synchronization

/// How much page text the loader holds: up to `limit` bytes of page bodies. Past it, each page's
/// text is released as soon as it is read, and once all are read the earlier ones are released too;
/// the convert stage reads them again (see `SourceText`).
final class HeldText: Sendable {
    private let limit: Int
    private let held = Atomic<Int>(0)

    init(limit: Int) {
        self.limit = limit
    }

    func keep(_ result: PageLoadResult) -> PageLoadResult {
        if let page = result.page, held.add(page.bodyByteCount, ordering: .relaxed).newValue > limit {
            page.file.release()
        }
        return result
    }

    func finish(_ results: [PageLoadResult]) {
        guard held.load(ordering: .relaxed) > limit else { return }
        for result in results { result.page?.file.release() }
    }
}
