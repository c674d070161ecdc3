@testable import TorvKit

extension MessageTriggers {
    static let yaml: [MessageTrigger] = []
}
