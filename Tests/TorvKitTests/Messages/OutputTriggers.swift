@testable import TorvKit

extension MessageTriggers {
    static let output: [MessageTrigger] = []
}
