import Foundation
@testable import TorvKit

extension MessageTriggers {
    /// `torv serve`'s choice of watcher, as `PreviewServer` makes it.
    static func startWatcher(_ site: TestSite) throws -> [Diagnostic] {
        switch InotifyWatcher.start(roots: [site.options.content, site.options.templates]) {
        case .success(let watcher):
            watcher.stop()
            return []
        case .failure(let failure):
            return [failure.diagnostic]
        }
    }

    static let preview: [MessageTrigger] = [
        MessageTrigger(
            entry: "watchUnavailable(reason:)",
            // inotify cannot watch a folder that is not there (as it cannot where the system has no
            // inotify, or its number of watches is used up).
            removed: ["templates"],
            run: startWatcher,
            expected: "templates: warning: watch",
            fragment: "inotify: No such file or directory"),
    ]
}
