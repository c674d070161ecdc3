@testable import TorvKit

extension MessageTriggers {
    static let site: [MessageTrigger] = []
}
