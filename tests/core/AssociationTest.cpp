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

// The four förbund of seed 004 (notes/004.md §2.1, R-004-02), by SCB code.
const QString Lund = QStringLiteral("1281");
const QString Eslov = QStringLiteral("1285");
const QString Horby = QStringLiteral("1266");
const QString Hoor = QStringLiteral("1267");
const QString Kavlinge = QStringLiteral("1261");
const QString Lomma = QStringLiteral("1262");
const QString Burlov = QStringLiteral("1231");
const QString Staffanstorp = QStringLiteral("1230");

QList<Association> seed004() {
    return {
        {0, QStringLiteral("Lunds Samordningsförbund"), {Lund}},
        {0, QStringLiteral("Finsam MittSkåne"), {Eslov, Horby, Hoor}},
        {0, QStringLiteral("Samordningsförbundet Finsam Kävlinge-Lomma"), {Kavlinge, Lomma}},
        {0, QStringLiteral("Samordningsförbundet Burlöv-Staffanstorp"), {Burlov, Staffanstorp}}};
}

// The audit entries of the förbund, oldest first.
QList<core::AuditEntry> auditOf(Register& reg, const QString& entity, core::Id id) {
    auto all = reg.auditEntries(core::AuditFilter{});
    EXPECT_TRUE(all);
    QList<core::AuditEntry> found;
    for (const core::AuditEntry& e : all.value()) {
        if (e.entity == entity && e.entityId == id) {
            found.append(e);
        }
    }
    return found;
}

TEST(Associations, SeveralForbundShareARegisterEachWithItsOwnKommuner) {
    TempRegister reg;
    for (const Association& a : seed004()) {
        auto id = reg->createAssociation(a);
        ASSERT_TRUE(id) << qPrintable(id.error().message);
    }
    auto all = reg->associations();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 4);
    // By name in Swedish order; the kommuner by code.
    EXPECT_EQ(all->at(0).name, QStringLiteral("Finsam MittSkåne"));
    EXPECT_EQ(all->at(0).municipalities, (QStringList{Horby, Hoor, Eslov}));
    EXPECT_EQ(all->at(1).name, QStringLiteral("Lunds Samordningsförbund"));
    EXPECT_EQ(all->at(2).name, QStringLiteral("Samordningsförbundet Burlöv-Staffanstorp"));
    EXPECT_EQ(all->at(3).name, QStringLiteral("Samordningsförbundet Finsam Kävlinge-Lomma"));
}

TEST(Associations, AKommunIsAMemberOfOneForbundOnly) {
    TempRegister reg;
    for (const Association& a : seed004()) {
        ASSERT_TRUE(reg->createAssociation(a));
    }
    // Lomma is Kävlinge-Lomma's: a new förbund with it is refused, naming the other förbund.
    auto refused = reg->createAssociation({0, QStringLiteral("Finsam Sydväst"), {Lomma}});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("association.municipality_taken"));
    EXPECT_EQ(refused.error().field, core::Field::MemberMunicipalities);
    EXPECT_TRUE(refused.error().message.contains(
        QStringLiteral("Samordningsförbundet Finsam Kävlinge-Lomma")))
        << qPrintable(refused.error().message);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Lomma (1262)")));
    // So is a change that adds Lund to MittSkåne; MittSkåne stays as it was.
    auto all = reg->associations().value();
    Association mittSkane = all.at(0);
    mittSkane.municipalities.append(Lund);
    const auto status = reg->updateAssociation(mittSkane);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, QStringLiteral("association.municipality_taken"));
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("Lunds Samordningsförbund")));
    EXPECT_EQ(reg->associations()->at(0).municipalities, (QStringList{Horby, Hoor, Eslov}));
    // Moving a kommun takes two steps: Lomma out of Kävlinge-Lomma, then into the new förbund.
    Association kavlingeLomma = all.at(3);
    kavlingeLomma.municipalities = {Kavlinge};
    ASSERT_TRUE(reg->updateAssociation(kavlingeLomma));
    ASSERT_TRUE(reg->createAssociation({0, QStringLiteral("Finsam Sydväst"), {Lomma}}));
}

