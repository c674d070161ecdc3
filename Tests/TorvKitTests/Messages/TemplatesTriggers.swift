@testable import TorvKit

extension MessageTriggers {
    static let templates: [MessageTrigger] = []
}
