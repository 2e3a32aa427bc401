/// Reads web addresses: `http://` or `https://` (without case), then a host — `localhost`, an IPv4
/// address, a bracketed IPv6 address or a ``DomainName`` with a dot — then an optional port
/// (1–65535), then an optional path, query or fragment starting with `/`, `?` or `#`. No spaces,
/// control characters, quotes or angle brackets anywhere. An address without scheme
/// (`www.example.fr`) does not have the shape of a URL.
enum URLReader {
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        var index: Int
        if CellBytes.hasPrefix(cell, "https://") {
            index = 8
        } else if CellBytes.hasPrefix(cell, "http://") {
            index = 7
        } else {
            return nil
        }
        let hostStart = index
        guard index < cell.count else { return nil }
        if cell[index] == 0x5B {
            index += 1
            while index < cell.count, cell[index] != 0x5D {
                let byte = cell[index]
                guard CellBytes.isDigit(byte) || (CellBytes.lower(byte) &- 0x61 < 6) || byte == CellBytes.colon
                        || byte == CellBytes.point else { return nil }
                index += 1
            }
            guard index < cell.count, index - hostStart >= 3 else { return nil }
            index += 1
        } else {
            while index < cell.count, !endsHost(cell[index]) { index += 1 }
            let isLocalhost = index - hostStart == 9 && CellBytes.hasPrefix(cell, "localhost", at: hostStart)
            guard isLocalhost || isIPv4(cell, from: hostStart, to: index)
                    || DomainName.isValid(cell, from: hostStart, to: index) else { return nil }
        }
        if index < cell.count, cell[index] == CellBytes.colon {
            let port = CellBytes.digitRun(cell, at: index + 1, longest: 5)
            guard port.length > 0, port.value >= 1, port.value <= 65_535 else { return nil }
            index = port.end
        }
        guard index < cell.count else { return ValueReading() }
        guard endsHost(cell[index]), cell[index] != CellBytes.colon else { return nil }
        while index < cell.count {
            let byte = cell[index]
            guard byte > CellBytes.space, byte != 0x7F, byte != 0x22, byte != 0x3C, byte != 0x3E else { return nil }
            index += 1
        }
        return ValueReading()
    }

    /// `/`, `?`, `#` or `:`: what may follow a host.
    @inline(__always)
    private static func endsHost(_ byte: UInt8) -> Bool {
        byte == CellBytes.slash || byte == 0x3F || byte == 0x23 || byte == CellBytes.colon
    }

    /// Four dot-separated numbers of 1–3 digits, each at most 255.
    private static func isIPv4(_ cell: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        for part in 0..<4 {
            let number = CellBytes.digitRun(cell, at: index, longest: 3)
            guard number.length > 0, number.value <= 255 else { return false }
            index = number.end
            if part < 3 {
                guard index < end, cell[index] == CellBytes.point else { return false }
                index += 1
            }
        }
        return index == end
    }
}
