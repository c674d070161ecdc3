@testable import TorvKit

extension MessageTriggers {
    static let editors: [MessageTrigger] = []
}
