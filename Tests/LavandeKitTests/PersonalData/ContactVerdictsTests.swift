import XCTest
@testable import LavandeKit

/// The verdicts on contact values kept by their bytes (`ContactVerdicts`): a repeated value is
/// judged once, and a value never takes the verdict of another, even one of the same slot.
final class ContactVerdictsTests: XCTestCase {
    private func isAdministrative(_ value: String, in verdicts: inout ContactVerdicts, judged: inout [String]) -> Bool {
        Array(value.utf8).withUnsafeBufferPointer { bytes in
            verdicts.isAdministrative(bytes) {
                judged.append(value)
                return value.hasPrefix("accueil")
            }
        }
    }

    func testARepeatedValueIsJudgedOnce() {
        var verdicts = ContactVerdicts(), judged: [String] = []
        for _ in 0..<3 {
            XCTAssertTrue(isAdministrative("accueil@mairie-lavandin.fr", in: &verdicts, judged: &judged))
            XCTAssertFalse(isAdministrative("jeanne.durand@example.fr", in: &verdicts, judged: &judged))
            XCTAssertFalse(isAdministrative("", in: &verdicts, judged: &judged))
        }
        XCTAssertEqual(judged, ["accueil@mairie-lavandin.fr", "jeanne.durand@example.fr", ""])
    }

    func testValuesOfOneSlotAreBothKeptEachWithItsVerdict() throws {
        func slot(_ value: String) -> Int { Array(value.utf8).withUnsafeBufferPointer(ContactVerdicts.slot(of:)) }
        // A person's address looked for first where a mailbox of the administration is kept.
        let mailbox = "accueil@mairie-lavandin.fr"
        let person = try XCTUnwrap((0..<1_000_000).lazy.map { "jeanne.durand\($0)@example.fr" }.first { slot($0) == slot(mailbox) })
        var verdicts = ContactVerdicts(), judged: [String] = []
        for _ in 0..<2 {
            XCTAssertTrue(isAdministrative(mailbox, in: &verdicts, judged: &judged))
            XCTAssertFalse(isAdministrative(person, in: &verdicts, judged: &judged))
        }
        XCTAssertEqual(judged, [mailbox, person], "each judged once, and neither took the other's verdict")
    }

    func testValuesLongerThanASlotHoldsAreJudgedAtEverySighting() {
        var verdicts = ContactVerdicts(), judged: [String] = []
        let longest = "accueil@" + String(repeating: "a", count: ContactVerdicts.keyCapacity - 11) + ".fr"
        let longer = "accueil@" + String(repeating: "a", count: ContactVerdicts.keyCapacity - 10) + ".fr"
        XCTAssertEqual(longest.utf8.count, ContactVerdicts.keyCapacity)
        for _ in 0..<2 {
            XCTAssertTrue(isAdministrative(longest, in: &verdicts, judged: &judged))
            XCTAssertTrue(isAdministrative(longer, in: &verdicts, judged: &judged))
        }
        XCTAssertEqual(judged, [longest, longer, longer], "the longest kept, the longer judged again")
    }

    /// A copy keeps its own table (an array's): written to, it is copied elsewhere in memory, and
    /// still finds the values kept before, as the original does.
    func testACopyFindsTheValuesKeptBeforeIt() {
        var verdicts = ContactVerdicts(), judged: [String] = []
        let values = (0..<100).map { "agent\($0)@mairie-lavandin.fr" }
        for value in values { _ = isAdministrative(value, in: &verdicts, judged: &judged) }
        var copy = verdicts
        XCTAssertTrue(isAdministrative("accueil@mairie-lavandin.fr", in: &copy, judged: &judged))
        for value in values {
            _ = isAdministrative(value, in: &copy, judged: &judged)
            _ = isAdministrative(value, in: &verdicts, judged: &judged)
        }
        XCTAssertEqual(judged, values + ["accueil@mairie-lavandin.fr"], "none judged again, in the copy or the original")
    }

    func testTheTableIsEmptiedWhenFull() {
        var verdicts = ContactVerdicts(), judged: [String] = []
        let values = (0..<ContactVerdicts.capacity).map { "agent\($0)@mairie-lavandin.fr" }
        for value in values { _ = isAdministrative(value, in: &verdicts, judged: &judged) }
        _ = isAdministrative(values[1], in: &verdicts, judged: &judged)
        XCTAssertEqual(judged.count, ContactVerdicts.capacity, "every value kept until the table is full")
        _ = isAdministrative("accueil@mairie-lavandin.fr", in: &verdicts, judged: &judged)
        _ = isAdministrative(values[1], in: &verdicts, judged: &judged)
        XCTAssertEqual(judged.suffix(2), ["accueil@mairie-lavandin.fr", values[1]], "emptied, then filled again")
    }
}
