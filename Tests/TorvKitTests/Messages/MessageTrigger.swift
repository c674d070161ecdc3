import Foundation
import Testing
@testable import TorvKit

/// A broken input that must produce one message catalogue entry, at an exact place.
///
/// Each `Messages/*Triggers.swift` file lists the triggers for one part of the catalogue;
/// `MessageTests` runs them all and checks that together they reach every entry.
struct MessageTrigger: Sendable, CustomTestStringConvertible {
    /// The fixture the trigger starts from.
    enum Base: Sendable {
        /// `TestSite.minimal`: a complete bilingual site with a few strategy pages.
        case minimal
        /// `CatalogueFixture.files`: the minimal site plus a catalogue with two enterprises.
        case catalogue
        /// `SectionsFixture.files`: the catalogue plus prize, market day and a story.
        case sections

        var files: [String: String] {
            switch self {
            case .minimal: TestSite.minimal
            case .catalogue: CatalogueFixture.files
            case .sections: SectionsFixture.files
            }
        }
    }

    /// The catalogue entry, as `Message.entry` names it: `cvrChecksum(_:)`.
    var entry: String
    var base: Base = .minimal
    /// Files added to or replacing the base's, by path from the site folder (`content/…`, `templates/…`).
    var files: [String: String] = [:]
    /// Files taken away from the base.
    var removed: [String] = []
    /// How to run Torv on the site; by default `torv check` with today 2026-11-22.
    var run: @Sendable (TestSite) throws -> [Diagnostic] = MessageTrigger.check
    /// `path:line:column: severity: code` of the expected diagnostic, with the site folder taken off
    /// the path (`-` for a diagnostic without a place).
    var expected: String
    /// A piece of the message's text that must appear in it.
    var fragment: String

    var testDescription: String { entry }

    @Sendable static func check(_ site: TestSite) throws -> [Diagnostic] {
        var options = site.options
        options.today = LocalDate(iso: "2026-11-22")
        return SiteBuilder.run(options, write: false).diagnostics
    }

    /// The site this trigger describes, in a fresh temporary folder.
    func makeSite() throws -> TestSite {
        let site = try TestSite(base.files.merging(files) { $1 })
        for path in removed { try site.remove(path) }
        return site
    }
}

/// All triggers, one list per part of the catalogue.
enum MessageTriggers {
    static var all: [MessageTrigger] {
        files + yaml + site + pages + markdown + links + templates + output
            + catalogue + prize + marketDay + stories + editors + schedule + addresses + glossary + images + search + preview + cache
    }
}
