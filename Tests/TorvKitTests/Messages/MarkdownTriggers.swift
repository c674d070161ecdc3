@testable import TorvKit

extension MessageTriggers {
    static let markdown: [MessageTrigger] = []
}