TEST(Associations, AForbundIsRenamedAndItsKommunerChangedAndAudited) {
    TempRegister reg;
    const core::Id id =
        reg->createAssociation({0, QStringLiteral("Finsam MittSkåne"), {Eslov, Horby}}).value();
    const core::Id other = reg->createAssociation(seed004().at(0)).value();

    // The name is trimmed; Höör is added, Hörby taken out; the other förbund is untouched.
    const auto changed = reg->updateAssociation(
        {id, QStringLiteral("  Finsam MittSkåne (Eslöv-Höör-Hörby) "), {Hoor, Eslov}});
    ASSERT_TRUE(changed) << qPrintable(changed.error().message);
    auto all = reg->associations().value();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(
        all.at(0),
        (Association{id, QStringLiteral("Finsam MittSkåne (Eslöv-Höör-Hörby)"), {Hoor, Eslov}}));
    EXPECT_EQ(all.at(1), (Association{other, QStringLiteral("Lunds Samordningsförbund"), {Lund}}));

    // One update entry with the old and the new values.
    const auto entries = auditOf(*reg, QStringLiteral("association"), id);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).action, QStringLiteral("create"));
    EXPECT_EQ(entries.at(1).action, QStringLiteral("update"));
    ASSERT_TRUE(entries.at(1).detail);
    const QString detail = *entries.at(1).detail;
    EXPECT_TRUE(detail.contains(QStringLiteral("Finsam MittSkåne (Eslöv-Höör-Hörby)")))
        << qPrintable(detail);
    EXPECT_TRUE(detail.contains(Horby)) << qPrintable(detail); // the old member list
    EXPECT_TRUE(detail.contains(Hoor)) << qPrintable(detail);  // the new one

    // The same values again (in another order) write nothing.
    ASSERT_TRUE(reg->updateAssociation(
        {id, QStringLiteral("Finsam MittSkåne (Eslöv-Höör-Hörby)"), {Eslov, Hoor}}));
    EXPECT_EQ(auditOf(*reg, QStringLiteral("association"), id).size(), 2);
    // Only the letter case of its own name: allowed.
    ASSERT_TRUE(reg->updateAssociation(
        {id, QStringLiteral("Finsam Mittskåne (Eslöv-Höör-Hörby)"), {Eslov, Hoor}}));
}

TEST(Associations, BadChangesAreRefusedAndWriteNothing) {
    TempRegister reg;
    const core::Id id =
        reg->createAssociation({0, QStringLiteral("Finsam MittSkåne"), {Eslov}}).value();
    ASSERT_TRUE(reg->createAssociation(seed004().at(0)));
    const auto refusal = [&](const Association& a) {
        const auto status = reg->updateAssociation(a);
        EXPECT_FALSE(status);
        return status ? QString() : status.error().code;
    };
    EXPECT_EQ(refusal({id, QStringLiteral(" "), {Eslov}}), QStringLiteral("association.name"));
    EXPECT_EQ(refusal({id, QStringLiteral("Finsam MittSkåne"), {}}),
              QStringLiteral("association.no_municipality"));
    EXPECT_EQ(refusal({id, QStringLiteral("Finsam MittSkåne"), {Eslov, Eslov}}),
              QStringLiteral("association.municipality_twice"));
    EXPECT_EQ(refusal({id, QStringLiteral("Finsam MittSkåne"), {QStringLiteral("9999")}}),
              QStringLiteral("municipality.unknown"));
    EXPECT_EQ(refusal({id, QStringLiteral("Finsam MittSkåne"), {QString()}}),
              QStringLiteral("municipality.unknown"));
    // Another förbund's name, also in other letter case.
    EXPECT_EQ(refusal({id, QStringLiteral("Lunds Samordningsförbund"), {Eslov}}),
              QStringLiteral("association.duplicate"));
    EXPECT_EQ(refusal({id, QStringLiteral("lunds samordningsförbund"), {Eslov}}),
              QStringLiteral("association.duplicate"));
    EXPECT_EQ(refusal({id + 100, QStringLiteral("Ny"), {Hoor}}),
              QStringLiteral("association.unknown"));
    EXPECT_EQ(reg->associations()->at(0),
              (Association{id, QStringLiteral("Finsam MittSkåne"), {Eslov}}));
    EXPECT_EQ(auditOf(*reg, QStringLiteral("association"), id).size(), 1); // the creation
    // A new förbund under another's name in other letter case is refused as well.
    auto created = reg->createAssociation({0, QStringLiteral("FINSAM MITTSKÅNE"), {Hoor}});
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, QStringLiteral("association.duplicate"));
}

