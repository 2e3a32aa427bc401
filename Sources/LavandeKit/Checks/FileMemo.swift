import Foundation

/// What the observers of one file compute once and share (the file's Table Schema, read and
/// loaded once for every schema rule instead of once per rule). One per file, for the pass.
public final class FileMemo: @unchecked Sendable {
    // Values are only stored under the lock; observers of a file are made one after the other.
    private let lock = NSLock()
    private var values: [String: Any] = [:]

    public init() {}

    /// The value stored under `key`, made by `make` the first time.
    public func value<Value>(_ key: String, make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] as? Value { return value }
        let value = make()
        values[key] = value
        return value
    }
}
