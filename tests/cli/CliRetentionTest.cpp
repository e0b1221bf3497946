// foljsam-cli retention end to end (spec/privacy.md, "Retention"): an administrator sets, lists
// and removes a programme's policy, previews who is due (by pseudonym only: no personnummer, no
// name) and anonymises them with `run --yes`; without --yes nothing happens; other roles are
// refused. The CLI runs on the real date (SystemClock), so the participations end years ago.

#include "CliSupport.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "storage/Register.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using foljsam::test::cli;
using foljsam::test::CliRun;
using foljsam::test::readFile;
using foljsam::test::sharedPath;
using foljsam::test::writeFile;

namespace core = foljsam::core;

namespace {

const QByteArray password = "ett långt lösenord";
const QString stora = QStringLiteral("Stora projektet");
const QString lilla = QStringLiteral("Lilla projektet");

// The participants (Skatteverket's test personnummer). With a policy of 3 years on Stora
// projektet only Ada is due: Bo is still enrolled, Cy ended too recently, and Dag's programme
// (Lilla projektet) has no policy.
struct Participant {
    QString pin; // 12 digits, as the register keeps it
    QString firstName;
    QString lastName;
};
const Participant ada{QStringLiteral("198501012382"), QStringLiteral("Adalmina"),
                      QStringLiteral("Bergqvist")};
const Participant bo{QStringLiteral("198501022399"), QStringLiteral("Bodvar"),
                     QStringLiteral("Ekholmsson")};
const Participant cy{QStringLiteral("198001022386"), QStringLiteral("Cyrillus"),
                     QStringLiteral("Frostensson")};
const Participant dag{QStringLiteral("198001032385"), QStringLiteral("Dagobert"),
                      QStringLiteral("Granholmer")};
const QString noteText = QStringLiteral("Samtal om bostaden på Sjögatan");

// Every way a personnummer may be written.
QStringList pinForms(const QString& pin) {
    return {pin, pin.mid(2), pin.left(8) + u'-' + pin.mid(8), pin.mid(2, 6) + u'-' + pin.mid(8)};
}

// Sets an environment variable for the processes started while alive; restores it after.
class EnvGuard {
public:
    EnvGuard(const char* name, const QByteArray& value)
        : m_name(name), m_wasSet(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name)) {
        qputenv(name, value);
    }
    ~EnvGuard() {
        if (m_wasSet) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }
    EnvGuard(const EnvGuard&) = delete;
    EnvGuard& operator=(const EnvGuard&) = delete;

private:
    const char* m_name;
    bool m_wasSet;
    QByteArray m_old;
};

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

