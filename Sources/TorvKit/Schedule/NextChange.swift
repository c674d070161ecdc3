/// The next date on which the output changes by itself, with nothing edited: a page or record
/// reaching its `publish_on` or `unpublish_on`, nominations opening or closing, a market day
/// passing (the home page then shows the next one), an enterprise's review falling due. CI can
/// schedule the next build for that date.
public struct NextChange: Sendable, Equatable {
    public var date: LocalDate
    /// Every rule that changes on `date`, in a stable order.
    public var reasons: [String]

    public var reason: String { reasons.joined(separator: "; ") }

    /// The earliest date after `today` from every date rule in `content` (read before drafts and
    /// dates are applied, so scheduled items count). Nil without a date or when nothing is due.
    static func find(in content: ContentSet, today: LocalDate?) -> NextChange? {
        guard let today else { return nil }
        var candidates: [(LocalDate, String)] = []
        func add(_ date: LocalDate?, _ reason: String) {
            if let date, date > today { candidates.append((date, reason)) }
        }
        func add(_ schedule: Schedule?, _ what: String) {
            guard let schedule, !schedule.draft else { return }
            add(schedule.publishOn, NextChangeTexts.published(what))
            add(schedule.unpublishOn, NextChangeTexts.withdrawn(what))
        }
        for page in content.pages { add(page.frontMatter.schedule, NextChangeTexts.file("content/" + page.relativePath)) }
        for enterprise in content.catalogue?.enterprises ?? [] {
            add(enterprise.schedule, NextChangeTexts.enterprise(enterprise.id))
            for product in enterprise.products { add(product.schedule, NextChangeTexts.product(product.id)) }
            // The review reminder appears the day the last review is more than 365 days old.
            add(enterprise.lastReviewed?.adding(days: 366), NextChangeTexts.reviewDue(enterprise.id))
        }
        for day in content.marketDays {
            add(day.schedule, NextChangeTexts.marketDay(day.year))
            if day.schedule?.draft != true { add(day.date.adding(days: 1), NextChangeTexts.marketDayPassed(day.year)) }
        }
        if let prize = content.prize {
            add(prize.opens, NextChangeTexts.nominationsOpen)
            add(prize.deadline?.adding(days: 1), NextChangeTexts.nominationsClose)
        }
        guard let date = candidates.map(\.0).min() else { return nil }
        var reasons: [String] = []
        for (when, reason) in candidates where when == date && !reasons.contains(reason) { reasons.append(reason) }
        return NextChange(date: date, reasons: reasons.sorted())
    }
}
