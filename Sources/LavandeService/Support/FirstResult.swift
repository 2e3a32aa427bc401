import NIOConcurrencyHelpers

/// The first of several values offered from different tasks; later offers are ignored. Lets a
/// caller wait for whichever comes first, a job's result or a deadline, without waiting for the
/// other.
final class FirstResult<Value: Sendable>: Sendable {
    private enum State {
        case empty
        case waiting(CheckedContinuation<Value, Never>)
        case done(Value)
    }

    private let state = NIOLockedValueBox(State.empty)

    func offer(_ value: Value) {
        state.withLockedValue { state in
            switch state {
            case .empty:
                state = .done(value)
            case let .waiting(continuation):
                continuation.resume(returning: value)
                state = .done(value)
            case .done:
                break
            }
        }
    }

    /// Waits for the first offer (only one caller may wait).
    func value() async -> Value {
        await withCheckedContinuation { continuation in
            state.withLockedValue { state in
                if case let .done(value) = state {
                    continuation.resume(returning: value)
                } else {
                    state = .waiting(continuation)
                }
            }
        }
    }
}
