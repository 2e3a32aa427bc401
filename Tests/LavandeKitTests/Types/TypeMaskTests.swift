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

    /// What a `RecordGate` keeps of a set: its two words, for catalogues of 128 types at most.
    func testLeadingWordsOfCataloguesUpTo128Types() {
        XCTAssertEqual(TypeMask([5], count: 40).leadingWords.map { [$0.0, $0.1] }, [1 << 5, 0])
        XCTAssertEqual(TypeMask([0, 64, 127], count: 128).leadingWords.map { [$0.0, $0.1] }, [1, 1 | 1 << 63])
        XCTAssertNil(TypeMask([3], count: 129).leadingWords)
    }
}