class CliRetention : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const QString file = dir.filePath(QStringLiteral("in.csv"));
        const auto row = [](const Participant& p, const QString& programme, const char* dates) {
            return QStringLiteral("%1;%2;%3;%4;%5\n")
                .arg(p.pin, p.firstName, p.lastName, programme, QLatin1String(dates))
                .toUtf8();
        };
        writeFile(file,
                  "personnummer;fornamn;efternamn;insats;startdatum;slutdatum;avslutsorsak\n" +
                      row(ada, stora, "2015-03-01;2016-06-30;ARBETE") +
                      row(bo, stora, "2025-05-01;;") +
                      row(cy, stora, "2024-03-01;2025-10-31;STUDIER") +
                      row(dag, lilla, "2015-03-01;2016-06-30;ARBETE"));
        const CliRun import = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
        ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    }

    // foljsam-cli retention ACTION ARGS --db db [--user USER]
    CliRun retention(const QString& action, const QStringList& args = {},
                     const QString& user = {}) {
        QStringList all{QStringLiteral("retention"), action};
        all += args;
        all += {QStringLiteral("--db"), db};
        if (!user.isEmpty()) {
            all += {QStringLiteral("--user"), user};
        }
        return cli(all);
    }

    CliRun setPolicy(const QString& programme, int years, const QString& user = {}) {
        return retention(QStringLiteral("policy"),
                         {QStringLiteral("--insats"), programme, QStringLiteral("--years"),
                          QString::number(years)},
                         user);
    }

    QJsonObject json(const QString& action, const QString& user = {}) {
        const CliRun r =
            retention(action, {QStringLiteral("--format"), QStringLiteral("json")}, user);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
        return doc.object();
    }

    // The register through core, in setup mode (no accounts) unless a test creates them.
    std::unique_ptr<core::Register> open() {
        auto reg = core::Register::open(db, {}, clock);
        EXPECT_TRUE(reg.ok()) << (reg ? std::string() : reg.error().message.toStdString());
        if (!reg) {
            return nullptr;
        }
        return std::move(reg.value());
    }

    // The person with this personnummer (id 0 when there is none).
    core::Person person(const QString& pin) {
        auto reg = open();
        if (!reg) {
            return {};
        }
        auto found = reg->personByPin(pin);
        EXPECT_TRUE(found.ok());
        return found && found.value() ? *found.value() : core::Person{};
    }

    // A journal note on Ada's enrollment: one of the free texts anonymisation empties.
    void addNoteForAda() {
        auto reg = open();
        ASSERT_TRUE(reg);
        auto found = reg->personByPin(ada.pin);
        ASSERT_TRUE(found && found.value());
        auto programme = reg->programmeByName(stora);
        ASSERT_TRUE(programme && programme.value());
        auto enrollment =
            reg->findEnrollment(found.value()->id, programme.value()->id, QDate(2015, 3, 1));
        ASSERT_TRUE(enrollment && enrollment.value() != 0);
        adaEnrollment = enrollment.value();
        core::JournalNote note;
        note.enrollmentId = adaEnrollment;
        note.date = QDate(2015, 5, 4);
        note.author = QStringLiteral("anna.lindqvist");
        note.text = noteText;
        auto id = reg->addJournalNote(note);
        ASSERT_TRUE(id.ok()) << (id ? std::string() : id.error().message.toStdString());
    }

    CliRun exportAll(const QString& user = {}) {
        QStringList args{QStringLiteral("export"), QStringLiteral("--db"), db};
        if (!user.isEmpty()) {
            args += {QStringLiteral("--user"), user};
        }
        return cli(args);
    }

    // admin (administrator), kim (coach) and sam (samordnare); setup mode ends.
    void createAccounts() {
        const EnvGuard newPassword("FOLJSAM_NEW_PASSWORD", password);
        const EnvGuard login("FOLJSAM_PASSWORD", password);
        CliRun r = cli({QStringLiteral("account"), QStringLiteral("create"),
                        QStringLiteral("admin"), QStringLiteral("--role"),
                        QStringLiteral("administrator"), QStringLiteral("--db"), db});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        for (const auto& [name, role] :
             {std::pair{QStringLiteral("kim"), QStringLiteral("coach")},
              std::pair{QStringLiteral("sam"), QStringLiteral("samordnare")}}) {
            r = cli({QStringLiteral("account"), QStringLiteral("create"), name,
                     QStringLiteral("--role"), role, QStringLiteral("--insats"), stora,
                     QStringLiteral("--db"), db, QStringLiteral("--user"),
                     QStringLiteral("admin")});
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
    }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("gallring.foljsam"));
    core::SystemClock clock; // as the CLI's
    core::Id adaEnrollment = 0;
};

// The names of the policies' programmes, in the order listed, and the years of each.
QList<std::pair<QString, int>> policies(const QJsonObject& o) {
    QList<std::pair<QString, int>> list;
    for (const QJsonValue& v : o.value(QStringLiteral("policies")).toArray()) {
        list.append({v.toObject().value(QStringLiteral("programme")).toString(),
                     v.toObject().value(QStringLiteral("years_after_exit")).toInt()});
    }
    return list;
}

