import ArgumentParser
import Dispatch
import Foundation
import Synchronization
import TorvKit

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site at http://127.0.0.1:4000/ and rebuild it as you edit.",
        discussion: """
            Builds the site in memory (nothing is written to disk) and serves it on 127.0.0.1 only. \
            content/ and templates/ are watched with inotify, so a save shows at once; where inotify \
            is not available (some containers and network folders) they are checked five times a \
            second instead (polling), and the first lines say which. A change rebuilds only what it \
            affects, and open pages reload by themselves. While the content has errors, the browser shows them instead of the site. \
            Ctrl-C stops the server.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: "The port to listen on (on 127.0.0.1).")
    var port: UInt16 = 4000

    @Flag(help: "Also show drafts and pages outside their publish_on/unpublish_on dates, under a banner.")
    var drafts = false

    @Flag(help: "Check for changes five times a second (polling) even where inotify works.")
    var poll = false

    func run() async throws { try await serve() }

    /// The command's work, under a name of its own so the synchronous `run()` of ParsableCommand
    /// can never be picked by mistake.
    func serve() async throws {
        var options = BuildOptions(
            content: site.content, templates: site.templates, output: "site",
            baseURL: site.baseURL ?? "http://127.0.0.1:\(port)/", today: try site.todayDate())
        options.includeDrafts = drafts
        let preview = PreviewSite(options: options)
        let first = await preview.rebuild()
        await preview.takeFingerprint()
        report(first, first: true)
        let format = site.format
        var server = PreviewServer(site: preview, port: port)
        server.alwaysPoll = poll
        let task = Task {
            try await server.run(onListening: { actual in
                Serve.say("torv: serving http://127.0.0.1:\(actual)/ (Ctrl-C stops)")
            }, onWatching: { watching in
                Serve.show(watching, format: format)
            }, onRebuild: { report in
                Serve.show(report, format: format)
            })
        }
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
        interrupt.setEventHandler {
            Serve.stopping.withLock { $0 = true }
            Serve.say("\ntorv: stopped")
            task.cancel()
        }
        interrupt.resume()
        do {
            try await task.value
        } catch is CancellationError {
        } catch where Serve.stopping.withLock({ $0 }) {
            // Ctrl-C cancels the server; whatever it reports while stopping is not an error.
        } catch {
            // Most often: the port is taken by another program (or another `torv serve`).
            FileHandle.standardError.write(Data("torv: cannot serve on 127.0.0.1:\(port): \(error)\n  hint: another program may be using the port; try `torv serve --port \(port &+ 1)`\n".utf8))
            throw ExitCode(1)
        }
        interrupt.cancel()
    }

    func report(_ report: PreviewSite.Report, first: Bool) { Serve.show(report, format: site.format) }

    /// The warnings already printed, so that a save prints only the warnings it brought. A warning
    /// that goes away and comes back is printed again.
    static let shownWarnings = Mutex<Set<Diagnostic>>([])
    /// Set by Ctrl-C, read when the server stops.
    static let stopping = Mutex(false)

    static func show(_ report: PreviewSite.Report, format: DiagnosticFormat) {
        let errors = report.diagnostics.filter { $0.severity == .error }
        let warnings = report.diagnostics.filter { $0.severity == .warning }
        // While there are errors, the build stops early and its warnings are incomplete: keep the memory.
        var newWarnings: [Diagnostic] = []
        if report.succeeded {
            newWarnings = shownWarnings.withLock { shown in
                defer { shown = Set(warnings) }
                return warnings.filter { !shown.contains($0) }
            }
        }
        let printed = format.format(DiagnosticList(errors + newWarnings).sorted)
        if !printed.isEmpty { FileHandle.standardError.write(Data(printed.utf8)) }
        let s = report.statistics
        var line = report.succeeded
            ? "torv: rebuilt in \(String(format: "%.0f", report.milliseconds)) ms (\(s.pagesRead) read, \(s.pagesRendered) pages rendered\(s.sectionsRendered ? ", data sections" : ""))"
            : "torv: \(errorCount(report)); the browser shows them until they are fixed"
        let older = warnings.count - newWarnings.count
        if report.succeeded, older > 0 {
            line += older == 1 ? "; 1 warning shown before" : "; \(older) warnings shown before"
        }
        say(line)
    }

    static func show(_ watching: PreviewServer.Watching, format: DiagnosticFormat) {
        switch watching {
        case .inotify(let description):
            say("torv: " + description)
        case .polling(let description, let warning):
            if let warning { FileHandle.standardError.write(Data(format.format([warning]).utf8)) }
            say("torv: " + description)
        }
    }

    static func errorCount(_ report: PreviewSite.Report) -> String {
        let n = report.diagnostics.filter { $0.severity == .error }.count
        return n == 1 ? "1 error" : "\(n) errors"
    }

    /// Written straight to standard output, so the lines appear at once even when it is a file or pipe.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
