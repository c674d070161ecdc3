import Foundation

/// A stand-in for Pagefind, for tests that build the real site (it has `search: true`) without the
/// real program: it writes the one file Torv reads back, `pagefind/pagefind-entry.json`, into the
/// folder given with `--site`.
enum FakePagefind {
    static func path() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("torv-fake-pagefind-\(UUID().uuidString)")
        let script = "#!/bin/sh\nmkdir -p \"$2/pagefind\" && printf '{\"languages\":{\"en\":{},\"da\":{}}}' > \"$2/pagefind/pagefind-entry.json\"\n"
        try script.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }
}
