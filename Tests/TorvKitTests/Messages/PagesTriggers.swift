@testable import TorvKit

extension MessageTriggers {
    static let pages: [MessageTrigger] = []
}
