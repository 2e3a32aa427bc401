import Foundation
import XCTest
@testable import LavandeKit

/// `--shard I/N`: which datasets a shard keeps.
final class ShardTests: XCTestCase {
    /// The hash never changes: the shards of a run computed on different machines agree. The
    /// values were computed apart from this code (FNV-1a 64-bit, then MurmurHash3's fmix64).
    func testHashIsStable() {
        XCTAssertEqual(Shard.hash(""), 17_280_346_270_528_514_342)
        XCTAssertEqual(Shard.hash("a"), 9_413_272_369_427_828_315)
        XCTAssertEqual(Shard.hash("."), 1_309_534_271_775_916_237)
        XCTAssertEqual(Shard.hash("marches-publics-casse"), 16_590_093_353_878_988_635)
        XCTAssertEqual(Shard.hash("departement-13/commune-13055"), 13_341_411_261_464_607_434)
        XCTAssertEqual(Shard.hash("équipements"), 15_489_564_378_596_099_239, "the UTF-8 bytes of the name")
        XCTAssertTrue(Shard("2/3")!.contains(dataset: "marches-publics-casse"))
        XCTAssertTrue(Shard("1/2")!.contains(dataset: "departement-13/commune-13055"))
    }

    func testParsing() {
        XCTAssertEqual(Shard("2/8"), Shard(index: 2, count: 8))
        XCTAssertEqual(Shard("1/1")?.description, "1/1")
        for invalid in ["0/3", "4/3", "1/0", "-1/2", "3", "a/b", "1/3/4", "", "/3", "1/", " 1/3"] {
            XCTAssertNil(Shard(invalid), invalid)
        }
    }

    func testEveryDatasetIsInExactlyOneShard() throws {
        let names = try samples().datasets.map(\.name) + [".", "a/b", "données/2024"]
        for count in 1...5 {
            for name in names {
                let holding = (1...count).filter { Shard(index: $0, count: count)!.contains(dataset: name) }
                XCTAssertEqual(holding.count, 1, "\(name) with \(count) shards")
            }
        }
    }

    func testSelectKeepsTheShardsDatasetsInOrder() throws {
        let catalogue = try samples()
        let shards = (1...3).map { Shard(index: $0, count: 3)!.select(catalogue) }
        XCTAssertEqual(shards.flatMap(\.datasets).map(\.name).sorted(), catalogue.datasets.map(\.name).sorted())
        for shard in shards {
            XCTAssertEqual(shard.root, catalogue.root)
            XCTAssertEqual(shard.datasets.map(\.name), shard.datasets.map(\.name).sorted())
        }
    }

    /// Over 1,000 names, each shard holds its share within 25 % (three standard deviations of
    /// chance for 8 shards).
    func testSharesAreBalanced() {
        let names = (0..<1000).map { index in
            let departement = index / 10 + 1
            return String(format: "departement-%02ld/commune-%05ld", departement, departement * 1000 + index % 10 * 7)
        }
        for count in 2...8 {
            let expected = Double(names.count) / Double(count)
            for index in 1...count {
                let held = names.filter { Shard(index: index, count: count)!.contains(dataset: $0) }.count
                XCTAssertLessThan(abs(Double(held) - expected) / expected, 0.25, "shard \(index)/\(count) holds \(held)")
            }
        }
    }

    /// Names that differ only in high bits of a byte still spread: with plain FNV-1a, `jeu-2021`,
    /// `jeu-2025` and `jeu-2029` would share a shard of 4 (`1`, `5`, `9` end with the same two bits).
    func testNamesAlikeSpreadOverShards() {
        let shards = ["jeu-2021", "jeu-2025", "jeu-2029"].map { name in
            (1...4).first { Shard(index: $0, count: 4)!.contains(dataset: name) }!
        }
        XCTAssertEqual(Set(shards).count, 3)
    }

    private func samples() throws -> DatasetCatalogue {
        try DatasetScanner().scan(paths: [ReporterFixtures.repository.appendingPathComponent("samples").path])
    }
}
