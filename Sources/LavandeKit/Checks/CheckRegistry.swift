/// The check kinds rule books can name. `builtIn` holds every kind shipped with Lavande; a
/// program embedding LavandeKit can register kinds of its own.
public struct CheckRegistry: Sendable {
    private var kinds: [String: any CheckKind.Type] = [:]

    public init(_ kinds: [any CheckKind.Type] = []) {
        for kind in kinds { register(kind) }
    }

    public mutating func register(_ kind: any CheckKind.Type) {
        kinds[kind.name] = kind
    }

    public func kind(named name: String) -> (any CheckKind.Type)? { kinds[name] }

    public var names: [String] { kinds.keys.sorted() }

    public var all: [any CheckKind.Type] { names.compactMap { kinds[$0] } }

    public static let builtIn = CheckRegistry(EncodingChecks.kinds + StructureChecks.kinds + TypeChecks.kinds + PersonalDataChecks.kinds + LicenceChecks.kinds + SchemaChecks.kinds)
}
