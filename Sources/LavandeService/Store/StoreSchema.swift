/// The tables of the store, in SQL that SQLite and PostgreSQL both read. Times are seconds since
/// 1970 as `DOUBLE PRECISION`, from the database's clock; lists and summaries are JSON text.
/// `seq` orders checks by submission (the clock's milliseconds can tie); on PostgreSQL two
/// submissions at the same instant may share one, and the id then orders them.
enum StoreSchema {
    static let version = 1

    static let statements: [String] = [
        """
        CREATE TABLE IF NOT EXISTS lavande_schema (version BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS checks (
            id TEXT PRIMARY KEY,
            seq BIGINT NOT NULL,
            dataset TEXT NOT NULL,
            publisher TEXT NOT NULL,
            submitted_by TEXT NOT NULL,
            status TEXT NOT NULL,
            files TEXT NOT NULL,
            submitted_at DOUBLE PRECISION NOT NULL,
            started_at DOUBLE PRECISION,
            finished_at DOUBLE PRECISION,
            attempts BIGINT NOT NULL DEFAULT 0,
            claim_token TEXT,
            worker TEXT,
            lease_until DOUBLE PRECISION,
            summary TEXT,
            finding_keys TEXT,
            report_en TEXT,
            report_fr TEXT,
            failure TEXT,
            upload_purged_at DOUBLE PRECISION
        )
        """,
        "CREATE INDEX IF NOT EXISTS checks_by_status ON checks (status, seq)",
        "CREATE INDEX IF NOT EXISTS checks_by_dataset ON checks (publisher, dataset, seq)",
        "CREATE INDEX IF NOT EXISTS checks_by_seq ON checks (seq)",
        """
        CREATE TABLE IF NOT EXISTS check_runs (
            check_id TEXT NOT NULL,
            attempt BIGINT NOT NULL,
            worker TEXT NOT NULL,
            claim_token TEXT NOT NULL UNIQUE,
            started_at DOUBLE PRECISION NOT NULL,
            finished_at DOUBLE PRECISION,
            outcome TEXT,
            PRIMARY KEY (check_id, attempt)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS api_tokens (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            publisher TEXT,
            secret_hash TEXT NOT NULL UNIQUE,
            created_at DOUBLE PRECISION NOT NULL,
            revoked_at DOUBLE PRECISION
        )
        """,
        // Tokens are revoked by name: two live tokens never share one.
        "CREATE UNIQUE INDEX IF NOT EXISTS api_tokens_live_name ON api_tokens (name) WHERE revoked_at IS NULL",
        "INSERT INTO lavande_schema (version) SELECT \(version) WHERE NOT EXISTS (SELECT 1 FROM lavande_schema)",
    ]
}