TEST(Associations, OnlyAForbundNoProgrammeBelongsToIsRemoved) {
    TempRegister reg;
    const core::Id lund = reg->createAssociation(seed004().at(0)).value();
    const core::Id mitt = reg->createAssociation(seed004().at(1)).value();
    for (const QString& name : {QStringLiteral("UMA"), QStringLiteral("Arbetsnära stöd")}) {
        Programme p;
        p.name = name;
        p.associationId = lund;
        ASSERT_TRUE(reg->createProgramme(p));
    }
    const auto refused = reg->deleteAssociation(lund);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("association.in_use"));
    // The programmes are named, in Swedish order.
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Arbetsnära stöd, UMA")))
        << qPrintable(refused.error().message);
    EXPECT_EQ(reg->associations()->size(), 2);

    // MittSkåne has no programme: removed with its kommuner and its saved report set, audited.
    ASSERT_TRUE(reg->saveReportSet(QStringLiteral("kvartal"), {QStringLiteral("intag")}, {}, mitt));
    const auto removed = reg->deleteAssociation(mitt);
    ASSERT_TRUE(removed) << qPrintable(removed.error().message);
    auto all = reg->associations();
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->at(0).id, lund);
    EXPECT_EQ(reg->reportSet(QStringLiteral("kvartal"), mitt).value(), QStringList());
    const auto entries = auditOf(*reg, QStringLiteral("association"), mitt);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(1).action, QStringLiteral("delete"));
    ASSERT_TRUE(entries.at(1).detail);
    EXPECT_TRUE(entries.at(1).detail->contains(Hoor)); // what was removed
    EXPECT_EQ(reg->deleteAssociation(mitt).error().code, QStringLiteral("association.unknown"));
    // Its kommuner are free for another förbund now.
    ASSERT_TRUE(reg->createAssociation({0, QStringLiteral("Finsam Höör"), {Hoor}}));
    EXPECT_TRUE(reg->verifyAudit().value().intact);
}

TEST(Associations, OnlyThoseWhoEditProgrammesChangeForbund) {
    TempRegister reg;
    const core::Id id = reg->createAssociation(seed004().at(0)).value();
    core::Actor chef;
    chef.setupMode = false;
    chef.loggedIn = true;
    chef.username = QStringLiteral("chef");
    chef.roles = {core::Role::Forbundschef};
    reg->setActor(chef);
    EXPECT_TRUE(reg->associations()); // reading is open to everyone logged in
    const auto update = reg->updateAssociation({id, QStringLiteral("Nytt namn"), {Lund}});
    ASSERT_FALSE(update);
    EXPECT_EQ(update.error().code, QStringLiteral("access.denied"));
    EXPECT_EQ(reg->deleteAssociation(id).error().code, QStringLiteral("access.denied"));
    chef.roles = {core::Role::Samordnare};
    reg->setActor(chef);
    EXPECT_TRUE(reg->updateAssociation({id, QStringLiteral("Nytt namn"), {Lund}}));
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
