import XCTest
@testable import LavandeKit

/// The publisher's own addresses (`PublisherIdentity.owns(email:)`), found by the last `@` of an
/// address whatever the characters before it.
final class PublisherIdentityTests: XCTestCase {
    private let publisher = PublisherIdentity(domains: ["Mairie-Lavandin.fr"])

    func testAnAddressAtTheDomainOrASubdomainIsOwned() {
        XCTAssertTrue(publisher.owns(email: "accueil@mairie-lavandin.fr"))
        XCTAssertTrue(publisher.owns(email: "Hélène.Durand@MAIRIE-LAVANDIN.FR"), "accents before the @, any case")
        XCTAssertTrue(publisher.owns(email: "jeunesse@services.mairie-lavandin.fr"))
        XCTAssertTrue(publisher.owns(email: "\"a@b\"@mairie-lavandin.fr"), "the domain follows the last @")
    }

    func testOtherDomainsAndTextWithoutAnAtAreNot() {
        XCTAssertFalse(publisher.owns(email: "jeanne@mairie-lavandin.fr.example.com"))
        XCTAssertFalse(publisher.owns(email: "jeanne@autre-mairie-lavandin.fr"))
        XCTAssertFalse(publisher.owns(email: "mairie-lavandin.fr"))
        XCTAssertFalse(publisher.owns(email: "mairie-lavandin.fr@gmail.com"))
        XCTAssertFalse(PublisherIdentity().owns(email: "accueil@mairie-lavandin.fr"), "no domain declared")
    }
}
