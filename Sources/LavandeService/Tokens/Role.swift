/// What a token may do.
public enum Role: String, Sendable, Codable, CaseIterable {
    /// A municipality or any producer: submits checks for its own publisher name and reads them.
    case publisher
    /// The platform: reads every check, and may submit on behalf of any publisher (a portal's
    /// upload hook).
    case auditor
}

/// The token a request was made with, once verified.
public struct Principal: Sendable, Equatable {
    public var tokenID: String
    public var role: Role
    /// The publisher a publisher token speaks for; nil for auditors.
    public var publisher: String?

    public init(tokenID: String, role: Role, publisher: String?) {
        self.tokenID = tokenID
        self.role = role
        self.publisher = publisher
    }

    /// Whether it may see checks of `publisher`.
    public func mayRead(publisher other: String) -> Bool {
        role == .auditor || publisher == other
    }
}
