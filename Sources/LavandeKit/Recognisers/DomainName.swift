/// Checks host names as written in e-mail addresses and URLs: labels of letters, digits and
/// hyphens (or UTF-8 for internationalised names), 1–63 bytes, no hyphen at either end, separated
/// by single dots, at least two labels, and a top-level domain of two or more letters (or an
/// `xn--` punycode one).
enum DomainName {
    static func isValid(_ cell: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard end - start >= 4, end - start <= 253 else { return false }
        var labels = 0
        var labelStart = start
        var index = start
        while index <= end {
            if index == end || cell[index] == CellBytes.point {
                let length = index - labelStart
                guard length >= 1, length <= 63,
                      cell[labelStart] != CellBytes.minus, cell[index - 1] != CellBytes.minus else { return false }
                labels += 1
                if index == end { break }
                labelStart = index + 1
            } else {
                let byte = cell[index]
                guard CellBytes.isDigit(byte) || CellBytes.isLetter(byte) || byte == CellBytes.minus || byte >= 0x80 else {
                    return false
                }
            }
            index += 1
        }
        return labels >= 2 && isTopLevelDomain(cell, from: labelStart, to: end)
    }

    private static func isTopLevelDomain(_ cell: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard end - start >= 2 else { return false }
        if CellBytes.hasPrefix(cell, "xn--", at: start) { return end - start > 4 }
        for index in start..<end {
            let byte = cell[index]
            guard CellBytes.isLetter(byte) || byte >= 0x80 else { return false }
        }
        return true
    }
}
