import FlyingFox
import Foundation
import Testing
@testable import TorvKit

/// `torv serve` answers HEAD without a body, and survives templates that used to crash it.
@Suite struct ServeRobustnessTests {
    func request(_ method: HTTPMethod, _ path: String) -> HTTPRequest {
        HTTPRequest(method: method, version: .http11, path: path, query: [], headers: [:], body: Data())
    }

    @Test func headAnswersCarryNoBodyButTheLength() async throws {
        let site = try TestSite()
        let preview = PreviewSite(options: site.options)
        #expect(await preview.rebuild().succeeded)
        let handler = PreviewServer.Handler(site: preview)
        for path in ["/", "/strategi/", "/findes-ikke/"] {
            let get = try await handler.handleRequest(request(.GET, path))
            let head = try await handler.handleRequest(request(.HEAD, path))
            let getBody = try await get.bodyData
            #expect(!getBody.isEmpty)
            #expect(try await head.bodyData.isEmpty, "\(path)")
            #expect(head.statusCode == get.statusCode)
            #expect(head.headers[.contentLength] == String(getBody.count), "\(path)")
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
        let page = try await PreviewServer.Handler(site: preview).handleRequest(request(.GET, "/"))
        #expect(page.statusCode.code == 500)
        #expect(String(decoding: try await page.bodyData, as: UTF8.self).contains("includes itself"))
        try site.write("templates/partials/footer.mustache", original)
        #expect(await preview.rebuild().succeeded)
    }
}
