/// Messages about permanent addresses: the published list, aliases and `content/redirects.yaml`.
extension Message {
    static func redirectsNotAList() -> Message {
        .error(.redirectEntry, "redirects.yaml must be a list of entries, each with `from:` and either `to:` or `gone: true`",
            hint: "write each entry as `- from: /old/address/` with `to: /new/address/` (or `gone: true`) on the next line, indented")
    }

    static func redirectBadAddress(address: String) -> Message {
        .error(.redirectEntry, "`\(address)` is not an address of this site",
            hint: "write the address inside the site as the browser shows it after the host name, like `/strategi/gammel-side/`")
    }

    static func redirectToOrGone(from: String) -> Message {
        .error(.redirectEntry, "the redirect from `\(from)` needs either `to:` or `gone: true`, not both and not neither",
            hint: "use `to: /new/address/` when the content moved, `gone: true` when it was withdrawn on purpose")
    }

    /// An alias or redirect whose old address is a page of this build (or another redirect going elsewhere).
    static func aliasCollision(address: String, page: String?) -> Message {
        .error(.aliasCollision, "`\(address)` is an alias or redirect, but it is also \(page.map { "the address of \($0)" } ?? "used by another redirect")",
            hint: "an old address can only lead to one place: remove the alias, or give the page that now has this address another slug")
    }

    static func redirectChain(from: String, to: String, next: String?) -> Message {
        .error(.redirectChain, "`\(from)` redirects to `\(to)`, which itself redirects\(next.map { " to `\($0)`" } ?? " (it is gone)")",
            hint: "point `\(from)` straight at the final address\(next.map { " `\($0)`" } ?? ", or mark it `gone: true` too")")
    }

    static func redirectTargetMissing(from: String, to: String) -> Message {
        .error(.redirectTargetMissing, "`\(from)` redirects to `\(to)`, but this build has no page at that address",
            hint: "check the new address (with its trailing `/`), or mark the old one `gone: true` if the content was withdrawn")
    }

    /// An address published before that this build would drop.
    static func addressDropped(address: String, source: String?) -> Message {
        .error(.addressDropped,
            "the address `\(address)` was published before\(source.map { " (made by \($0))" } ?? ""), and this build would drop it: links to it would break",
            hint: "add `aliases: [\(address)]` to the front matter of the page that has the content now, "
                + "or list it in content/redirects.yaml as `- from: \(address)` with `to: /new/address/` (or `gone: true` if it was withdrawn "
                + "on purpose); to let a deliberate removal through once, build with `--accept-removed` and run `torv addresses --update`")
    }

    static func addressesNotListed(count: Int, first: String) -> Message {
        .warning(.addressesNotListed,
            count == 1 ? "the new address `\(first)` is not yet in the list of published addresses"
                : "\(count) new addresses (the first is `\(first)`) are not yet in the list of published addresses",
            hint: "run `torv addresses --update` and commit the list, so that a build on a fresh clone knows them")
    }
}
