/// Where the cells of one record are, for the examples a profile keeps: made once per record and
/// read only for the cells kept. The columns are viewed, not copied: copying a column's name for
/// every cell would count a reference to it each time.
struct RecordPlace {
    let row: Int
    let line: Int
    /// The file's columns, by index.
    let columns: UnsafeBufferPointer<ColumnRef>

    func location(column: Int) -> Location {
        Location(row: row, line: line, column: columns[column])
    }
}
