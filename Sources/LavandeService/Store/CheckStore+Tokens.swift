extension CheckStore {
    /// Makes a token and stores its hash; the secret is returned once and never kept.
    /// Names are unique among live tokens (they revoke by name): a name in use gives nil.
    public func createToken(name: String, role: Role, publisher: String?) async throws -> (token: APIToken, secret: String)? {
        let (id, secret) = TokenSecret.generate()
        let rows = try await backend.rows("""
            INSERT INTO api_tokens (id, name, role, publisher, secret_hash, created_at)
            SELECT ?, ?, ?, ?, ?, {now}
            WHERE NOT EXISTS (SELECT 1 FROM api_tokens WHERE name = ? AND revoked_at IS NULL)
            RETURNING id, name, role, publisher, secret_hash, created_at, revoked_at
            """, [.text(id), .text(name), .text(role.rawValue), publisher.sqlValue, .text(TokenSecret.hash(secret)), .text(name)])
        return try rows.first.map { (try CheckStore.token($0), secret) }
    }

    /// The live token whose secret this is.
    public func token(secret: String) async throws -> APIToken? {
        try await backend.rows("""
            SELECT id, name, role, publisher, secret_hash, created_at, revoked_at FROM api_tokens
            WHERE secret_hash = ? AND revoked_at IS NULL
            """, [.text(TokenSecret.hash(secret))]).first.map(CheckStore.token)
    }

    public func tokens() async throws -> [APIToken] {
        try await backend.rows("SELECT id, name, role, publisher, secret_hash, created_at, revoked_at FROM api_tokens ORDER BY created_at, id")
            .map(CheckStore.token)
    }

    /// Revokes the live token of this id or name; false when there is none.
    public func revokeToken(_ idOrName: String) async throws -> Bool {
        try await !backend.rows("""
            UPDATE api_tokens SET revoked_at = {now} WHERE (id = ? OR name = ?) AND revoked_at IS NULL RETURNING id
            """, [.text(idOrName), .text(idOrName)]).isEmpty
    }

    private static func token(_ row: SQLRow) throws -> APIToken {
        guard let id = row.string("id"), let name = row.string("name"), let role = row.string("role").flatMap(Role.init(rawValue:)),
              let hash = row.string("secret_hash"), let created = row.double("created_at") else {
            throw MalformedRow(table: "api_tokens", column: "id, name, role, secret_hash or created_at")
        }
        return APIToken(id: id, name: name, role: role, publisher: row.string("publisher"), secretHash: hash,
                        createdAt: created, revokedAt: row.double("revoked_at"))
    }
}
