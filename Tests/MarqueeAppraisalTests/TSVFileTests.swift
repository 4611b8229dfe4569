import Testing

@testable import MarqueeAppraisal

/// The resource reader splits bytes, not characters: line numbers, CRLF, comments, blank lines,
/// columns and trimming must come out as a reader of text would give them.
@Suite struct TSVFileTests {
  @Test func rowsKeepTheirLinesAndColumns() throws {
    let text = "# a comment\r\n\t \r\nfine\tadj\t  café \r\n\nlast\t\tx\u{00A0}"
    let rows = try TSVFile.rows(in: Array(text.utf8), name: "t.tsv")
    #expect(rows.map(\.line) == [3, 5])
    #expect(rows[0].columns == ["fine", "adj", "  café "])
    #expect(rows[0].column(2) == "café")
    #expect(rows[1].columns == ["last", "", "x\u{00A0}"])
    // A no-break space is a space to trim, though it is not ASCII.
    #expect(rows[1].column(2) == "x")
    #expect(rows[1].column(7) == "")
  }

  @Test func anEmptyFileAndAFinalLineBreakGiveNoExtraRow() throws {
    #expect(try TSVFile.rows(in: [], name: "t.tsv").isEmpty)
    let rows = try TSVFile.rows(in: Array("one\t1\n".utf8), name: "t.tsv")
    #expect(rows.count == 1)
    #expect(rows[0].columns == ["one", "1"])
  }

  @Test func invalidUTF8IsReportedWithTheFile() {
    #expect(throws: LexiconError.self) {
      try TSVFile.rows(in: [0x61, 0x09, 0xC3, 0x0A], name: "bad.tsv")
    }
  }
}
