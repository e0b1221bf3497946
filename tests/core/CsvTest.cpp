// Csv: reading the flat participation file (spec/import-format.md) as förbund produce it — Excel's
// Swedish Windows-1252 or UTF-8 with or without BOM, ';' or ',' — and writing records back.

#include "io/Csv.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using foljsam::core::Csv;
using foljsam::core::CsvTable;

namespace {

std::string str(const QString& s) {
    return s.toStdString();
}

CsvTable parsed(const QByteArray& data) {
    auto result = Csv::parse(data);
    EXPECT_TRUE(result.ok()) << str(result.error().message);
    return result.ok() ? result.value() : CsvTable();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Encoding

TEST(CsvTest, Utf8WithoutBomIsReadAsUtf8) {
    const CsvTable table = parsed("namn;ort\nÅsa Öberg;Gävle\n");
    EXPECT_EQ(table.encoding, u"UTF-8"_s);
    EXPECT_EQ(table.header, (QStringList{u"namn"_s, u"ort"_s}));
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(table.rows.at(0), (QStringList{u"Åsa Öberg"_s, u"Gävle"_s}));
}

TEST(CsvTest, Utf8BomIsStrippedFromTheFirstHeaderName) {
    const CsvTable table = parsed("\xEF\xBB\xBFpersonnummer;kön\n19460823-9986;K\n");
    EXPECT_EQ(table.encoding, u"UTF-8"_s);
    EXPECT_EQ(table.header, (QStringList{u"personnummer"_s, u"kön"_s}));
    EXPECT_EQ(table.rows.at(0), (QStringList{u"19460823-9986"_s, u"K"_s}));
}

TEST(CsvTest, BytesThatAreNotUtf8AreReadAsWindows1252) {
    // Excel's "CSV (semikolonavgränsad)" on Swedish Windows: å ä ö Å Ä Ö é and the euro sign.
    const QByteArray data = "ort;belopp\n"
                            "\xE5\xE4\xF6 \xC5\xC4\xD6 \xE9;\x80 100\n";
    const CsvTable table = parsed(data);
    EXPECT_EQ(table.encoding, u"Windows-1252"_s);
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(table.rows.at(0), (QStringList{u"åäö ÅÄÖ é"_s, u"€ 100"_s}));
}

TEST(CsvTest, Windows1252TableCoversTheWholeHighRange) {
    QString encoding;
    // 0x80–0x9F are the code page's own characters; 0xA0–0xFF equal Latin-1.
    EXPECT_EQ(Csv::decode("\x80\x8A\x91\x92\x93\x94\x96\x97\x99\x9F", &encoding), u"€Š‘’“”–—™Ÿ"_s);
    EXPECT_EQ(encoding, u"Windows-1252"_s);
    EXPECT_EQ(Csv::decode("\xA0\xA7\xB0\xD7\xDF\xFF"), u"\u00A0§°×ßÿ"_s);
    // Bytes the code page leaves undefined pass through as the C1 control of the same value.
    EXPECT_EQ(Csv::decode("\x81\x8D\x8F\x90\x9D"), u"\u0081\u008D\u008F\u0090\u009D"_s);
}

TEST(CsvTest, Utf8DetectionIsStrict) {
    QString encoding;
    // A Windows-1252 "ä" followed by ASCII is not a UTF-8 sequence.
    EXPECT_EQ(Csv::decode("J\xE4mtland", &encoding), u"Jämtland"_s);
    EXPECT_EQ(encoding, u"Windows-1252"_s);
    // Overlong form of '/' and a UTF-8 sequence cut off at the end are not UTF-8 either.
    Csv::decode("\xC0\xAF", &encoding);
    EXPECT_EQ(encoding, u"Windows-1252"_s);
    Csv::decode("ok\xC3", &encoding);
    EXPECT_EQ(encoding, u"Windows-1252"_s);
    // Pure ASCII, and four-byte UTF-8, are UTF-8.
    EXPECT_EQ(Csv::decode("abc", &encoding), u"abc"_s);
    EXPECT_EQ(encoding, u"UTF-8"_s);
    EXPECT_EQ(Csv::decode("\xF0\x9F\x98\x80", &encoding), u"😀"_s);
    EXPECT_EQ(encoding, u"UTF-8"_s);
}

// ---------------------------------------------------------------------------------------------
// Separator

TEST(CsvTest, SemicolonIsDetectedFromTheHeader) {
    const CsvTable table = parsed("a;b;c\n1,5;2;3\n");
    EXPECT_EQ(table.separator, u';');
    EXPECT_EQ(table.rows.at(0), (QStringList{u"1,5"_s, u"2"_s, u"3"_s}));
}

TEST(CsvTest, CommaIsDetectedFromTheHeader) {
    const CsvTable table = parsed("a,b,c\n1;5,2,3\n");
    EXPECT_EQ(table.separator, u',');
    EXPECT_EQ(table.rows.at(0), (QStringList{u"1;5"_s, u"2"_s, u"3"_s}));
}

TEST(CsvTest, SeparatorsInsideQuotedHeaderNamesDoNotCount) {
    // Two commas inside quotes, one semicolon outside: ';'.
    EXPECT_EQ(parsed("\"a,b,c\";d\n").separator, u';');
    // One semicolon inside quotes, one comma outside: ','.
    EXPECT_EQ(parsed("\"a;b\",c\n").separator, u',');
}

TEST(CsvTest, SemicolonWinsATieAndASingleColumn) {
    EXPECT_EQ(parsed("a;b,c\n").separator, u';');
    const CsvTable single = parsed("personnummer\n19460823-9986\n");
    EXPECT_EQ(single.separator, u';');
    EXPECT_EQ(single.header, QStringList{u"personnummer"_s});
    EXPECT_EQ(single.rows.at(0), QStringList{u"19460823-9986"_s});
}

// ---------------------------------------------------------------------------------------------
// Quotes (RFC 4180)

TEST(CsvTest, QuotedFieldsMayContainTheSeparatorAndDoubledQuotes) {
    const CsvTable table = parsed("namn;anteckning\n"
                                  "\"Berg; Anna\";\"sa \"\"hej\"\" och gick\"\n"
                                  "\"\";\"\"\"\"\n");
    ASSERT_EQ(table.rows.size(), 2);
    EXPECT_EQ(table.rows.at(0), (QStringList{u"Berg; Anna"_s, u"sa \"hej\" och gick"_s}));
    EXPECT_EQ(table.rows.at(1), (QStringList{u""_s, u"\""_s}));
}

TEST(CsvTest, NewlinesInsideQuotesStayInTheFieldAndLineNumbersFollowTheFile) {
    const CsvTable table = parsed("id;text\n"      // line 1
                                  "1;\"rad ett\n"  // line 2
                                  "rad två\n"      // line 3
                                  "rad tre\"\n"    // line 4
                                  "2;enkel\n"      // line 5
                                  "3;\"a\r\nb\"\n" // lines 6–7
                                  "4;sista\n");    // line 8
    ASSERT_EQ(table.rows.size(), 4);
    EXPECT_EQ(table.rows.at(0), (QStringList{u"1"_s, u"rad ett\nrad två\nrad tre"_s}));
    EXPECT_EQ(table.rows.at(1), (QStringList{u"2"_s, u"enkel"_s}));
    // A CRLF inside a quoted field is kept as a single LF.
    EXPECT_EQ(table.rows.at(2), (QStringList{u"3"_s, u"a\nb"_s}));
    EXPECT_EQ(table.lineNumbers, (QList<int>{2, 5, 6, 8}));
}

TEST(CsvTest, StrayQuotesInsideAnUnquotedFieldAreKeptLiterally) {
    const CsvTable table = parsed("a;b\n5\" tum;x\"y\"\n");
    EXPECT_EQ(table.rows.at(0), (QStringList{u"5\" tum"_s, u"x\"y\""_s}));
}

// ---------------------------------------------------------------------------------------------
// Lines

TEST(CsvTest, CrLfLineEndingsAreHandled) {
    const CsvTable table = parsed("a;b\r\n1;2\r\n3;4\r\n");
    EXPECT_EQ(table.header, (QStringList{u"a"_s, u"b"_s}));
    ASSERT_EQ(table.rows.size(), 2);
    EXPECT_EQ(table.rows.at(0), (QStringList{u"1"_s, u"2"_s}));
    EXPECT_EQ(table.rows.at(1), (QStringList{u"3"_s, u"4"_s}));
    EXPECT_EQ(table.lineNumbers, (QList<int>{2, 3}));
}

TEST(CsvTest, EmptyLinesAreSkippedButCountedInLineNumbers) {
    const CsvTable table = parsed("\n"    // line 1
                                  "a;b\n" // line 2: header
                                  "\n"    // line 3
                                  "1;2\n" // line 4
                                  "\r\n"  // line 5
                                  ";\n"   // line 6: Excel's empty row
                                  "3;\n"  // line 7: one empty cell is still a row
                                  "\n");  // line 8, then end of file
    EXPECT_EQ(table.header, (QStringList{u"a"_s, u"b"_s}));
    ASSERT_EQ(table.rows.size(), 2);
    EXPECT_EQ(table.rows.at(0), (QStringList{u"1"_s, u"2"_s}));
    EXPECT_EQ(table.rows.at(1), (QStringList{u"3"_s, u""_s}));
    EXPECT_EQ(table.lineNumbers, (QList<int>{4, 7}));
}

TEST(CsvTest, TheLastLineNeedsNoLineBreak) {
    const CsvTable table = parsed("a;b\n1;2");
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(table.rows.at(0), (QStringList{u"1"_s, u"2"_s}));
}

TEST(CsvTest, AHeaderWithoutRowsIsAnEmptyTable) {
    const CsvTable table = parsed("a;b\n");
    EXPECT_EQ(table.header, (QStringList{u"a"_s, u"b"_s}));
    EXPECT_TRUE(table.rows.isEmpty());
    EXPECT_TRUE(table.lineNumbers.isEmpty());
}

TEST(CsvTest, RowsKeepTheirOwnNumberOfFields) {
    // Ragged rows are the importer's business; the parser reports them as they are.
    const CsvTable table = parsed("a;b;c\n1\n1;2;3;4\n");
    EXPECT_EQ(table.rows.at(0), QStringList{u"1"_s});
    EXPECT_EQ(table.rows.at(1).size(), 4);
}

// ---------------------------------------------------------------------------------------------
// Errors

TEST(CsvTest, AFileWithoutAHeaderIsAnError) {
    for (const QByteArray& data :
         {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\n\r\n\n"), QByteArray(";;;\n")}) {
        const auto result = Csv::parse(data);
        ASSERT_FALSE(result.ok()) << data.toHex().toStdString();
        EXPECT_EQ(result.error().code, u"csv.empty"_s);
        EXPECT_FALSE(result.error().message.isEmpty());
    }
}

TEST(CsvTest, AnUnterminatedQuoteIsAnErrorNamingTheLineWhereItBegan) {
    const auto result = Csv::parse("a;b\n"
                                   "1;2\n"
                                   "3;\"början\n" // line 3: the quote opens here
                                   "4;5\n"
                                   "6;7\n");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, u"csv.unterminated_quote"_s);
    EXPECT_TRUE(result.error().message.contains(u"Rad 3"_s)) << str(result.error().message);

    const auto inHeader = Csv::parse("\"a;b\n");
    ASSERT_FALSE(inHeader.ok());
    EXPECT_EQ(inHeader.error().code, u"csv.unterminated_quote"_s);
    EXPECT_TRUE(inHeader.error().message.contains(u"Rad 1"_s));
}

// ---------------------------------------------------------------------------------------------
// Writing

TEST(CsvTest, FormatRecordQuotesOnlyWhereNeeded) {
    EXPECT_EQ(Csv::formatRecord({u"a"_s, u"b c"_s, u""_s, u"1,5"_s}), u"a;b c;;1,5"_s);
    EXPECT_EQ(Csv::formatRecord({u"a;b"_s, u"sa \"hej\""_s, u"x\ny"_s, u"x\ry"_s}),
              u"\"a;b\";\"sa \"\"hej\"\"\";\"x\ny\";\"x\ry\""_s);
    EXPECT_EQ(Csv::formatRecord({u"1,5"_s, u"a;b"_s}, u','), u"\"1,5\",a;b"_s);
    EXPECT_EQ(Csv::formatRecord({}), QString());
}

TEST(CsvTest, FormattedRecordsParseBackUnchanged) {
    const QList<QStringList> records{
        {u"personnummer"_s, u"namn"_s, u"anteckning"_s},
        {u"19460823-9986"_s, u"Berg; Anna"_s, u"sa \"hej\"\noch gick"_s},
        {u"19570428-9999"_s, u"Åke Öst"_s, u""_s},
        {u"\""_s, u";"_s, u"€ å"_s},
    };
    for (const QChar separator : {QChar(u';'), QChar(u',')}) {
        QString text;
        for (const QStringList& record : records) {
            text += Csv::formatRecord(record, separator) + u"\r\n"_s;
        }
        const CsvTable table = parsed(text.toUtf8());
        EXPECT_EQ(table.separator, separator);
        EXPECT_EQ(table.header, records.at(0));
        EXPECT_EQ(table.rows, records.mid(1));
        EXPECT_EQ(table.lineNumbers, (QList<int>{2, 4, 5}));
    }
}
