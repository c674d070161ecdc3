@testable import TorvKit

extension MessageTriggers {
    static let prize: [MessageTrigger] = []
}
