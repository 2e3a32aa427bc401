/// The `structure.` family: whether a file is a well-formed table.
public enum StructureChecks {
    public static let kinds: [any CheckKind.Type] = [
        EmptyFileCheck.self, NoDataRowsCheck.self, BinaryContentCheck.self, MissingHeaderCheck.self,
        BlankHeaderCheck.self, DuplicateHeaderCheck.self, HeaderWhitespaceCheck.self, CellCountCheck.self,
        BlankRowsCheck.self, TrailingEmptyColumnsCheck.self, TitleRowCheck.self, UnclosedQuoteCheck.self,
        SingleColumnCheck.self, UnreadableFileCheckKind.self,
    ]
}
