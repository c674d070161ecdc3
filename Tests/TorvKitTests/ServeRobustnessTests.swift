import Foundation
import Testing
@testable import TorvKit

/// `torv serve` answers HEAD without a body, and survives templates that used to crash it.
@Suite struct ServeRobustnessTests {
    func request(_ method: String, _ path: String) -> HTTPRequestHead {
        HTTPRequestHead(method: method, target: path)
    }

    @Test func headAnswersCarryNoBodyButTheLength() async throws {
        let site = try TestSite()
        let preview = PreviewSite(options: site.options)
        #expect(await preview.rebuild().succeeded)
        let handler = PreviewServer.Handler(site: preview)
        for path in ["/", "/strategi/", "/findes-ikke/"] {
            let get = await handler.respond(to: request("GET", path))
            let head = await handler.respond(to: request("HEAD", path))
            #expect(!get.body.isEmpty)
            #expect(head.status == get.status)
            // What goes on the wire for HEAD: the GET answer's headers, with its length, and no body.
            let wire = String(decoding: head.encoded(withBody: false, keepAlive: true), as: UTF8.self)
            #expect(wire.hasSuffix("\r\n\r\n") && wire.components(separatedBy: "\r\n\r\n").count == 2, "\(path)")
            #expect(wire.contains("Content-Length: \(get.body.count)\r\n"), "\(path)")
            #expect(String(decoding: get.encoded(keepAlive: true), as: UTF8.self) == wire + String(decoding: get.body, as: UTF8.self))
        }
    }

    @Test func aSelfIncludingPartialShowsAnErrorAndTheNextGoodSaveBringsTheSiteBack() async throws {
        let site = try TestSite()
        let preview = PreviewSite(options: site.options)
        #expect(await preview.rebuild().succeeded)
        let footer = site.root.appendingPathComponent("templates/partials/footer.mustache")
        let original = try String(contentsOf: footer, encoding: .utf8)
        try site.write("templates/partials/footer.mustache", original + "{{>partials/footer}}\n")
        let broken = await preview.rebuild()
        #expect(!broken.succeeded)
        #expect(broken.diagnostics.contains { $0.code.rawValue == "template-cycle" })
        let page = await PreviewServer.Handler(site: preview).respond(to: request("GET", "/"))
        #expect(page.status == 500)
        #expect(String(decoding: page.body, as: UTF8.self).contains("includes itself"))
        try site.write("templates/partials/footer.mustache", original)
        #expect(await preview.rebuild().succeeded)
    }
}
