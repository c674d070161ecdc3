@testable import TorvKit

extension MessageTriggers {
    static let links: [MessageTrigger] = []
}
