// The bulk writers' audit JSON (security/AuditJson) against what Register's single writes store
// through QJsonDocument: the same bytes, or the two import paths would log different entries.

#include "security/AuditJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace foljsam::core;

namespace {

QByteArray qtString(const QString& s) {
    // An array holding the string, less its brackets.
    const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return json.mid(1, json.size() - 2);
}

} // namespace

TEST(AuditJson, StringsAreEscapedAsQJsonDocumentEscapesThem) {
    const QList<QString> cases = {
        QString(),
        QStringLiteral("Åsa Öberg-Ängström"),
        QStringLiteral("\"citat\" och \\snedstreck\\ / delat"),
        QStringLiteral("rad\nny\trad\r\x01\x1f\x7f"),
        QString::fromUtf8("emoji \xF0\x9F\x98\x80 och \xE2\x80\xA8 radavgränsare"),
        QString(QChar(0xD800)) + u'x', // a lone high surrogate
        u'y' + QString(QChar(0xDC00)), // a lone low surrogate
        QString(QChar(0xD83D)),        // a high surrogate at the end
        QString(2, QChar(0xDBFF)) + QChar(0xDFFF),
    };
    for (const QString& s : cases) {
        EXPECT_EQ(AuditJson::string(s), qtString(s)) << s.toStdString();
    }
    // Random UTF-16, surrogates and control characters included.
    QRandomGenerator random(7);
    for (int i = 0; i < 2000; ++i) {
        QString s;
        const int length = int(random.bounded(12));
        for (int j = 0; j < length; ++j) {
            const int kind = int(random.bounded(4));
            const quint32 u = kind == 0   ? random.bounded(0x80u)
                              : kind == 1 ? 0xD800u + random.bounded(0x800u)
                                          : random.bounded(0x10000u);
            s.append(QChar(char16_t(u)));
        }
        ASSERT_EQ(AuditJson::string(s), qtString(s)) << "case " << i;
    }
}

TEST(AuditJson, ObjectsAreWhatQJsonDocumentWritesForTheSameValues) {
    AuditJson ours;
    ours.text("pin", QStringLiteral("198501012382"))
        .integer("id", 42)
        .text("first_name", QString())
        .raw("pseudonym", QStringLiteral(""))
        .raw("sex", QString())
        .date("birth_date", QDate(1985, 1, 1))
        .date("ssa_since", QDate())
        .id("coach_id", 0)
        .id("referral_id", 7)
        .optInt("extent_percent", 50)
        .optInt("subsidy_percent", std::nullopt)
        .list("income", {QStringLiteral("LON"), QString(), QStringLiteral("Ö")})
        .json("municipalities",
              AuditJson::array({AuditJson()
                                    .raw("municipality_code", QStringLiteral("0180"))
                                    .date("valid_from", QDate(2024, 2, 1))
                                    .object()}))
        .null("note");

    QJsonObject qt;
    qt.insert(QStringLiteral("pin"), QStringLiteral("198501012382"));
    qt.insert(QStringLiteral("id"), qint64(42));
    qt.insert(QStringLiteral("first_name"), QJsonValue::Null);
    qt.insert(QStringLiteral("pseudonym"), QStringLiteral(""));
    qt.insert(QStringLiteral("sex"), QJsonValue::Null);
    qt.insert(QStringLiteral("birth_date"), QStringLiteral("1985-01-01"));
    qt.insert(QStringLiteral("ssa_since"), QJsonValue::Null);
    qt.insert(QStringLiteral("coach_id"), QJsonValue::Null);
    qt.insert(QStringLiteral("referral_id"), qint64(7));
    qt.insert(QStringLiteral("extent_percent"), qint64(50));
    qt.insert(QStringLiteral("subsidy_percent"), QJsonValue::Null);
    qt.insert(QStringLiteral("income"),
              QJsonArray{QStringLiteral("LON"), QJsonValue::Null, QStringLiteral("Ö")});
    QJsonObject municipality;
    municipality.insert(QStringLiteral("valid_from"), QStringLiteral("2024-02-01"));
    municipality.insert(QStringLiteral("municipality_code"), QStringLiteral("0180"));
    qt.insert(QStringLiteral("municipalities"), QJsonArray{municipality});
    qt.insert(QStringLiteral("note"), QJsonValue::Null);

    EXPECT_EQ(ours.object(), QJsonDocument(qt).toJson(QJsonDocument::Compact));
    EXPECT_EQ(ours.value("referral_id"), "7");
    EXPECT_EQ(ours.value("coach_id"), "null");
    EXPECT_TRUE(ours.value("no_such_key").isEmpty());

    // An entry's detail, as Register::auditWrite makes it: the created record, or only what
    // changed, old beside new.
    QJsonObject created;
    created.insert(QStringLiteral("new"), qt);
    EXPECT_EQ(AuditJson::created(ours), QJsonDocument(created).toJson(QJsonDocument::Compact));

    AuditJson before;
    before.integer("id", 42).text("education", QStringLiteral("GYMN")).date("start_date", {});
    AuditJson after;
    after.integer("id", 42)
        .text("education", QStringLiteral("EFTERGYMN"))
        .date("start_date", QDate(2024, 2, 1));
    EXPECT_EQ(AuditJson::updated(before, after),
              QByteArray(R"({"new":{"education":"EFTERGYMN","start_date":"2024-02-01"},)"
                         R"("old":{"education":"GYMN","start_date":null}})"));
    EXPECT_EQ(AuditJson::updated(before, before), QByteArray(R"({"new":{},"old":{}})"));
}