TEST_F(CliRetention, SetsListsChangesAndRemovesAPolicy) {
    QJsonObject o = json(QStringLiteral("policy"));
    EXPECT_TRUE(policies(o).isEmpty());
    EXPECT_EQ(o.value(QStringLiteral("without_policy")).toArray().size(), 2);

    CliRun r = setPolicy(stora, 5);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(stora)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("5"))) << r.out.toStdString();

    o = json(QStringLiteral("policy"));
    EXPECT_EQ(policies(o), (QList<std::pair<QString, int>>{{stora, 5}}));
    const QJsonObject policy = o.value(QStringLiteral("policies")).toArray().first().toObject();
    EXPECT_FALSE(policy.value(QStringLiteral("updated_by")).toString().isEmpty());
    const QDateTime at =
        QDateTime::fromString(policy.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    EXPECT_TRUE(at.isValid())
        << policy.value(QStringLiteral("updated_at")).toString().toStdString();
    EXPECT_LE(std::abs(at.secsTo(QDateTime::currentDateTimeUtc())), 600);
    EXPECT_EQ(o.value(QStringLiteral("without_policy")).toArray(), QJsonArray{lilla});

    // The text list: one line for the programme with its years.
    r = retention(QStringLiteral("policy"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QRegularExpression storaLine(QStringLiteral("^Stora projektet\\s+5\\s"),
                                       QRegularExpression::MultilineOption);
    EXPECT_TRUE(storaLine.match(r.out).hasMatch()) << r.out.toStdString();

    // Changed, then a second programme.
    ASSERT_EQ(setPolicy(stora, 7).exitCode, 0);
    ASSERT_EQ(setPolicy(lilla, 10).exitCode, 0);
    o = json(QStringLiteral("policy"));
    EXPECT_EQ(policies(o), (QList<std::pair<QString, int>>{{lilla, 10}, {stora, 7}}));
    EXPECT_TRUE(o.value(QStringLiteral("without_policy")).toArray().isEmpty());

    // Removed.
    r = retention(QStringLiteral("policy"),
                  {QStringLiteral("--insats"), stora, QStringLiteral("--remove")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(stora)) << r.out.toStdString();
    o = json(QStringLiteral("policy"));
    EXPECT_EQ(policies(o), (QList<std::pair<QString, int>>{{lilla, 10}}));
    EXPECT_EQ(o.value(QStringLiteral("without_policy")).toArray(), QJsonArray{stora});
}

TEST_F(CliRetention, AnUnknownProgrammeIsRefusedWithOne) {
    CliRun r = setPolicy(QStringLiteral("Finns inte"), 5);
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Det finns ingen insats \"Finns inte\"")))
        << r.err.toStdString();
    r = retention(
        QStringLiteral("policy"),
        {QStringLiteral("--insats"), QStringLiteral("Finns inte"), QStringLiteral("--remove")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(policies(json(QStringLiteral("policy"))).isEmpty());
}

TEST_F(CliRetention, YearsOutsideTwoToNinetyNineAreRefused) {
    for (const int years : {1, 0, 100}) {
        const CliRun r = setPolicy(stora, years);
        EXPECT_EQ(r.exitCode, 1) << years << r.out.toStdString();
        // The rule's message names the range.
        EXPECT_TRUE(r.err.contains(QStringLiteral("99"))) << r.err.toStdString();
    }
    EXPECT_TRUE(policies(json(QStringLiteral("policy"))).isEmpty());
    // The limits themselves are fine.
    EXPECT_EQ(setPolicy(stora, 2).exitCode, 0);
    EXPECT_EQ(setPolicy(lilla, 99).exitCode, 0);
    EXPECT_EQ(policies(json(QStringLiteral("policy"))),
              (QList<std::pair<QString, int>>{{lilla, 99}, {stora, 2}}));
}

TEST_F(CliRetention, UsageErrorsExitWithTwo) {
    const auto code = [this](const QString& action, const QStringList& args) {
        return retention(action, args).exitCode;
    };
    EXPECT_EQ(code(QStringLiteral("policy"), {QStringLiteral("--insats"), stora,
                                              QStringLiteral("--years"), QStringLiteral("fem")}),
              2);
    EXPECT_EQ(code(QStringLiteral("policy"),
                   {QStringLiteral("--insats"), stora, QStringLiteral("--years"),
                    QStringLiteral("5"), QStringLiteral("--remove")}),
              2);
    EXPECT_EQ(code(QStringLiteral("policy"), {QStringLiteral("--insats"), stora}), 2);
    EXPECT_EQ(code(QStringLiteral("policy"), {QStringLiteral("--years"), QStringLiteral("5")}), 2);
    EXPECT_EQ(code(QStringLiteral("preview"), {QStringLiteral("--years"), QStringLiteral("5")}), 2);
    EXPECT_EQ(code(QStringLiteral("preview"), {QStringLiteral("--format"), QStringLiteral("csv")}),
              2);
    EXPECT_EQ(code(QStringLiteral("gallra"), {}), 2);
    EXPECT_EQ(cli({QStringLiteral("retention"), QStringLiteral("preview")}).exitCode, 2); // no --db
    EXPECT_TRUE(policies(json(QStringLiteral("policy"))).isEmpty());

    const CliRun help = cli({QStringLiteral("retention"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("retention preview"))) << help.out.toStdString();
    const CliRun general = cli({QStringLiteral("--help")});
    EXPECT_TRUE(general.out.contains(QStringLiteral("retention"))) << general.out.toStdString();
}

TEST_F(CliRetention, PreviewListsTheDuePersonByPseudonymOnly) {
    // Without a policy nobody is due.
    QJsonObject o = json(QStringLiteral("preview"));
    EXPECT_EQ(o.value(QStringLiteral("total")).toInt(-1), 0);
    EXPECT_TRUE(o.value(QStringLiteral("persons")).toArray().isEmpty());

    addNoteForAda();
    ASSERT_EQ(setPolicy(stora, 3).exitCode, 0);
    const core::Person adaBefore = person(ada.pin);
    ASSERT_NE(adaBefore.id, 0);
    ASSERT_FALSE(adaBefore.pseudonym.isEmpty());

    o = json(QStringLiteral("preview"));
    EXPECT_EQ(o.value(QStringLiteral("date")).toString(),
              QDate::currentDate().toString(Qt::ISODate));
    ASSERT_EQ(o.value(QStringLiteral("total")).toInt(), 1);
    const QJsonArray persons = o.value(QStringLiteral("persons")).toArray();
    ASSERT_EQ(persons.size(), 1);
    const QJsonObject due = persons.first().toObject();
    EXPECT_EQ(due.value(QStringLiteral("person_id")).toInteger(), adaBefore.id);
    EXPECT_EQ(due.value(QStringLiteral("pseudonym")).toString(), adaBefore.pseudonym);
    EXPECT_EQ(due.value(QStringLiteral("programmes")).toArray(), QJsonArray{stora});
    EXPECT_EQ(due.value(QStringLiteral("last_end")).toString(), QStringLiteral("2016-06-30"));
    EXPECT_EQ(due.value(QStringLiteral("due_date")).toString(), QStringLiteral("2019-06-30"));
    EXPECT_GE(due.value(QStringLiteral("free_texts")).toInt(), 1); // the journal note

    const CliRun text = retention(QStringLiteral("preview"));
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(adaBefore.pseudonym)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("2016-06-30"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("2019-06-30"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(stora)) << text.out.toStdString();
    for (const Participant& p : {bo, cy, dag}) {
        const core::Person other = person(p.pin);
        ASSERT_NE(other.id, 0);
        EXPECT_FALSE(text.out.contains(other.pseudonym)) << text.out.toStdString();
    }

    // Dag becomes due once his programme has a policy too.
    ASSERT_EQ(setPolicy(lilla, 3).exitCode, 0);
    o = json(QStringLiteral("preview"));
    EXPECT_EQ(o.value(QStringLiteral("total")).toInt(), 2);
    QStringList pseudonyms;
    for (const QJsonValue& v : o.value(QStringLiteral("persons")).toArray()) {
        pseudonyms.append(v.toObject().value(QStringLiteral("pseudonym")).toString());
    }
    pseudonyms.sort();
    QStringList expected{adaBefore.pseudonym, person(dag.pin).pseudonym};
    expected.sort();
    EXPECT_EQ(pseudonyms, expected);

    // Never a personnummer or a name, in any output of the preview.
    const CliRun again = retention(QStringLiteral("preview"));
    const QString all =
        text.out + text.err + again.out + again.err + QString::fromUtf8(QJsonDocument(o).toJson());
    for (const Participant& p : {ada, bo, cy, dag}) {
        for (const QString& form : pinForms(p.pin)) {
            EXPECT_FALSE(all.contains(form)) << form.toStdString() << "\n" << all.toStdString();
        }
        EXPECT_FALSE(all.contains(p.firstName)) << all.toStdString();
        EXPECT_FALSE(all.contains(p.lastName)) << all.toStdString();
    }
    EXPECT_FALSE(all.contains(noteText));
}

TEST_F(CliRetention, RunWithoutYesRefusesAndChangesNothing) {
    ASSERT_EQ(setPolicy(stora, 3).exitCode, 0);
    const QByteArray before = fileHash(db);
    const CliRun r = retention(QStringLiteral("run"));
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("retention preview"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--yes"))) << r.err.toStdString();
    EXPECT_EQ(fileHash(db), before);

    const core::Person stillThere = person(ada.pin);
    EXPECT_NE(stillThere.id, 0);
    EXPECT_FALSE(stillThere.anonymised());
    EXPECT_EQ(stillThere.firstName, ada.firstName);
    EXPECT_EQ(json(QStringLiteral("preview")).value(QStringLiteral("total")).toInt(), 1);
}

TEST_F(CliRetention, RunWithYesAnonymisesEveryDuePerson) {
    addNoteForAda();
    ASSERT_EQ(setPolicy(stora, 3).exitCode, 0);
    const core::Person adaBefore = person(ada.pin);
    ASSERT_NE(adaBefore.id, 0);

    CliRun r = retention(QStringLiteral("run"), {QStringLiteral("--yes")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // "... 1 ... 0 ...": one anonymised, none skipped.
    EXPECT_TRUE(QRegularExpression(QStringLiteral(":\\s*1\\b")).match(r.out).hasMatch())
        << r.out.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral(":\\s*0\\b")).match(r.out).hasMatch())
        << r.out.toStdString();

    // Through core: the personnummer, the names and the note's text are gone; what statistics
    // need stays.
    {
        auto reg = open();
        ASSERT_TRUE(reg);
        auto byPin = reg->personByPin(ada.pin);
        ASSERT_TRUE(byPin.ok());
        EXPECT_FALSE(byPin.value().has_value());
        auto after = reg->person(adaBefore.id);
        ASSERT_TRUE(after.ok()) << after.error().message.toStdString();
        EXPECT_TRUE(after->pin.isEmpty());
        EXPECT_TRUE(after->firstName.isEmpty());
        EXPECT_TRUE(after->lastName.isEmpty());
        EXPECT_TRUE(after->anonymised());
        EXPECT_EQ(after->anonymisedReason, core::AnonymisationReason::Retention);
        EXPECT_EQ(after->pseudonym, adaBefore.pseudonym);
        EXPECT_EQ(after->sex, adaBefore.sex);
        EXPECT_EQ(after->birthYear, 1985);
        auto notes = reg->journalOf(adaEnrollment);
        ASSERT_TRUE(notes.ok());
        for (const core::JournalNote& n : notes.value()) {
            EXPECT_NE(n.text, noteText);
        }
        // The others keep their identity.
        for (const Participant& p : {bo, cy, dag}) {
            auto other = reg->personByPin(p.pin);
            ASSERT_TRUE(other.ok());
            ASSERT_TRUE(other.value().has_value()) << p.pin.toStdString();
            EXPECT_EQ(other.value()->firstName, p.firstName);
        }
    }

    // The export: Ada's personnummer and names are nowhere, the others' are there.
    const CliRun exported = exportAll();
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    for (const QString& form : pinForms(ada.pin)) {
        EXPECT_FALSE(exported.out.contains(form)) << exported.out.toStdString();
    }
    EXPECT_FALSE(exported.out.contains(ada.firstName)) << exported.out.toStdString();
    EXPECT_FALSE(exported.out.contains(ada.lastName)) << exported.out.toStdString();
    EXPECT_TRUE(exported.out.contains(adaBefore.pseudonym)) << exported.out.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("19850102-2399")))
        << exported.out.toStdString();
    EXPECT_EQ(exported.out.count(u'\n'), 5); // header + four participations, none lost

    // Nobody is due any more; a second run changes nothing.
    EXPECT_EQ(json(QStringLiteral("preview")).value(QStringLiteral("total")).toInt(-1), 0);
    r = retention(QStringLiteral("run"), {QStringLiteral("--yes")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(exportAll().out, exported.out);
}

TEST_F(CliRetention, ManyPersonsShowProgressOnStandardError) {
    // 25 more persons who ended in 2016 (test personnummer born in 1976).
    const QJsonArray pins =
        QJsonDocument::fromJson(
            readFile(sharedPath(QStringLiteral("testdata/personnummer/allPins.json"))))
            .array();
    QByteArray data = "personnummer;insats;startdatum;slutdatum;avslutsorsak\n";
    QStringList added;
    for (const QJsonValue& v : pins) {
        const QString pin = v.toString();
        if (pin.startsWith(QStringLiteral("1976")) && !added.contains(pin)) {
            added.append(pin);
            data +=
                (pin + QStringLiteral(";Stora projektet;2015-01-10;2016-02-20;ARBETE\n")).toUtf8();
            if (added.size() == 25) {
                break;
            }
        }
    }
    ASSERT_EQ(added.size(), 25);
    const QString file = dir.filePath(QStringLiteral("fler.csv"));
    writeFile(file, data);
    const CliRun import = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    ASSERT_EQ(setPolicy(stora, 3).exitCode, 0);
    ASSERT_EQ(json(QStringLiteral("preview")).value(QStringLiteral("total")).toInt(), 26);

    const CliRun r = retention(QStringLiteral("run"), {QStringLiteral("--yes")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("26/26"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("26"))) << r.out.toStdString();
    EXPECT_EQ(json(QStringLiteral("preview")).value(QStringLiteral("total")).toInt(-1), 0);
    const core::Person last = person(added.last());
    EXPECT_EQ(last.id, 0); // no longer found by personnummer
}

TEST_F(CliRetention, OnlyTheAdministratorMayApplyRetention) {
    createAccounts();
    const EnvGuard login("FOLJSAM_PASSWORD", password);
    const QString admin = QStringLiteral("admin");
    ASSERT_EQ(setPolicy(stora, 3, admin).exitCode, 0);

    // Without --user: refused like every command of a register with accounts.
    EXPECT_EQ(retention(QStringLiteral("preview")).exitCode, 1);

    // The coach and the samordnare: the access refusal ("... får inte tillämpa gallringsregler")
    // with exit code 1, as every refused command.
    for (const QString& user : {QStringLiteral("kim"), QStringLiteral("sam")}) {
        for (const CliRun& r :
             {retention(QStringLiteral("preview"), {}, user),
              retention(QStringLiteral("run"), {QStringLiteral("--yes")}, user),
              setPolicy(stora, 10, user),
              retention(QStringLiteral("policy"),
                        {QStringLiteral("--insats"), stora, QStringLiteral("--remove")}, user)}) {
            EXPECT_EQ(r.exitCode, 1) << user.toStdString() << r.out.toStdString();
            EXPECT_TRUE(r.err.contains(QStringLiteral("gallring"))) << r.err.toStdString();
            EXPECT_FALSE(r.out.contains(QStringLiteral("D0"))) << r.out.toStdString();
        }
    }
    // The coach may not even read the policies.
    EXPECT_EQ(retention(QStringLiteral("policy"), {}, QStringLiteral("kim")).exitCode, 1);

    // Nothing changed: the policy is 3 years, Ada still has her personnummer.
    EXPECT_EQ(policies(json(QStringLiteral("policy"), admin)),
              (QList<std::pair<QString, int>>{{stora, 3}}));
    const CliRun exported = exportAll(QStringLiteral("sam"));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("19850101-2382")))
        << exported.out.toStdString();

    // The administrator previews and runs.
    EXPECT_EQ(json(QStringLiteral("preview"), admin).value(QStringLiteral("total")).toInt(), 1);
    const CliRun r = retention(QStringLiteral("run"), {QStringLiteral("--yes")}, admin);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(exportAll(QStringLiteral("sam")).out.contains(QStringLiteral("19850101-2382")));
}

} // namespace
