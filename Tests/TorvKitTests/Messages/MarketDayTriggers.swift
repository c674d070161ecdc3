@testable import TorvKit

extension MessageTriggers {
    static let marketDay: [MessageTrigger] = []
}
