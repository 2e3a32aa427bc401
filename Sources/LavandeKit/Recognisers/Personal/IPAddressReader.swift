/// Reads IP addresses. IPv4: four decimal numbers 0–255 separated by dots, without leading zeros
/// (`192.0.2.44`; `999.1.1.1`, `192.168.01.1` and dates such as `12.05.2023` do not have the
/// shape). IPv6 (RFC 4291): eight groups of 1–4 hexadecimal digits without case separated by
/// colons, one `::` standing for one or more groups of zeros, the last two groups possibly written
/// as an IPv4 address (`2001:db8::1`, `::ffff:192.0.2.1`). Zone indexes (`%eth0`), prefix lengths
/// (`/64`) and brackets do not have the shape.
///
/// No format tag: a column that holds both IPv4 and IPv6 addresses is not written inconsistently.
enum IPAddressReader {
    static func read(_ cell: UnsafeBufferPointer<UInt8>) -> ValueReading? {
        guard cell.count >= 2, cell.count <= 45 else { return nil }
        return isIPv4(cell, from: 0) || isIPv6(cell) ? ValueReading() : nil
    }

    /// Whether the bytes from `start` to the end of `cell` are an IPv4 address.
    static func isIPv4(_ cell: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        var parts = 0
        while true {
            let number = CellBytes.digitRun(cell, at: index, longest: 3)
            guard number.length > 0, number.value <= 255, number.length == 1 || cell[index] != 0x30 else { return false }
            parts += 1
            index = number.end
            if index == cell.count { return parts == 4 }
            guard parts < 4, cell[index] == CellBytes.point else { return false }
            index += 1
        }
    }

    private static func isIPv6(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var groups = 0
        var compressed = false
        if cell[0] == CellBytes.colon {
            guard cell[1] == CellBytes.colon else { return false }
            if cell.count == 2 { return true }
            compressed = true
            index = 2
        }
        while true {
            let groupStart = index
            while index < cell.count, index - groupStart < 5, isHexDigit(cell[index]) { index += 1 }
            let length = index - groupStart
            guard length > 0, length <= 4 else { return false }
            if index < cell.count, cell[index] == CellBytes.point {
                // An IPv4 address in place of the last two groups.
                guard isIPv4(cell, from: groupStart) else { return false }
                groups += 2
                break
            }
            groups += 1
            if index == cell.count { break }
            guard groups < 8, cell[index] == CellBytes.colon, index + 1 < cell.count else { return false }
            index += 1
            if cell[index] == CellBytes.colon {
                guard !compressed else { return false }
                compressed = true
                index += 1
                if index == cell.count { break }
            }
        }
        return compressed ? groups <= 7 : groups == 8
    }

    @inline(__always)
    private static func isHexDigit(_ byte: UInt8) -> Bool {
        CellBytes.isDigit(byte) || (byte | 0x20) &- 0x61 < 6
    }
}
