import Foundation
import Testing
@testable import TorvKit

/// Responsive images: a phone photo (4,000 × 3,000 px, EXIF GPS, orientation tag) used by a page,
/// a product and a story is published in widths with `srcset`, upright and without metadata;
/// unchanged photos are never encoded twice; the output is the same bytes on every build.
@Suite(.serialized) struct ImageTests {
    static let photo = "phone-photo-4000x3000-gps.jpg"

    /// The sections fixture with the photo in a page, a product (Rent & Co's window cleaning) and the story.
    static func site() throws -> TestSite {
        var files = SectionsFixture.files
        files["content/strategi/handlinger.da.md"] =
            "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\n![Boder på torvet](../media/foto.jpg)\n\nTekst.\n\n![Boder igen](../media/foto.jpg)\n"
        files["content/catalogue/rent.yaml"] = CatalogueFixture.enterprise(
            id: "rent", name: "Rent & Co", cvr: "99108061",
            products: CatalogueFixture.cleanProducts + "\n    images:\n      - file: media/foto.jpg\n        alt: {da: Rene vinduer, en: Clean windows}")
        files["content/stories/cafe.da.md"] = SectionsFixture.story("da").replacingOccurrences(
            of: "sample: true\n", with: "sample: true\nimages:\n  - file: media/foto.jpg\n    alt: Boder på torvet\n")
        let site = try TestSite(files)
        try site.write("content/media/foto.jpg", bytes: TestSite.fixtureImage(photo))
        return site
    }

