@testable import LavandeKit
import XCTest

final class TypeMaskTests: XCTestCase {
    func testSetsIntersectOnASharedTypeInAnyWord() {
        let looked = TypeMask([3, 70], count: 130)
        XCTAssertTrue(looked.intersects(TypeMask([70], count: 130)), "second word")
        XCTAssertTrue(looked.intersects(TypeMask([1, 3], count: 130)), "first word")
        XCTAssertFalse(looked.intersects(TypeMask([2, 64, 69, 71, 129], count: 130)), "neighbours only")
        XCTAssertFalse(looked.intersects(TypeMask(count: 130)))
        var read = TypeMask([129], count: 130)
        XCTAssertFalse(read.intersects(looked))
        read.insert(3)
        XCTAssertTrue(read.intersects(looked))
    }
}
