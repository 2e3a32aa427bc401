/// What several validators make of the same cell, worked out by the first that needs it and
/// reused by the others (`BuiltInValidator.read(_:sharing:)`). The profiler reads a cell as each
/// candidate type of its column, and some types read it the same way: the integer and decimal
/// types the same number, the three phone types (`phone-fr`, `phone-mobile`, `phone-landline`)
/// the same phone number. One value per cell: a new cell starts a new one.
struct SharedReadings {
    /// nil: not read yet; `.some(nil)`: read, and not one.
    private var number: WrittenNumber??
    private var phone: PhoneNumberReader.Number??

    /// The whole cell as a number, grouping allowed (`NumberReader.read`).
    mutating func number(_ cell: UnsafeBufferPointer<UInt8>) -> WrittenNumber? {
        if let number { return number }
        let read = NumberReader.read(cell, from: 0, to: cell.count, grouping: true)
        number = .some(read)
        return read
    }

    /// The whole cell as a French phone number (`PhoneNumberReader.number`).
    mutating func phone(_ cell: UnsafeBufferPointer<UInt8>) -> PhoneNumberReader.Number? {
        if let phone { return phone }
        let read = PhoneNumberReader.number(cell)
        phone = .some(read)
        return read
    }
}
