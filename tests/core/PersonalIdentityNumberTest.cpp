// PersonalIdentityNumber: which personnummer and samordningsnummer Följsam accepts, what it derives
// from them, and how it refuses the rest. The shared test lists of the personnummer project
// (/work/shared/testdata/personnummer, see its README) are run in full, followed by hand-written
// cases for every rule and error code. Every call passes a fixed "today".

#include "domain/PersonalIdentityNumber.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using foljsam::core::PersonalIdentityNumber;

namespace {

using Kind = PersonalIdentityNumber::Kind;

const QDate kToday(2026, 11, 23);

QJsonDocument readTestData(const QString& name) {
    QFile file(QString::fromUtf8(FOLJSAM_SHARED_DIR) + u"/testdata/personnummer/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot open " << file.fileName().toStdString();
        return {};
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << name.toStdString();
    return document;
}

QJsonArray readArray(const QString& name) {
    return readTestData(name).array();
}

std::string str(const QString& s) {
    return s.toStdString();
}

// The error code parse() gives, or "ok".
QString outcome(const QString& text, QDate today = kToday) {
    const auto result = PersonalIdentityNumber::parse(text, today);
    return result.ok() ? u"ok"_s : result.error().code;
}

PersonalIdentityNumber parsed(const QString& text, QDate today = kToday) {
    auto result = PersonalIdentityNumber::parse(text, today);
    EXPECT_TRUE(result.ok()) << str(text) << ": " << str(result.error().message);
    return result.ok() ? result.value() : PersonalIdentityNumber();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The shared lists

// list.json: 14 records, each written four ways. Every way must be judged as the record says;
// for valid records the derived values must match. short_format of a '+' record (0905271474) is
// skipped, as upstream does: ten digits without a separator cannot say "100 or older".
TEST(PersonalIdentityNumberTest, SharedListIsJudgedAsRecordedInEveryFormat) {
    const QJsonArray records = readArray(u"list.json"_s);
    ASSERT_EQ(records.size(), 14);
    int checked = 0;
    for (const QJsonValue& value : records) {
        const QJsonObject record = value.toObject();
        const QString longFormat = record.value(u"long_format").toString();
        const QString separated = record.value(u"separated_format").toString();
        const bool valid = record.value(u"valid").toBool();
        QStringList formats{longFormat, separated, record.value(u"separated_long").toString()};
        if (!separated.contains(u'+')) {
            formats.append(record.value(u"short_format").toString());
        }
        for (const QString& text : formats) {
            SCOPED_TRACE(str(text));
            const auto result = PersonalIdentityNumber::parse(text, kToday);
            ++checked;
            ASSERT_EQ(result.ok(), valid) << (result.ok() ? "" : str(result.error().message));
            if (!valid) {
                EXPECT_TRUE(result.error().message.contains(text)) << "message names the input";
                continue;
            }
            EXPECT_EQ(result->canonical(), longFormat);
            EXPECT_EQ(result->formatted(), longFormat.left(8) + u'-' + longFormat.mid(8));
            EXPECT_EQ(result->shortFormatted(kToday), separated);
            EXPECT_EQ(result->sexCode() == u"M"_s, record.value(u"isMale").toBool());
            EXPECT_EQ(result->isFemale(), record.value(u"isFemale").toBool());
            const QString type = record.value(u"type").toString();
            EXPECT_EQ(result->kind(),
                      type == u"con"_s ? Kind::Samordningsnummer : Kind::Personnummer);
        }
    }
    EXPECT_EQ(checked, 54); // 14 × 4, minus the short_format of the two '+' records
}

// The reasons list.json's invalid records fail, pinned to the specific error codes.
TEST(PersonalIdentityNumberTest, SharedListInvalidRecordsFailForTheDocumentedReason) {
    EXPECT_EQ(outcome(u"20150916-0006"_s), u"pin.birth_number"_s);
    EXPECT_EQ(outcome(u"19700428-9895"_s), u"pin.checksum"_s);
    EXPECT_EQ(outcome(u"19600430-9886"_s), u"pin.checksum"_s);
    EXPECT_EQ(outcome(u"19420566-9899"_s), u"pin.checksum"_s);
    EXPECT_EQ(outcome(u"19721086-9924"_s), u"pin.checksum"_s);
    EXPECT_EQ(outcome(u"19090527 1474"_s), u"pin.format"_s);
}

// allPins.json: Skatteverket's 41 129 test personnummer (births 1890–2023) are all accepted,
// as personnummer with a real birth date.
TEST(PersonalIdentityNumberTest, AllSkatteverketTestPersonnummerAreAccepted) {
    const QJsonArray pins = readArray(u"allPins.json"_s);
    ASSERT_EQ(pins.size(), 41129);
    int accepted = 0;
    for (const QJsonValue& value : pins) {
        const QString text = value.toString();
        const auto result = PersonalIdentityNumber::parse(text, kToday);
        if (!result.ok()) {
            ADD_FAILURE() << str(text) << ": " << str(result.error().message);
            continue;
        }
        ++accepted;
        EXPECT_EQ(result->canonical(), text);
        EXPECT_EQ(result->kind(), Kind::Personnummer) << str(text);
        EXPECT_EQ(result->birthDate(), QDate::fromString(text.left(8), u"yyyyMMdd"_s));
        EXPECT_EQ(result->isFemale(), text.at(10).digitValue() % 2 == 0) << str(text);
    }
    EXPECT_EQ(accepted, 41129);
}

// allCoords.json: Skatteverket's 2 264 test samordningsnummer. Expected outcome computed here
// without the class: month 00 or day 60 (unknown month/day) is accepted; otherwise day − 60
// must be a day of that month in that year. 24 numbers name impossible days (1920-04-31,
// 1951-02-29, …) and are refused with pin.date.
TEST(PersonalIdentityNumberTest,
     SkatteverketTestSamordningsnummerAcceptedUnlessTheDayIsImpossible) {
    const QJsonArray numbers = readArray(u"allCoords.json"_s);
    ASSERT_EQ(numbers.size(), 2264);
    int acceptedRealDate = 0;
    int acceptedUnknownPart = 0;
    int rejected = 0;
    for (const QJsonValue& value : numbers) {
        const QString text = value.toString();
        SCOPED_TRACE(str(text));
        const int year = text.left(4).toInt();
        const int month = text.mid(4, 2).toInt();
        const int day = text.mid(6, 2).toInt() - 60;
        ASSERT_GE(day, 0);
        const bool unknownPart = month == 0 || day == 0;
        const bool expectAccepted = unknownPart || day <= QDate(year, month, 1).daysInMonth();

        const auto result = PersonalIdentityNumber::parse(text, kToday);
        ASSERT_EQ(result.ok(), expectAccepted) << (result.ok() ? "" : str(result.error().message));
        if (!result.ok()) {
            EXPECT_EQ(result.error().code, u"pin.date"_s);
            ++rejected;
            continue;
        }
        EXPECT_EQ(result->kind(), Kind::Samordningsnummer);
        EXPECT_EQ(result->canonical(), text);
        EXPECT_EQ(result->birthYear(), year);
        if (unknownPart) {
            EXPECT_FALSE(result->birthDate().isValid());
            ++acceptedUnknownPart;
        } else {
            EXPECT_EQ(result->birthDate(), QDate(year, month, day));
            ++acceptedRealDate;
        }
    }
    EXPECT_EQ(acceptedRealDate, 2070);
    EXPECT_EQ(acceptedUnknownPart, 170);
    EXPECT_EQ(acceptedRealDate + acceptedUnknownPart, 2240);
    EXPECT_EQ(rejected, 24);
}

// orgnumber.json: organisationsnummer pass Luhn but their "month" is 20 or more.
TEST(PersonalIdentityNumberTest, OrganisationNumbersAreRejected) {
    const QJsonArray records = readArray(u"orgnumber.json"_s);
    ASSERT_EQ(records.size(), 6);
    for (const QJsonValue& value : records) {
        const QJsonObject record = value.toObject();
        for (const QString& key : {u"short_format"_s, u"separated_format"_s}) {
            const QString text = record.value(key).toString();
            EXPECT_EQ(outcome(text), u"pin.date"_s) << str(text);
        }
    }
}

// interim.json: interim numbers ("T-nummer") have a letter in the birth number. Upstream accepts
// them only on request; Följsam never does.
TEST(PersonalIdentityNumberTest, InterimNumbersWithLettersAreRejected) {
    const QJsonArray records = readArray(u"interim.json"_s);
    ASSERT_EQ(records.size(), 12);
    for (const QJsonValue& value : records) {
        const QJsonObject record = value.toObject();
        for (const QString& key :
             {u"long_format"_s, u"short_format"_s, u"separated_format"_s, u"separated_long"_s}) {
            const QString text = record.value(key).toString();
            EXPECT_EQ(outcome(text), u"pin.format"_s) << str(text);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Shape: 10 or 12 digits, an optional '-' or '+' before the last four, nothing else.

TEST(PersonalIdentityNumberTest, AcceptsTenOrTwelveDigitsWithOrWithoutSeparator) {
    for (const QString& text : {u"194608239986"_s, u"19460823-9986"_s, u"4608239986"_s,
                                u"460823-9986"_s, u"  460823-9986 "_s}) {
        EXPECT_EQ(parsed(text).canonical(), u"194608239986"_s) << str(text);
    }
}

TEST(PersonalIdentityNumberTest, WrongLengthSeparatorOrCharactersIsAFormatError) {
    const QStringList bad{
        u""_s,
        u"46082399861"_s,                               // 11 digits
        u"4608239986123"_s,                             // 13 digits
        u"460823998"_s,                                 // 9 digits
        u"460823 9986"_s,                               // space as separator
        u"460823/9986"_s,                               // another separator
        u"46082-39986"_s,                               // separator in the wrong place
        u"460823--9986"_s,                              // two separators
        u"460823-9986-"_s,                              // trailing separator
        u"46O823-9986"_s,                               // letter O for zero
        u"460823-998X"_s,                               // letter as check digit
        u"\u0664\u0666\u0660\u0668\u0662\u0663-9986"_s, // Arabic-Indic digits
    };
    for (const QString& text : bad) {
        EXPECT_EQ(outcome(text), u"pin.format"_s) << str(text);
    }
}

// ---------------------------------------------------------------------------------------------
// Each error code, with the input as typed in an English message (translated to Swedish later).

TEST(PersonalIdentityNumberTest, EachErrorHasItsCodeAndAMessageNamingTheInput) {
    struct Case {
        QString text;
        QString code;
    };
    const QList<Case> cases{
        {u"19460823 9986"_s, u"pin.format"_s},
        {u"19460823-9987"_s, u"pin.checksum"_s},     // last digit changed
        {u"19460231-9982"_s, u"pin.date"_s},         // 31 February, check digit correct
        {u"20150916-0006"_s, u"pin.birth_number"_s}, // birth number 000
    };
    for (const Case& c : cases) {
        const auto result = PersonalIdentityNumber::parse(c.text, kToday);
        ASSERT_FALSE(result.ok()) << str(c.text);
        EXPECT_EQ(result.error().code, c.code) << str(c.text);
        EXPECT_TRUE(result.error().message.contains(c.text)) << str(result.error().message);
        EXPECT_FALSE(result.error().message.contains(u"%1"_s));
    }
    EXPECT_EQ(PersonalIdentityNumber::parse(u"19460823-9987"_s, kToday).error().message,
              u"19460823-9987 är inte ett giltigt personnummer: kontrollsiffran är fel."_s);
}

TEST(PersonalIdentityNumberTest, TheCheckDigitIsLuhnOverTheTenDigitForm) {
    // 460823-998C: 4·2 6 0·2 8 2·2 3 9·2 9 8·2 → 8+6+0+8+4+3+(18→9)+9+(16→7) = 54, so C = 6.
    EXPECT_EQ(outcome(u"4608239986"_s), u"ok"_s);
    for (int c = 0; c <= 9; ++c) {
        if (c != 6) {
            EXPECT_EQ(outcome(u"460823998"_s + QString::number(c)), u"pin.checksum"_s) << c;
        }
    }
    // The century is not part of the sum.
    EXPECT_EQ(outcome(u"18460823-9986"_s), u"ok"_s);
}

// ---------------------------------------------------------------------------------------------
// Dates

TEST(PersonalIdentityNumberTest, TheDateMustExistInTheCalendar) {
    EXPECT_EQ(outcome(u"20000229-2399"_s), u"ok"_s); // 2000 is a leap year
    EXPECT_EQ(outcome(u"000229-2399"_s), u"ok"_s);
    EXPECT_EQ(outcome(u"19000229-2399"_s), u"pin.date"_s); // 1900 is not (Luhn-valid number)
    EXPECT_EQ(outcome(u"19461323-9989"_s), u"pin.date"_s); // month 13
    EXPECT_EQ(outcome(u"19460023-9984"_s), u"pin.date"_s); // month 00 in a personnummer
    EXPECT_EQ(outcome(u"19460800-9983"_s), u"pin.date"_s); // day 00 in a personnummer
    EXPECT_EQ(outcome(u"19460832-9985"_s), u"pin.date"_s); // day 32: neither kind
}

TEST(PersonalIdentityNumberTest, ABirthDateAfterTodayIsRefused) {
    const QDate today(2026, 11, 23);
    EXPECT_EQ(outcome(u"20261123-9993"_s, today), u"ok"_s); // born today
    const auto tomorrow = PersonalIdentityNumber::parse(u"20261124-9984"_s, today);
    ASSERT_FALSE(tomorrow.ok());
    EXPECT_EQ(tomorrow.error().code, u"pin.date"_s);
    EXPECT_TRUE(tomorrow.error().message.contains(u"framtiden"_s));
    EXPECT_EQ(outcome(u"20261124-9984"_s, QDate(2026, 11, 24)), u"ok"_s);
}

// ---------------------------------------------------------------------------------------------
// The century of a 10-digit number, and the '+' separator

TEST(PersonalIdentityNumberTest, TenDigitsWithoutPlusTakeTheLatestCenturyNotInTheFuture) {
    const QDate today(2026, 11, 23);
    EXPECT_EQ(parsed(u"261123-9993"_s, today).birthDate(), QDate(2026, 11, 23));
    EXPECT_EQ(parsed(u"2611239993"_s, today).birthDate(), QDate(2026, 11, 23));
    // 24 November 2026 would be tomorrow, so the birth is 1926.
    EXPECT_EQ(parsed(u"261124-9984"_s, today).birthDate(), QDate(1926, 11, 24));
    EXPECT_EQ(parsed(u"460823-9986"_s, today).birthDate(), QDate(1946, 8, 23));
    EXPECT_EQ(parsed(u"000405-9937"_s, today).birthDate(), QDate(2000, 4, 5));
}

TEST(PersonalIdentityNumberTest, PlusMeansOneHundredYearsOrOlder) {
    const QDate today(2026, 11, 23);
    // With '+' the person is at least 100 at today: born 23 November 1926 at the latest.
    EXPECT_EQ(parsed(u"261123+9993"_s, today).birthDate(), QDate(1926, 11, 23));
    EXPECT_EQ(parsed(u"261124+9984"_s, today).birthDate(), QDate(1826, 11, 24));
    EXPECT_EQ(parsed(u"090527+1474"_s, today).birthDate(), QDate(1909, 5, 27));
    EXPECT_EQ(parsed(u"090527-1474"_s, today).birthDate(), QDate(2009, 5, 27));
    // A 12-digit number already has its century; a '+' in it is accepted as written.
    EXPECT_EQ(parsed(u"19090527+1474"_s, today).birthDate(), QDate(1909, 5, 27));
}

TEST(PersonalIdentityNumberTest, ShortFormShowsPlusFromTheHundredthBirthday) {
    const PersonalIdentityNumber pin = parsed(u"19261124-9984"_s);
    EXPECT_EQ(pin.formatted(), u"19261124-9984"_s);
    EXPECT_EQ(pin.shortFormatted(QDate(2026, 11, 23)), u"261124-9984"_s); // 99
    EXPECT_EQ(pin.shortFormatted(QDate(2026, 11, 24)), u"261124+9984"_s); // 100 today
    EXPECT_EQ(pin.shortFormatted(QDate(2030, 1, 1)), u"261124+9984"_s);
}

TEST(PersonalIdentityNumberTest, ShortFormParsesBackToTheSameNumber) {
    const QDate today(2026, 11, 23);
    for (const QString& text :
         {u"19261123-9993"_s, u"19261124-9984"_s, u"18261124-9984"_s, u"20261123-9993"_s,
          u"19090527-1474"_s, u"20210791-9967"_s, u"19150072-2390"_s, u"19171160-2399"_s}) {
        const PersonalIdentityNumber pin = parsed(text, today);
        const QString shortForm = pin.shortFormatted(today);
        EXPECT_EQ(parsed(shortForm, today).canonical(), pin.canonical()) << str(shortForm);
    }
}

// ---------------------------------------------------------------------------------------------
// Samordningsnummer: day + 60; Skatteverket's 00 for an unknown month or day

TEST(PersonalIdentityNumberTest, SamordningsnummerHasDayPlusSixty) {
    const PersonalIdentityNumber pin = parsed(u"210791-9967"_s);
    EXPECT_EQ(pin.kind(), PersonalIdentityNumber::Kind::Samordningsnummer);
    EXPECT_EQ(pin.birthDate(), QDate(2021, 7, 31));
    EXPECT_EQ(pin.birthYear(), 2021);
    EXPECT_EQ(pin.canonical(), u"202107919967"_s);
    EXPECT_EQ(pin.formatted(), u"20210791-9967"_s);
    EXPECT_EQ(pin.shortFormatted(kToday), u"210791-9967"_s);
    EXPECT_EQ(pin.sexCode(), u"K"_s);

    EXPECT_EQ(parsed(u"197302889931"_s).birthDate(), QDate(1973, 2, 28));
    EXPECT_EQ(parsed(u"197302889931"_s).kind(), PersonalIdentityNumber::Kind::Samordningsnummer);
}

TEST(PersonalIdentityNumberTest, SamordningsnummerMayLeaveMonthOrDayUnknown) {
    const PersonalIdentityNumber noMonth = parsed(u"191500722390"_s); // month 00, day 12
    EXPECT_EQ(noMonth.kind(), PersonalIdentityNumber::Kind::Samordningsnummer);
    EXPECT_FALSE(noMonth.birthDate().isValid());
    EXPECT_EQ(noMonth.birthYear(), 1915);

    const PersonalIdentityNumber noDay = parsed(u"191711602399"_s); // November, day 60 = 00
    EXPECT_FALSE(noDay.birthDate().isValid());
    EXPECT_EQ(noDay.birthYear(), 1917);
    EXPECT_EQ(noDay.formatted(), u"19171160-2399"_s);
}

TEST(PersonalIdentityNumberTest, SamordningsnummerWithAnImpossibleDayIsRefused) {
    for (const QString& text : {u"192004912388"_s,    // 1920-04-31
                                u"193002902397"_s,    // 1930-02-30
                                u"195102892386"_s}) { // 1951-02-29
        const auto result = PersonalIdentityNumber::parse(text, kToday);
        ASSERT_FALSE(result.ok()) << str(text);
        EXPECT_EQ(result.error().code, u"pin.date"_s);
        EXPECT_TRUE(result.error().message.contains(u"samordningsnummer"_s));
    }
}

// ---------------------------------------------------------------------------------------------
// Sex from the second-to-last digit: odd is a man (M), even a woman (K)

TEST(PersonalIdentityNumberTest, SexComesFromTheSecondToLastDigit) {
    const PersonalIdentityNumber man = parsed(u"19570428-9999"_s); // ...99[9]9
    EXPECT_EQ(man.sexCode(), u"M"_s);
    EXPECT_FALSE(man.isFemale());
    const PersonalIdentityNumber woman = parsed(u"19460823-9986"_s); // ...99[8]6
    EXPECT_EQ(woman.sexCode(), u"K"_s);
    EXPECT_TRUE(woman.isFemale());
}
