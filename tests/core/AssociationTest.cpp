// Förbund and their member kommuner (storage/RegisterAssociations.cpp), the kommun list offered
// before any register exists, and a new register made by the first-run dialog
// (Register::createNew): everything or nothing.

#include "TestSupport.h"

#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <gtest/gtest.h>

namespace foljsam::test {
namespace {

using core::Association;
using core::Programme;
using core::Register;
using core::RegisterSetup;

// The setup a samordnare gives for Samordningsförbundet Botkyrka Huddinge Salem.
RegisterSetup sydvastSetup() {
    RegisterSetup setup;
    setup.association.name = QStringLiteral("Samordningsförbundet Sydväst");
    setup.association.municipalities = {QStringLiteral("0127"), QStringLiteral("0126"),
                                        QStringLiteral("0128")};
    setup.programme.name = QStringLiteral("Steget vidare");
    setup.programme.startDate = QDate(2026, 1, 1);
    return setup;
}

TEST(Associations, BuiltInKommunerAreSCBsWholeList) {
    auto list = core::builtInMunicipalities();
    ASSERT_TRUE(list) << qPrintable(list.error().message);
    // ../shared/testdata/kommuner/municipalities.csv: SCB's 290 kommuner with short names.
    const QStringList lines =
        QString::fromUtf8(
            readFile(sharedPath(QStringLiteral("testdata/kommuner/municipalities.csv"))))
            .split(u'\n', Qt::SkipEmptyParts)
            .mid(1);
    ASSERT_EQ(lines.size(), 290);
    ASSERT_EQ(list->size(), lines.size());
    QHash<QString, QString> byCode;
    for (const core::Municipality& m : list.value()) {
        byCode.insert(m.code, m.name);
    }
    for (const QString& line : lines) {
        const QStringList cells = line.trimmed().split(u',');
        ASSERT_GE(cells.size(), 3) << qPrintable(line);
        EXPECT_EQ(byCode.value(cells.at(0)), cells.at(2)) << qPrintable(cells.at(0));
    }
    // In Swedish order: Å, Ä and Ö after Z.
    const auto indexOf = [&](const QString& name) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (list->at(i).name == name) {
                return i;
            }
        }
        return qsizetype(-1);
    };
    EXPECT_LT(indexOf(QStringLiteral("Ale")), indexOf(QStringLiteral("Botkyrka")));
    EXPECT_LT(indexOf(QStringLiteral("Ystad")), indexOf(QStringLiteral("Åre")));
    EXPECT_LT(indexOf(QStringLiteral("Åre")), indexOf(QStringLiteral("Örebro")));
}

TEST(Associations, AnAssociationIsStoredWithItsKommunerAndAudited) {
    TempRegister reg;
    Association sydvast{0,
                        QStringLiteral("  Samordningsförbundet Sydväst "),
                        {QStringLiteral("0127"), QStringLiteral("0126")}};
    auto id = reg->createAssociation(sydvast);
    ASSERT_TRUE(id) << qPrintable(id.error().message);
    auto other =
        reg->createAssociation({0, QStringLiteral("Finsam Gotland"), {QStringLiteral("0980")}});
    ASSERT_TRUE(other) << qPrintable(other.error().message);

    auto all = reg->associations();
    ASSERT_TRUE(all) << qPrintable(all.error().message);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).name, QStringLiteral("Finsam Gotland"));
    EXPECT_EQ(all->at(1).id, id.value());
    EXPECT_EQ(all->at(1).name, QStringLiteral("Samordningsförbundet Sydväst")); // trimmed
    EXPECT_EQ(all->at(1).municipalities,
              QStringList({QStringLiteral("0126"), QStringLiteral("0127")}));

    core::AuditFilter filter;
    auto audit = reg->auditEntries(filter);
    ASSERT_TRUE(audit);
    const auto created = std::find_if(audit->cbegin(), audit->cend(), [&](const auto& e) {
        return e.entity == QLatin1String("association") && e.entityId == id.value();
    });
    ASSERT_NE(created, audit->cend());
    EXPECT_TRUE(created->detail && created->detail->contains(QLatin1String("0127")));
}

