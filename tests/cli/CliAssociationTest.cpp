// foljsam-cli forbund end to end: the four förbund of seed 004 (notes/004.md §2.1) added by
// kommun name and SCB code, listed in Swedish order with their kommuner by name, one renamed and
// its kommuner changed, a kommun of another förbund refused, a förbund with a programme kept and
// one without removed; bad input gets the documented exit codes.

#include "CliSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using foljsam::test::cli;
using foljsam::test::CliRun;
using foljsam::test::writeFile;

namespace {

class CliForbund : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
    }

    CliRun forbund(const QStringList& args) {
        return cli(QStringList{QStringLiteral("forbund")} + args +
                   QStringList{QStringLiteral("--db"), db});
    }

    CliRun add(const QString& name, const QStringList& kommuner) {
        QStringList args{QStringLiteral("add"), QStringLiteral("--namn"), name};
        for (const QString& k : kommuner) {
            args << QStringLiteral("--kommun") << k;
        }
        return forbund(args);
    }

    // The listing as JSON: name -> member kommuner by name, in the listed order.
    QList<QPair<QString, QStringList>> listed() {
        const CliRun r =
            forbund({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QList<QPair<QString, QStringList>> result;
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("associations"))
                                   .toArray();
        for (const QJsonValue& a : all) {
            QStringList names;
            for (const QJsonValue& m :
                 a.toObject().value(QStringLiteral("municipalities")).toArray()) {
                names.append(m.toObject().value(QStringLiteral("name")).toString());
            }
            result.append({a.toObject().value(QStringLiteral("name")).toString(), names});
        }
        return result;
    }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("forbund.foljsam"));
};

