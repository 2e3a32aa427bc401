/// What differs between the databases the store runs on: placeholders, the clock, row locks.
public enum SQLDialect: String, Sendable {
    case sqlite
    case postgres

    /// The statement with placeholders and dialect words spelt for this database.
    func spell(_ sql: String) -> String {
        var text = sql
            .replacingOccurrences(of: "{now}", with: now)
            .replacingOccurrences(of: "{skip_locked}", with: skipLocked)
        if self == .postgres {
            // PostgreSQL numbers its placeholders; the store's SQL never holds a literal `?`.
            var numbered = ""
            var index = 0
            for character in text {
                if character == "?" {
                    index += 1
                    numbered += "$\(index)"
                } else {
                    numbered.append(character)
                }
            }
            text = numbered
        }
        return text
    }

    private var now: String {
        switch self {
        case .sqlite: "((julianday('now') - 2440587.5) * 86400.0)"
        case .postgres: "extract(epoch from clock_timestamp())::double precision"
        }
    }

    /// SQLite has one writer at a time, so a claim never meets a row another claim holds.
    private var skipLocked: String {
        switch self {
        case .sqlite: ""
        case .postgres: "FOR UPDATE SKIP LOCKED"
        }
    }

    /// A statement that makes concurrent schema set-ups wait for each other (several workers
    /// starting at once on one PostgreSQL database).
    var migrationLock: SQLStatement? {
        switch self {
        case .sqlite: nil
        case .postgres: SQLStatement("SELECT pg_advisory_xact_lock(7158303) IS NULL AS locked")
        }
    }
}