TEST(Associations, BadAssociationsAreRefusedWithTheReason) {
    TempRegister reg;
    const auto refusal = [&](const Association& a) {
        auto id = reg->createAssociation(a);
        EXPECT_FALSE(id);
        return id ? QString() : id.error().code;
    };
    EXPECT_EQ(refusal({0, QStringLiteral("   "), {QStringLiteral("0127")}}),
              QStringLiteral("association.name"));
    EXPECT_EQ(refusal({0, QStringLiteral("Sydväst"), {}}),
              QStringLiteral("association.no_municipality"));
    EXPECT_EQ(refusal({0, QStringLiteral("Sydväst"), {QStringLiteral("9999")}}),
              QStringLiteral("municipality.unknown"));
    EXPECT_EQ(
        refusal({0, QStringLiteral("Sydväst"), {QStringLiteral("0127"), QStringLiteral("0127")}}),
        QStringLiteral("association.municipality_twice"));
    ASSERT_TRUE(reg->createAssociation({0, QStringLiteral("Sydväst"), {QStringLiteral("0127")}}));
    EXPECT_EQ(refusal({0, QStringLiteral("Sydväst"), {QStringLiteral("0126")}}),
              QStringLiteral("association.duplicate"));
    auto all = reg->associations();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 1); // nothing of the refused ones was written
    EXPECT_EQ(all->at(0).municipalities, QStringList({QStringLiteral("0127")}));

    // A programme can belong to a förbund that exists, not to one that does not.
    Programme programme;
    programme.name = QStringLiteral("Steget vidare");
    programme.associationId = all->at(0).id + 100;
    auto refused = reg->createProgramme(programme);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("association.unknown"));
    programme.associationId = all->at(0).id;
    auto created = reg->createProgramme(programme);
    ASSERT_TRUE(created) << qPrintable(created.error().message);
    auto stored = reg->programmeByName(programme.name);
    ASSERT_TRUE(stored && stored->has_value());
    EXPECT_EQ(stored->value().associationId, all->at(0).id);
}

TEST(NewRegister, HoldsTheAssociationAndItsFirstProgramme) {
    FOLJSAM_SQLITE_ONLY("a new register is a file; a server register is set up by its admin");
    QTemporaryDir dir;
    const core::FixedClock clock{QDate(2026, 11, 23)};
    const QString path = dir.filePath(QStringLiteral("sydvast.foljsam"));
    const auto created = Register::createNew(path, sydvastSetup(), clock);
    ASSERT_TRUE(created) << qPrintable(created.error().message);

    auto reg = Register::open(path, {}, clock);
    ASSERT_TRUE(reg) << qPrintable(reg.error().message);
    auto associations = reg.value()->associations();
    ASSERT_TRUE(associations);
    ASSERT_EQ(associations->size(), 1);
    EXPECT_EQ(associations->at(0).name, QStringLiteral("Samordningsförbundet Sydväst"));
    EXPECT_EQ(
        associations->at(0).municipalities,
        QStringList({QStringLiteral("0126"), QStringLiteral("0127"), QStringLiteral("0128")}));
    auto programmes = reg.value()->programmes();
    ASSERT_TRUE(programmes);
    ASSERT_EQ(programmes->size(), 1);
    EXPECT_EQ(programmes->at(0).name, QStringLiteral("Steget vidare"));
    EXPECT_EQ(programmes->at(0).startDate, QDate(2026, 1, 1));
    EXPECT_EQ(programmes->at(0).associationId, associations->at(0).id);
    // The new register is in setup mode (no accounts yet): whoever made it may do everything.
    EXPECT_TRUE(reg.value()->setupMode());

    // Creating over an existing file is refused and leaves the file as it was.
    const QByteArray before = readFile(path);
    auto again = Register::createNew(path, sydvastSetup(), clock);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, QStringLiteral("register.exists"));
    reg.value().reset();
    EXPECT_EQ(readFile(path), before);
}

TEST(NewRegister, IsNotLeftHalfMadeWhenTheSetupIsRefused) {
    FOLJSAM_SQLITE_ONLY("a new register is a file");
    QTemporaryDir dir;
    const core::FixedClock clock{QDate(2026, 11, 23)};
    const QString path = dir.filePath(QStringLiteral("ny.foljsam"));

    const auto refusedWith = [&](const RegisterSetup& setup) {
        auto created = Register::createNew(path, setup, clock);
        EXPECT_FALSE(created);
        // Nothing is left behind: not the register, nor SQLite's companion files.
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        return created ? QString() : created.error().code;
    };
    RegisterSetup noName = sydvastSetup();
    noName.association.name.clear();
    EXPECT_EQ(refusedWith(noName), QStringLiteral("association.name"));
    RegisterSetup noKommun = sydvastSetup();
    noKommun.association.municipalities.clear();
    EXPECT_EQ(refusedWith(noKommun), QStringLiteral("association.no_municipality"));
    // The förbund is fine, the programme is not: the förbund is not kept either.
    RegisterSetup noProgramme = sydvastSetup();
    noProgramme.programme.name = QStringLiteral("  ");
    EXPECT_EQ(refusedWith(noProgramme), QStringLiteral("programme.name"));
    RegisterSetup endsBeforeStart = sydvastSetup();
    endsBeforeStart.programme.endDate = QDate(2025, 12, 31);
    EXPECT_EQ(refusedWith(endsBeforeStart), QStringLiteral("date.order"));

    EXPECT_EQ(Register::createNew(QString(), sydvastSetup(), clock).error().code,
              QStringLiteral("register.no_path"));
    EXPECT_EQ(Register::createNew(dir.filePath(QStringLiteral("saknas/ny.foljsam")), sydvastSetup(),
                                  clock)
                  .error()
                  .code,
              QStringLiteral("register.no_folder"));
    EXPECT_EQ(Register::createNew(QStringLiteral("postgresql://foljsam@server/foljsam"),
                                  sydvastSetup(), clock)
                  .error()
                  .code,
              QStringLiteral("register.server_create"));
}

} // namespace
} // namespace foljsam::test
