@testable import TorvKit

extension MessageTriggers {
    static let pages: [MessageTrigger] = [
        MessageTrigger(
            entry: "pageFrontMatterMissing()",
            files: [loadingPage: "# Handlinger\n\nSeks handlinger.\n"],
            expected: "\(loadingPage):1:1: error: front-matter-missing",
            fragment: "the page has no front matter"),
        MessageTrigger(
            entry: "pageFrontMatterUnterminated()",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: Seks handlinger.\n\nTilbage til strategien.\n"],
            expected: "\(loadingPage):1:1: error: front-matter-unterminated",
            fragment: "never closed"),
        MessageTrigger(
            entry: "pageBadSlug(slug:suggestion:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: Seks handlinger.\nslug: Målgrupper og mål\n---\n"],
            expected: "\(loadingPage):4:7: error: bad-slug",
            fragment: "the slug `Målgrupper og mål`"),
        MessageTrigger(
            entry: "pageLongSummary(length:limit:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: \(String(repeating: "Seks handlinger. ", count: 10))\n---\n"],
            expected: "\(loadingPage):3:10: warning: long-summary",
            fragment: "search engines show about 160"),
        MessageTrigger(
            entry: "pageUnknownLayout(layout:known:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: Seks handlinger.\nlayout: pgae\n---\n"],
            expected: "\(loadingPage):4:9: error: unknown-layout",
            fragment: "unknown layout `pgae`"),
        MessageTrigger(
            entry: "pageUpdatedBeforeDate(updated:date:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: Seks handlinger.\ndate: 2025-03-14\nupdated: 2025-01-10\n---\n"],
            expected: "\(loadingPage):5:10: warning: updated-before-date",
            fragment: "`updated` (2025-01-10) is before `date` (2025-03-14)"),
    ]
}
