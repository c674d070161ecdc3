/// Messages about drafts and dates: `draft`, `publish_on` and `unpublish_on` on pages and data records.
extension Message {
    static func scheduleEndBeforeStart(publishOn: String, unpublishOn: String) -> Message {
        .error(.scheduleOrder, "`unpublish_on` (\(unpublishOn)) is not after `publish_on` (\(publishOn)), so it is never shown",
            hint: "`publish_on` is the first day it is shown, `unpublish_on` the first day it is not; make `unpublish_on` later")
    }

    /// A published page links to a page that is a draft, not yet published or withdrawn on the build's date.
    static func linkToUnpublished(destination: String, target: String, visibility: Visibility) -> Message {
        .error(.linkToUnpublished,
            "the link `\(destination)` leads to content/\(target), which \(visibility.described)",
            hint: visibility.advice)
    }

}

extension Visibility {
    /// "is a draft", "is not published until …", for messages.
    fileprivate var described: String {
        switch self {
        case .published: "is published"
        case .draft: "is a draft (`draft: true`)"
        case .scheduled(let date): "is not published until \(date) (`publish_on: \(date)`)"
        case .expired(let date): "was withdrawn on \(date) (`unpublish_on: \(date)`)"
        }
    }

    fileprivate var advice: String {
        switch self {
        case .published, .draft:
            "remove the link until the page is published, or take out `draft: true` there"
        case .scheduled(let date):
            "remove the link for now, or give this page `publish_on: \(date)` too, so both are published together"
        case .expired(let date):
            "remove the link, or give this page `unpublish_on: \(date)` too"
        }
    }
}
