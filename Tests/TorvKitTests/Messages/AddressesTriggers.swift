@testable import TorvKit

extension MessageTriggers {
    static let addresses: [MessageTrigger] = [
        MessageTrigger(
            entry: "redirectsNotAList()",
            files: ["content/redirects.yaml": "from: /gammel/\nto: /strategi/\n"],
            expected: "content/redirects.yaml:1:1: error: redirect-entry",
            fragment: "must be a list of entries"),
        MessageTrigger(
            entry: "redirectBadAddress(address:)",
            files: ["content/redirects.yaml": "- from: https://example.dk/gammel/\n  to: /strategi/\n"],
            expected: "content/redirects.yaml:1:9: error: redirect-entry",
            fragment: "`https://example.dk/gammel/` is not an address of this site"),
        MessageTrigger(
            entry: "redirectToOrGone(from:)",
            files: ["content/redirects.yaml": "- from: /gammel/\n"],
            expected: "content/redirects.yaml:1:3: error: redirect-entry",
            fragment: "needs either `to:` or `gone: true`"),
        MessageTrigger(
            entry: "aliasCollision(address:page:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: Seks handlinger.\naliases: [/strategi/]\n---\n"],
            expected: "\(loadingPage):4:11: error: alias-collision",
            fragment: "`/strategi/` is an alias or redirect, but it is also the address of"),
        MessageTrigger(
            entry: "redirectChain(from:to:next:)",
            files: ["content/redirects.yaml": "- from: /a/\n  to: /b/\n- from: /b/\n  to: /strategi/\n"],
            expected: "content/redirects.yaml:1:9: error: redirect-chain",
            fragment: "`/a/` redirects to `/b/`, which itself redirects to `/strategi/`"),
        MessageTrigger(
            entry: "redirectTargetMissing(from:to:)",
            files: ["content/redirects.yaml": "- from: /gammel/\n  to: /strategi/ny/\n"],
            expected: "content/redirects.yaml:1:9: error: redirect-target-missing",
            fragment: "this build has no page at that address"),
        MessageTrigger(
            entry: "addressDropped(address:source:)",
            files: ["published-addresses.txt": "/\n/strategi/gammel/\n"],
            expected: "published-addresses.txt:2:1: error: address-dropped",
            fragment: "the address `/strategi/gammel/` was published before"),
        MessageTrigger(
            entry: "addressesNotListed(count:first:)",
            files: ["published-addresses.txt": "/\n"],
            expected: "published-addresses.txt: warning: addresses-not-listed",
            fragment: "new addresses (the first is `/en/`)"),
    ]
}
