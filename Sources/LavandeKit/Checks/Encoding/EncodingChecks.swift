/// The `encoding.` family: how the bytes of a file are written.
public enum EncodingChecks {
    public static let kinds: [any CheckKind.Type] = [
        NotUTF8Check.self, ByteOrderMarkCheck.self, LineEndingsCheck.self, ByteEventCheck.self,
    ]
}