    @Test func photoIsPublishedInWidthsUprightWithoutMetadata() throws {
        let site = try Self.site()
        let result = site.build()
        #expect(result.succeeded, "\(site.lines(result))")
        let output = site.outputSnapshot()
        for width in [480, 960, 1600] {
            for format in ["webp", "jpg"] {
                let bytes = try #require(output["media/foto-\(width).\(format)"], "media/foto-\(width).\(format)")
                let size = try #require(VipsBridge.size(of: [UInt8](bytes)))
                // Orientation 6: the 4,000 × 3,000 original stands upright as 3,000 × 4,000.
                #expect(size == VipsBridge.Size(width: width, height: [480: 640, 960: 1280, 1600: 2133][width] ?? 0), "\(width).\(format)")
                #expect(bytes.count < 400_000)
            }
        }
        // The original's address holds the largest JPEG, not the original.
        #expect(output["media/foto.jpg"] == output["media/foto-1600.jpg"])
        // No published file carries EXIF (GPS position, camera): no JPEG APP1 `Exif`, no WebP `EXIF` chunk.
        for (path, bytes) in output where path.hasPrefix("media/") {
            let data = [UInt8](bytes)
            #expect(!contains(data, "Exif\u{0}\u{0}"), "\(path) has EXIF")
            #expect(!contains(data, "EXIF"), "\(path) has an EXIF chunk")
            #expect(!contains(data, "TorvTestCam"), "\(path) names the camera")
        }
        let page = site.read("strategi/handlinger/index.html")
        #expect(page.contains(
            "<picture><source type=\"image/webp\" srcset=\"/media/foto-480.webp 480w, /media/foto-960.webp 960w, /media/foto-1600.webp 1600w\" sizes=\"(min-width: 47rem) 45rem, calc(100vw - 2rem)\"><img src=\"/media/foto-1600.jpg\" srcset=\"/media/foto-480.jpg 480w, /media/foto-960.jpg 960w, /media/foto-1600.jpg 1600w\" sizes=\"(min-width: 47rem) 45rem, calc(100vw - 2rem)\" alt=\"Boder på torvet\" width=\"1600\" height=\"2133\" decoding=\"async\"></picture>"),
            "\(page)")
        // The second image of the page is below the first screen.
        #expect(page.contains("alt=\"Boder igen\" width=\"1600\" height=\"2133\" loading=\"lazy\" decoding=\"async\">"))
        let product = site.read("katalog/rent/index.html")
        #expect(product.contains("srcset=\"/media/foto-480.webp 480w"))
        #expect(product.contains("sizes=\"120px\""))
        #expect(product.contains("alt=\"Rene vinduer\" width=\"90\" height=\"120\" loading=\"lazy\" decoding=\"async\">"), "\(product)")
        let story = try #require(output.keys.first { $0.hasPrefix("historier/") && $0.hasSuffix("index.html") && String(decoding: output[$0] ?? Data(), as: UTF8.self).contains("Boder på torvet") })
        #expect(String(decoding: output[story] ?? Data(), as: UTF8.self).contains(
            "alt=\"Boder på torvet\" width=\"1600\" height=\"2133\" decoding=\"async\"></picture>"))
        // The original (with its GPS position) is linked from no page.
        for (path, bytes) in output where path.hasSuffix(".html") {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("\"/media/foto.jpg\""), "\(path) links the original")
        }
    }

    @Test func secondBuildEncodesNothingAndWritesTheSameBytes() throws {
        let site = try Self.site()
        let cache = ImageCache(output: site.options.output)
        let firstBuild = site.build()
        #expect(firstBuild.succeeded)
        let first = site.outputSnapshot()
        // From the cache: nothing encoded.
        var diagnostics: [Diagnostic] = []
        let loaded = try #require(LoadStage.run(site.options, cache: nil, diagnostics: &diagnostics))
        let cached = ImageStage.run(loaded, cache: cache, diagnostics: &diagnostics)
        #expect(cached.encoded == 0)
        #expect(cached.fromCache == 6)
        #expect(site.build().succeeded)
        #expect(site.outputSnapshot() == first)
        // Without the cache, everything is encoded again, to the same bytes.
        let fresh = ImageStage.run(loaded, cache: ImageCache(folder: nil), diagnostics: &diagnostics)
        #expect(fresh.encoded == 6)
        try FileManager.default.removeItem(atPath: try #require(cache.folder))
        #expect(site.build().succeeded)
        #expect(site.outputSnapshot() == first)
        #expect(!diagnostics.contains { $0.severity == .error })
        // A replaced photo's old variants leave the cache: only the new one's two (200 px, WebP and JPEG) stay.
        try site.write("content/media/foto.jpg", bytes: TestSite.fixtureImage("small-200x150.png"))
        _ = site.build()
        let left = try FileManager.default.contentsOfDirectory(atPath: try #require(cache.folder))
        #expect(left.count == 2, "\(left)")
    }

    /// `torv serve` keeps the last build's images in memory: an unchanged photo is not even read again.
    @Test func serveReusesImagesFromMemory() throws {
        let site = try Self.site()
        let cache = RenderCache()
        let first = SiteRenderer.render(site.options, cache: cache)
        #expect(cache.lastStatistics.imagesProcessed == 1)
        let second = SiteRenderer.render(site.options, cache: cache)
        #expect(cache.lastStatistics.imagesProcessed == 0)
        let bytes = { (output: SiteOutput) in (output.files ?? []).filter { $0.path.hasPrefix("media/") }.map { [$0.path: $0.bytes] } }
        #expect(!bytes(first).isEmpty)
        #expect(bytes(first) == bytes(second))
        // A new photo under the same name is read again.
        try site.write("content/media/foto.jpg", bytes: TestSite.fixtureImage("small-200x150.png"))
        let third = SiteRenderer.render(site.options, cache: cache)
        #expect(cache.lastStatistics.imagesProcessed == 1)
        #expect(third.diagnostics.contains { $0.code == .imageTooSmall })
    }

    @Test func widthsNeverExceedTheOriginal() {
        #expect(ResponsiveImage.widths(for: 4000) == [480, 960, 1600])
        #expect(ResponsiveImage.widths(for: 1200) == [480, 960, 1200])
        #expect(ResponsiveImage.widths(for: 960) == [480, 960])
        #expect(ResponsiveImage.widths(for: 300) == [300])
    }

    @Test func srcsetEncodesSpacesAndCommasInFileNames() {
        let image = ResponsiveImage(
            source: "media/bod, torv.jpg", width: 600, height: 400, format: .jpeg,
            variants: [.init(path: "media/bod, torv-480.jpg", width: 480, height: 320, format: .jpeg)])
        #expect(image.srcset(.jpeg) { "/" + $0 } == "/media/bod%2C%20torv-480.jpg 480w")
    }

    @Test func svgScriptsAreFoundWithTheirPlace() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <rect width=\"1\" onclick =\"x()\"/>\n<SCRIPT>alert(1)</SCRIPT>\n<text>on=fine, <b>onion</b></text></svg>"
        let found = SVGCheck.scripts(in: Array(svg.utf8))
        #expect(found.map(\.what) == ["onclick", "<script>"])
        #expect(found.map { "\($0.line):\($0.column)" } == ["2:19", "3:1"])
        #expect(SVGCheck.scripts(in: Array("<svg><title>Logo for onsdag</title><path d=\"M0 0\"/></svg>".utf8)).isEmpty)
    }

    @Test func webpMetadataChunksAreRemoved() {
        // RIFF, size, WEBP, VP8X with the EXIF flag, an EXIF chunk, a VP8 chunk.
        func chunk(_ name: String, _ data: [UInt8]) -> [UInt8] {
            Array(name.utf8) + [UInt8(data.count), 0, 0, 0] + data + (data.count % 2 == 1 ? [0] : [])
        }
        let body = Array("WEBP".utf8) + chunk("VP8X", [0x08] + Array(repeating: 0, count: 9)) + chunk("EXIF", Array("GPS!!".utf8))
            + chunk("VP8 ", [1, 2, 3, 4])
        let file = Array("RIFF".utf8) + [UInt8(body.count), 0, 0, 0] + body
        let stripped = WebPMetadata.stripped(file)
        let expectedBody = Array("WEBP".utf8) + chunk("VP8X", Array(repeating: 0, count: 10)) + chunk("VP8 ", [1, 2, 3, 4])
        #expect(stripped == Array("RIFF".utf8) + [UInt8(expectedBody.count), 0, 0, 0] + expectedBody)
    }

    private func contains(_ data: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard data.count >= needle.count else { return false }
        for start in 0...(data.count - needle.count) where data[start] == needle[0] {
            if data[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
