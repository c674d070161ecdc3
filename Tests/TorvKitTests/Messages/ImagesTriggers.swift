import Foundation
@testable import TorvKit

extension MessageTriggers {
    /// A page in the minimal site whose sixth line shows an image.
    static func imagePage(_ markdown: String) -> [String: String] {
        ["content/strategi/handlinger.da.md": "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\n\(markdown)\n"]
    }

    static let images: [MessageTrigger] = [
        MessageTrigger(
            entry: "imageUnreadable(file:)",
            files: ["content/media/foto.jpg": "This is a text file with a .jpg name.\n"],
            expected: "content/media/foto.jpg:1:1: error: not-an-image",
            fragment: "has the name of an image, but it is not an image"),
        MessageTrigger(
            entry: "notAnImage(file:)",
            files: imagePage("![Planen](../media/plan.pdf)").merging(["content/media/plan.pdf": "%PDF-1.4\n"]) { $1 },
            expected: "content/strategi/handlinger.da.md:6:1: error: not-an-image",
            fragment: "`../media/plan.pdf` is not an image"),
        MessageTrigger(
            entry: "imageTooSmall(file:width:needed:)",
            files: imagePage("![Et lille billede](../media/lille.png)"),
            run: { site in
                try site.write("content/media/lille.png", bytes: TestSite.fixtureImage("small-200x150.png"))
                return try MessageTrigger.check(site)
            },
            expected: "content/strategi/handlinger.da.md:6:1: warning: image-too-small",
            fragment: "only 200 pixels wide; it is shown up to 480 pixels"),
        MessageTrigger(
            entry: "imageLibraryMissing(file:others:library:)",
            files: imagePage("![Et billede](../media/a.png)"),
            run: { site in
                try site.write("content/media/a.png", bytes: TestSite.fixtureImage("small-200x150.png"))
                try site.write("content/media/b.png", bytes: TestSite.fixtureImage("small-200x150.png"))
                var options = site.options
                options.today = LocalDate(iso: "2026-11-22")
                options.imageLibrary = "libvips-not-installed.so.0"
                return SiteBuilder.run(options, write: false).diagnostics
            },
            expected: "content/media/a.png:1:1: error: image-library-missing",
            fragment: "`media/a.png` and 1 other image cannot be made ready for the web: Torv needs the image library libvips (`libvips-not-installed.so.0`)"),
        MessageTrigger(
            entry: "svgScript(what:)",
            files: ["content/media/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(1)</script>\n</svg>\n"],
            expected: "content/media/logo.svg:2:3: error: svg-script",
            fragment: "contains a script (`<script>`)"),
    ]
}
