@testable import TorvKit

extension MessageTriggers {
    static let stories: [MessageTrigger] = []
}
