@testable import TorvKit

extension MessageTriggers {
    static let catalogue: [MessageTrigger] = []
}
