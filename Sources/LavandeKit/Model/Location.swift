/// A column of a table: its 1-based index and its header (nil without header).
public struct ColumnRef: Sendable, Hashable, Codable {
    public var index: Int
    public var name: String?

    public init(index: Int, name: String?) {
        self.index = index
        self.name = name
    }
}

/// Where in a file something was found. Every part is optional: a file-level finding has none.
///
/// `row` is the record number (the header of a file without title rows is row 1, as in
/// frictionless); `line` is the physical line (they differ after quoted newlines); `offset` is the
/// byte offset from the start of the file.
public struct Location: Sendable, Hashable, Codable {
    public var row: Int?
    public var line: Int?
    public var column: ColumnRef?
    public var offset: Int?
    /// Byte column within the line (1-based), for byte-level findings.
    public var byteColumn: Int?

    public init(row: Int? = nil, line: Int? = nil, column: ColumnRef? = nil, offset: Int? = nil, byteColumn: Int? = nil) {
        self.row = row
        self.line = line
        self.column = column
        self.offset = offset
        self.byteColumn = byteColumn
    }

    public var isEmpty: Bool { row == nil && line == nil && column == nil && offset == nil }
}
