import Crypto
import Foundation

/// A token as the store keeps it: never the secret, only its SHA-256.
public struct APIToken: Sendable, Equatable {
    /// Public identifier (`tok_…`), shown in lists and logs.
    public var id: String
    /// What the operator called it (`mairie-de-lavandou`, `ckan-hook`).
    public var name: String
    public var role: Role
    public var publisher: String?
    /// Lower-case hexadecimal SHA-256 of the secret.
    public var secretHash: String
    public var createdAt: Double
    public var revokedAt: Double?

    public var principal: Principal { Principal(tokenID: id, role: role, publisher: publisher) }
}

/// Makes and hashes token secrets. A secret carries 160 random bits, so a plain SHA-256 is the
/// right hash at rest (as for GitHub's tokens): a slow password hash protects guessable secrets,
/// and these are not guessable.
public enum TokenSecret {
    /// The prefix of every secret, so that secret scanners and people recognise one.
    public static let prefix = "lvd_"

    /// A new secret and its public id.
    public static func generate() -> (id: String, secret: String) {
        ("tok_" + RandomID.base32(bytes: 5), prefix + RandomID.base32(bytes: 20))
    }

    public static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).hexadecimal
    }
}

extension Sequence where Element == UInt8 {
    /// Lower-case hexadecimal digits.
    var hexadecimal: String {
        var text = ""
        for byte in self {
            text.append(String(byte >> 4, radix: 16))
            text.append(String(byte & 0xF, radix: 16))
        }
        return text
    }
}