TEST_F(CliForbund, TheFourForbundOfSeed004AreAddedListedAndEdited) {
    // Kommuner by name (as the seed has them, with or without "kommun") or by SCB code.
    for (const auto& [name, kommuner] : QList<QPair<QString, QStringList>>{
             {QStringLiteral("Lunds Samordningsförbund"), {QStringLiteral("Lund")}},
             {QStringLiteral("Finsam MittSkåne"),
              {QStringLiteral("Eslöv"), QStringLiteral("Hörby"), QStringLiteral("Höörs kommun")}},
             {QStringLiteral("Samordningsförbundet Finsam Kävlinge-Lomma"),
              {QStringLiteral("1261,1262")}},
             {QStringLiteral("Samordningsförbundet Burlöv-Staffanstorp"),
              {QStringLiteral("burlöv"), QStringLiteral("1230")}}}) {
        const CliRun r = add(name, kommuner);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    // By name in Swedish order, the kommuner by name in Swedish order (Hörby before Höör).
    using Listing = QList<QPair<QString, QStringList>>;
    EXPECT_EQ(listed(),
              (Listing{{QStringLiteral("Finsam MittSkåne"),
                        {QStringLiteral("Eslöv"), QStringLiteral("Hörby"), QStringLiteral("Höör")}},
                       {QStringLiteral("Lunds Samordningsförbund"), {QStringLiteral("Lund")}},
                       {QStringLiteral("Samordningsförbundet Burlöv-Staffanstorp"),
                        {QStringLiteral("Burlöv"), QStringLiteral("Staffanstorp")}},
                       {QStringLiteral("Samordningsförbundet Finsam Kävlinge-Lomma"),
                        {QStringLiteral("Kävlinge"), QStringLiteral("Lomma")}}}));
    const CliRun text = forbund({QStringLiteral("list")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Eslöv, Hörby, Höör"))) << text.out.toStdString();

    // Lund is Lunds Samordningsförbund's: adding it to MittSkåne is refused (exit 1), naming it.
    CliRun r = forbund({QStringLiteral("edit"), QStringLiteral("Finsam MittSkåne"),
                        QStringLiteral("--add-kommun"), QStringLiteral("Lund")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Lunds Samordningsförbund"))) << r.err.toStdString();

    // Renamed (found by name in other letter case), Hörby taken out.
    r = forbund({QStringLiteral("edit"), QStringLiteral("finsam mittskåne"),
                 QStringLiteral("--namn"), QStringLiteral("Finsam MittSkåne (Eslöv-Höör)"),
                 QStringLiteral("--remove-kommun"), QStringLiteral("Hörby")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(listed().at(0),
              (QPair<QString, QStringList>{QStringLiteral("Finsam MittSkåne (Eslöv-Höör)"),
                                           {QStringLiteral("Eslöv"), QStringLiteral("Höör")}}));
    // Hörby is free now; Lund's förbund gets a whole new list by id.
    const QString lundId = QString::number(
        QJsonDocument::fromJson(
            forbund({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")})
                .out.toUtf8())
            .object()
            .value(QStringLiteral("associations"))
            .toArray()
            .at(1)
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger());
    r = forbund(
        {QStringLiteral("edit"), lundId, QStringLiteral("--kommun"), QStringLiteral("Lund,Hörby")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(listed().at(1).second,
              (QStringList{QStringLiteral("Hörby"), QStringLiteral("Lund")}));
}

TEST_F(CliForbund, BadInputIsRefusedWithTheDocumentedExitCodes) {
    ASSERT_EQ(add(QStringLiteral("Lunds Samordningsförbund"), {QStringLiteral("Lund")}).exitCode,
              0);
    // A name already used, a kommun that does not exist, no kommun, an unknown code: exit 1.
    EXPECT_EQ(add(QStringLiteral("Lunds Samordningsförbund"), {QStringLiteral("Lomma")}).exitCode,
              1);
    CliRun r = add(QStringLiteral("Finsam X"), {QStringLiteral("Atlantis")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Atlantis"))) << r.err.toStdString();
    EXPECT_EQ(add(QStringLiteral("Finsam X"), {}).exitCode, 1);
    EXPECT_EQ(add(QStringLiteral("Finsam X"), {QStringLiteral("9999")}).exitCode, 1);
    EXPECT_EQ(forbund({QStringLiteral("edit"), QStringLiteral("Finns inte"),
                       QStringLiteral("--namn"), QStringLiteral("Y")})
                  .exitCode,
              1);
    EXPECT_EQ(forbund({QStringLiteral("edit"), QStringLiteral("Lunds Samordningsförbund"),
                       QStringLiteral("--remove-kommun"), QStringLiteral("Lomma")})
                  .exitCode,
              1); // not a member
    // Usage errors: exit 2.
    EXPECT_EQ(forbund({QStringLiteral("rename")}).exitCode, 2);
    EXPECT_EQ(forbund({QStringLiteral("edit")}).exitCode, 2);
    EXPECT_EQ(
        forbund({QStringLiteral("edit"), QStringLiteral("Lunds Samordningsförbund")}).exitCode,
        2); // nothing to change
    EXPECT_EQ(forbund({QStringLiteral("edit"), QStringLiteral("Lunds Samordningsförbund"),
                       QStringLiteral("--kommun"), QStringLiteral("Lund"),
                       QStringLiteral("--add-kommun"), QStringLiteral("Lomma")})
                  .exitCode,
              2);
    EXPECT_EQ(
        forbund({QStringLiteral("list"), QStringLiteral("--namn"), QStringLiteral("X")}).exitCode,
        2);
    EXPECT_EQ(cli({QStringLiteral("forbund"), QStringLiteral("list")}).exitCode, 2); // no --db
    // Nothing of it was written.
    EXPECT_EQ(listed().size(), 1);
}

TEST_F(CliForbund, AForbundIsRemovedOnlyWhenNoProgrammeBelongsToIt) {
    ASSERT_EQ(add(QStringLiteral("Lunds Samordningsförbund"), {QStringLiteral("Lund")}).exitCode,
              0);
    ASSERT_EQ(add(QStringLiteral("Finsam MittSkåne"), {QStringLiteral("Eslöv")}).exitCode, 0);
    CliRun r = forbund({QStringLiteral("remove"), QStringLiteral("Finsam MittSkåne")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(listed().size(), 1);
    EXPECT_EQ(forbund({QStringLiteral("remove"), QStringLiteral("Finsam MittSkåne")}).exitCode, 1);
}

TEST_F(CliForbund, ARegisterWithAccountsNeedsASamordnare) {
    ASSERT_EQ(add(QStringLiteral("Lunds Samordningsförbund"), {QStringLiteral("Lund")}).exitCode,
              0);
    const auto withPassword = [](QStringList args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FOLJSAM_PASSWORD"), QStringLiteral("ett långt lösenord 1"));
        env.insert(QStringLiteral("FOLJSAM_NEW_PASSWORD"), QStringLiteral("ett långt lösenord 1"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FOLJSAM_CLI), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        return CliRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                      QString::fromUtf8(p.readAllStandardError())};
    };
    CliRun r = withPassword({QStringLiteral("account"), QStringLiteral("create"),
                             QStringLiteral("admin"), QStringLiteral("--db"), db,
                             QStringLiteral("--role"), QStringLiteral("administrator")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = withPassword({QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("chef"),
                      QStringLiteral("--db"), db, QStringLiteral("--role"),
                      QStringLiteral("forbundschef"), QStringLiteral("--user"),
                      QStringLiteral("admin")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Without --user: refused; a förbundschef may list but not change.
    EXPECT_EQ(forbund({QStringLiteral("list")}).exitCode, 1);
    r = withPassword({QStringLiteral("forbund"), QStringLiteral("list"), QStringLiteral("--db"), db,
                      QStringLiteral("--user"), QStringLiteral("chef")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Lunds Samordningsförbund")));
    r = withPassword({QStringLiteral("forbund"), QStringLiteral("edit"),
                      QStringLiteral("Lunds Samordningsförbund"), QStringLiteral("--namn"),
                      QStringLiteral("Lund"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                      QStringLiteral("chef")});
    EXPECT_EQ(r.exitCode, 1);
}

} // namespace
