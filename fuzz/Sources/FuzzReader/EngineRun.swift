import Foundation
import LavandeKit

/// Checks the input as `lavande check` checks a file: written to a folder of its own (the engine
/// reads files by path; the folder is in /dev/shm when there is one, so nothing reaches a disk),
/// scanned, and run through the engine with every default rule.
enum EngineRun {
    /// The default rule books, loaded once.
    private static let rules: ActiveRules = {
        do {
            return try ActiveRules(RuleBookLoader().load([.defaultBook]), config: nil)
        } catch {
            fatalError("the default rule books do not load: \(error)")
        }
    }()

    /// This process's folder, removed when libFuzzer exits.
    private static let folder: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let folder = (base as NSString).appendingPathComponent("lavande-fuzz-\(getpid())")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot create \(folder): \(error)")
        }
        atexit { try? FileManager.default.removeItem(atPath: EngineRun.folder) }
        return folder
    }()

    /// `variant` picks the file's extension (`.txt` files are tables only if they prove delimited),
    /// and whether values are shown in evidence or masked.
    static func check(_ bytes: [UInt8], variant: Int) {
        let path = (folder as NSString).appendingPathComponent(variant % 3 == 0 ? "data.txt" : "data.csv")
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { fatalError("cannot write \(path)") }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let catalogue: DatasetCatalogue
        do {
            catalogue = try DatasetScanner().scan(paths: [path])
        } catch {
            fatalError("scanning \(path) threw \(error)")
        }
        let engine = Engine(rules: rules, options: EngineOptions(jobs: 1, showValues: variant % 2 == 1))
        // The engine renders the findings' messages; reporters, which only lay them out, are left
        // out: they would halve the executions per second.
        _ = run(engine, on: catalogue)
    }

    /// The engine's report on `catalogue`, waited for on this (non-async) thread.
    private static func run(_ engine: Engine, on catalogue: DatasetCatalogue) -> Report {
        final class Box: @unchecked Sendable {
            var report: Report?
        }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.report = await engine.run(catalogue)
            done.signal()
        }
        done.wait()
        return box.report!
    }
}
