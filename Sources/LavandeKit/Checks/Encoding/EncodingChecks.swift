/// The `encoding.` family: how the bytes of a file are written.
public enum EncodingChecks {
    public static let kinds: [any CheckKind.Type] = [
        NotUTF8Check.self, ByteOrderMarkCheck.self, MojibakeCheck.self, LineEndingsCheck.self,
        ControlCharactersCheck.self, NulBytesCheck.self,
    ]
}
