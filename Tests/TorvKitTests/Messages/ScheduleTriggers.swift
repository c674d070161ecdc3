@testable import TorvKit

extension MessageTriggers {
    static let schedule: [MessageTrigger] = [
        MessageTrigger(
            entry: "scheduleEndBeforeStart(publishOn:unpublishOn:)",
            files: [loadingPage: "---\ntitle: Handlinger\nsummary: Seks handlinger.\npublish_on: 2026-12-01\nunpublish_on: 2026-11-01\n---\n"],
            expected: "\(loadingPage):5:15: error: schedule-order",
            fragment: "`unpublish_on` (2026-11-01) is not after `publish_on` (2026-12-01)"),
        MessageTrigger(
            entry: "linkToUnpublished(destination:target:visibility:)",
            files: [
                loadingPage: "---\ntitle: Handlinger\nsummary: Seks handlinger.\n---\n\nSe [den nye plan](plan.da.md).\n",
                "content/strategi/plan.da.md": "---\ntitle: Plan\nsummary: Den nye plan.\npublish_on: 2026-12-01\n---\n",
            ],
            expected: "\(loadingPage):6:4: error: link-to-unpublished",
            fragment: "which is not published until 2026-12-01"),
    ]
}
