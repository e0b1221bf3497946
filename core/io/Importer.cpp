#include "io/Importer.h"

#include "domain/Dates.h"
#include "domain/PersonalIdentityNumber.h"
#include "io/Csv.h"
#include "io/ImportFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <memory>
#include <optional>

namespace foljsam::core {

namespace fmt = importformat;

namespace {

// One row of the file, parsed into the journey's value types.
struct Row : Register::ImportRow {
    int index = 0;
    int line = 0;
};

class RowParser {
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    RowParser(Register& reg, const QHash<QString, int>& columns, const QStringList& cells, int line,
              QList<ImportIssue>& issues, QHash<QString, QString>& kommuner, const Rules& rules)
        : m_reg(reg), m_columns(columns), m_cells(cells), m_line(line), m_issues(issues),
          m_kommuner(kommuner), m_rules(rules) {}

    QString cell(const QString& column) const {
        const int i = m_columns.value(column, -1);
        return i >= 0 && i < m_cells.size() ? m_cells.at(i).trimmed() : QString();
    }

    void issue(const QString& column, const QString& code, const QString& message) {
        m_issues.append({m_line, column, cell(column), code, message, false});
        m_failed = true;
    }

    void issue(const Error& e, const QString& fallbackColumn = QString()) {
        issue(e.field.isEmpty() ? fallbackColumn : e.field, e.code, e.message);
    }

    QDate date(const QString& column) {
        const QString text = cell(column);
        if (text.isEmpty()) {
            return {};
        }
        const QDate d = fromIso(text);
        if (!d.isValid()) {
            issue(column, QStringLiteral("date.format"),
                  tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(text));
        }
        return d;
    }

    QString code(const QString& listId, const QString& column) {
        return codeOf(listId, column, cell(column));
    }

    QString codeOf(const QString& listId, const QString& column, const QString& text) {
        if (text.isEmpty()) {
            return {};
        }
        const QString c = m_reg.codes().resolve(listId, text);
        if (c.isEmpty()) {
            QStringList known;
            for (const CodeEntry& e : m_reg.codes().entries(listId)) {
                known.append(e.code);
            }
            issue(column, QStringLiteral("code.unknown"),
                  tr("\"%1\" is not a known value here. Use one of: %2.")
                      .arg(text, known.join(QStringLiteral(", "))));
        }
        return c;
    }

    QStringList codes(const QString& listId, const QString& column) {
        QStringList result;
        for (const QString& v : fmt::splitMulti(cell(column))) {
            const QString c = codeOf(listId, column, v);
            if (!c.isEmpty()) {
                if (result.contains(c)) {
                    issue(column, QStringLiteral("value.duplicate"),
                          tr("\"%1\" is given twice.").arg(v));
                }
                result.append(c);
            }
        }
        return result;
    }

    void rules(const Errors& errors, const QString& fallbackColumn) {
        for (const Error& e : errors) {
            issue(e, fallbackColumn);
        }
    }

    std::optional<Row> parse();

private:
    void parsePerson(Row& row);

    Register& m_reg;
    const QHash<QString, int>& m_columns;
    const QStringList& m_cells;
    int m_line;
    QList<ImportIssue>& m_issues;
    QHash<QString, QString>& m_kommuner; // kommun cell -> SCB code (empty: unknown), per file
    const Rules& m_rules;                // the register's rules, read once per file
    bool m_failed = false;
};

void RowParser::parsePerson(Row& row) {
    Person& p = row.person;
    p.externalId = cell(fmt::Deltagare);
    p.firstName = cell(fmt::Fornamn);
    p.lastName = cell(fmt::Efternamn);
    const QString pinText = cell(fmt::Personnummer);
    const QString sex = code(CodeListId::Sex, fmt::Kon);
    const QString yearText = cell(fmt::Fodelsear);
    int year = 0;
    if (!yearText.isEmpty()) {
        bool ok = false;
        year = yearText.toInt(&ok);
        if (!ok || yearText.size() != 4) {
            issue(fmt::Fodelsear, QStringLiteral("person.birth_year"),
                  tr("\"%1\" is not a four-digit year.").arg(yearText));
            year = 0;
        }
    }
    if (!pinText.isEmpty()) {
        auto pin = PersonalIdentityNumber::parse(pinText, m_rules.today());
        if (!pin) {
            issue(fmt::Personnummer, pin.error().code, pin.error().message);
            return;
        }
        p.identityKind = pin->kind() == PersonalIdentityNumber::Kind::Samordningsnummer
                             ? IdentityKind::Samordningsnummer
                             : IdentityKind::Personnummer;
        p.pin = pin->canonical();
        p.sex = sex.isEmpty() ? pin->sexCode() : sex;
        p.birthYear = year ? year : pin->birthYear();
        p.birthDate = pin->birthDate();
    } else {
        if (p.externalId.isEmpty()) {
            issue(fmt::Deltagare, QStringLiteral("identity.missing"),
                  tr("Each row needs a personnummer or the förbund's participant key "
                     "(deltagare)."));
        }
        if (sex.isEmpty() && cell(fmt::Kon).isEmpty()) {
            issue(fmt::Kon, QStringLiteral("value.required"),
                  tr("Sex (kon) is required when there is no personnummer."));
        }
        if (yearText.isEmpty()) {
            issue(fmt::Fodelsear, QStringLiteral("value.required"),
                  tr("Birth year (fodelsear) is required when there is no personnummer."));
        }
        p.identityKind = IdentityKind::Anonymous;
        p.sex = sex;
        p.birthYear = year;
    }
    if (!sex.isEmpty() || year || !pinText.isEmpty()) {
        for (const Error& e : m_rules.checkPerson(p)) {
            issue(e, fmt::Personnummer);
        }
    }
    const QString kommun = cell(fmt::Kommun);
    if (!kommun.isEmpty()) {
        auto known = m_kommuner.constFind(kommun);
        if (known == m_kommuner.cend()) {
            QString code;
            if (auto exists = m_reg.municipalityExists(kommun); exists && exists.value()) {
                code = kommun;
            } else if (auto byName = m_reg.municipalityCodeByName(kommun); byName) {
                code = byName.value();
            }
            known = m_kommuner.insert(kommun, code);
        }
        if (!known.value().isEmpty()) {
            p.municipality = known.value();
        } else {
            issue(fmt::Kommun, QStringLiteral("municipality.unknown"),
                  tr("\"%1\" is neither an SCB kommun code nor a kommun name.").arg(kommun));
        }
    }
}

std::optional<Row> RowParser::parse() {
    Row row;
    row.line = m_line;
    parsePerson(row);

    row.programme = cell(fmt::Insats);
    if (row.programme.isEmpty()) {
        issue(fmt::Insats, QStringLiteral("value.required"),
              tr("The programme (insats) is required."));
    }

    const QDate received = date(fmt::Remissdatum);
    const QString referringActor = code(CodeListId::Actor, fmt::Remittent);
    const QStringList otherActors = codes(CodeListId::Actor, fmt::AndraAktorer);
    QString decision = code(CodeListId::IntakeDecision, fmt::Intagsbeslut);
    const QDate decisionDate = date(fmt::Beslutsdatum);
    const QDate start = date(fmt::Startdatum);
    const bool hasStart = !cell(fmt::Startdatum).isEmpty();
    const bool hasReferral = !cell(fmt::Remissdatum).isEmpty() || !referringActor.isEmpty() ||
                             !otherActors.isEmpty() || !decision.isEmpty() ||
                             decisionDate.isValid();
    if (decision.isEmpty() && hasStart) {
        decision = QStringLiteral("INSKRIVEN");
    }
    if (!hasStart && cell(fmt::Remissdatum).isEmpty()) {
        issue(fmt::Startdatum, QStringLiteral("row.no_dates"),
              tr("The row has neither a referral date (remissdatum) nor a start date "
                 "(startdatum)."));
    }
    if (!hasStart && decision == QLatin1String("INSKRIVEN")) {
        issue(fmt::Startdatum, QStringLiteral("value.required"),
              tr("The intake decision is \"enrolled\" but the start date (startdatum) is "
                 "missing."));
    }
    if (hasReferral) {
        Referral r;
        r.receivedDate = received;
        r.referringActor = referringActor;
        r.otherActors = otherActors;
        r.decision = decision;
        r.decisionDate = decisionDate;
        rules(m_rules.checkReferral(r), fmt::Remissdatum);
        row.referral = r;
    }

    if (hasStart) {
        Enrollment e;
        e.startDate = start;
        e.coach = cell(fmt::Coach);
        Baseline& b = e.baseline;
        b.priorSupport = code(CodeListId::PriorSupport, fmt::StodFore);
        b.ssaSince = date(fmt::AktuellFsSedan);
        b.incomeSources = codes(CodeListId::IncomeSource, fmt::ForsorjningFore);
        b.occupation = code(CodeListId::Occupation, fmt::SysselsattningFore);
        b.education = code(CodeListId::Education, fmt::Utbildning);
        b.consentDate = date(fmt::SamtyckeDatum);
        if (start.isValid()) {
            rules(m_rules.checkEnrollment(e, row.referral ? &*row.referral : nullptr),
                  fmt::Startdatum);
        }
        row.enrollment = e;
        row.planDate = date(fmt::HandlingsplanDatum);
        if (row.planDate.isValid() && start.isValid()) {
            ActionPlan probe;
            probe.createdDate = row.planDate;
            for (Error e2 : m_rules.checkActionPlan(probe, e)) {
                e2.field = fmt::HandlingsplanDatum;
                issue(e2);
            }
        }
    } else {
        for (const QString& column :
             {fmt::Coach, fmt::StodFore, fmt::AktuellFsSedan, fmt::ForsorjningFore,
              fmt::SysselsattningFore, fmt::Utbildning, fmt::SamtyckeDatum, fmt::HandlingsplanDatum,
              fmt::Slutdatum}) {
            if (!cell(column).isEmpty()) {
                issue(column, QStringLiteral("row.no_start"),
                      tr("%1 is given but the row has no start date (startdatum).").arg(column));
            }
        }
    }

    const QDate exitDate = date(fmt::Slutdatum);
    const QString reason = code(CodeListId::ExitReason, fmt::Avslutsorsak);
    if (!cell(fmt::Slutdatum).isEmpty() && hasStart) {
        Exit x;
        x.exitDate = exitDate;
        x.reason = reason;
        x.incomeSources = codes(CodeListId::IncomeSource, fmt::ForsorjningEfter);
        x.occupation = code(CodeListId::Occupation, fmt::SysselsattningEfter);
        if (reason.isEmpty() && cell(fmt::Avslutsorsak).isEmpty()) {
            issue(fmt::Avslutsorsak, QStringLiteral("value.required"),
                  tr("The exit reason (avslutsorsak) is required when there is an exit date."));
        } else if (exitDate.isValid() && row.enrollment && start.isValid() && !reason.isEmpty()) {
            rules(m_rules.checkExit(x, *row.enrollment), fmt::Slutdatum);
        }
        row.exit = x;
    } else {
        for (const QString& column :
             {fmt::Avslutsorsak, fmt::ForsorjningEfter, fmt::SysselsattningEfter}) {
            if (!cell(column).isEmpty()) {
                issue(column, QStringLiteral("exit.no_date"),
                      tr("%1 is given but the row has no exit date (slutdatum).").arg(column));
            }
        }
    }

    for (int months : {6, 12}) {
        const QString dateCol = fmt::followUpColumn(months, QStringLiteral("datum"));
        const QString svarCol = fmt::followUpColumn(months, QStringLiteral("svar"));
        const QString statusCol = fmt::followUpColumn(months, QStringLiteral("status"));
        const QString incomeCol = fmt::followUpColumn(months, QStringLiteral("forsorjning"));
        if (cell(dateCol).isEmpty() && cell(svarCol).isEmpty() && cell(statusCol).isEmpty() &&
            cell(incomeCol).isEmpty()) {
            continue;
        }
        FollowUp f;
        f.months = months;
        f.performedDate = date(dateCol);
        f.status = code(CodeListId::FollowUpStatus, statusCol);
        f.response = code(CodeListId::Response, svarCol);
        if (f.response.isEmpty() && cell(svarCol).isEmpty() && !f.status.isEmpty()) {
            f.response = QStringLiteral("SVARAT");
        }
        f.incomeSources = codes(CodeListId::IncomeSource, incomeCol);
        if (cell(dateCol).isEmpty() || f.performedDate.isValid()) {
            const bool exitKnown = row.exit && row.exit->exitDate.isValid();
            if (!exitKnown && !row.exit) {
                issue(dateCol, QStringLiteral("followup.no_exit"),
                      tr("A follow-up is given but the row has no exit (slutdatum)."));
            } else if (exitKnown) {
                rules(m_rules.checkFollowUp(f, &*row.exit), dateCol);
            }
        }
        row.followUps.append(f);
    }

    row.sortDate = start.isValid() ? start : received;
    if (m_failed) {
        return std::nullopt;
    }
    return row;
}

// Writes one valid row; returns the first rule the register refused.
class RowWriter {
public:
    RowWriter(Register& reg, ImportSummary& summary, QSet<Id>& seenPersons,
              QSet<Id>& createdPersons)
        : m_reg(reg), m_summary(summary), m_seen(seenPersons), m_created(createdPersons) {}

    Status write(const Row& row);

private:
    Result<Id> person(const Row& row);
    Result<Id> programme(const QString& name);
    Result<Id> referral(const Row& row, Id personId, Id programmeId, Id existingId);
    Status enrollment(const Row& row, Id personId, Id programmeId);

    Register& m_reg;
    ImportSummary& m_summary;
    QSet<Id>& m_seen;
    QSet<Id>& m_created;
};

Result<Id> RowWriter::person(const Row& row) {
    const Person& in = row.person;
    std::optional<Person> byPin;
    std::optional<Person> byExternal;
    if (!in.pin.isEmpty()) {
        auto found = m_reg.personByPin(in.pin);
        if (!found) {
            return found.error();
        }
        byPin = found.value();
    }
    if (!in.externalId.isEmpty()) {
        auto found = m_reg.personByExternalId(in.externalId);
        if (!found) {
            return found.error();
        }
        byExternal = found.value();
    }
    if (byPin && byExternal && byPin->id != byExternal->id) {
        return Error{QStringLiteral("identity.conflict"),
                     Importer::tr("The personnummer belongs to participant %1 but the "
                                  "participant key %2 to participant %3.")
                         .arg(byPin->id)
                         .arg(in.externalId)
                         .arg(byExternal->id),
                     fmt::Deltagare};
    }
    std::optional<Person> existing = byPin ? byPin : byExternal;
    if (existing && !in.pin.isEmpty() && existing->pin.isEmpty()) {
        return Error{QStringLiteral("identity.conflict"),
                     Importer::tr("The participant key %1 belongs to an anonymous participant; "
                                  "a personnummer cannot be added by import.")
                         .arg(in.externalId),
                     fmt::Personnummer};
    }
    if (!existing) {
        Person p = in;
        p.municipalityFrom = row.sortDate;
        auto id = m_reg.createPerson(p);
        if (!id) {
            return id.error();
        }
        m_created.insert(id.value());
        m_seen.insert(id.value());
        ++m_summary.personsCreated;
        return id.value();
    }
    if (!m_seen.contains(existing->id)) {
        m_seen.insert(existing->id);
        ++m_summary.personsMatched;
    }
    // Cells that are filled in update the person; empty cells leave what is known.
    Person updated = *existing;
    if (!in.firstName.isEmpty()) {
        updated.firstName = in.firstName;
    }
    if (!in.lastName.isEmpty()) {
        updated.lastName = in.lastName;
    }
    if (!in.externalId.isEmpty()) {
        updated.externalId = in.externalId;
    }
    if (existing->identityKind == IdentityKind::Anonymous) {
        if (!in.sex.isEmpty()) {
            updated.sex = in.sex;
        }
        if (in.birthYear) {
            updated.birthYear = in.birthYear;
        }
    }
    const bool personChanged = !(updated == *existing);
    if (personChanged) {
        if (auto s = m_reg.updatePerson(updated); !s) {
            return s.error();
        }
    }
    if (!in.municipality.isEmpty() && in.municipality != existing->municipality) {
        const QDate from = row.sortDate.isValid() && row.sortDate > existing->municipalityFrom
                               ? row.sortDate
                               : m_reg.clock().today();
        if (auto s = m_reg.setHomeMunicipality(existing->id, in.municipality, from); !s) {
            return s.error();
        }
    }
    if ((personChanged ||
         (!in.municipality.isEmpty() && in.municipality != existing->municipality)) &&
        !m_created.contains(existing->id)) {
        ++m_summary.personsUpdated;
    }
    return existing->id;
}

Result<Id> RowWriter::programme(const QString& name) {
    auto existing = m_reg.programmeByName(name);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return existing.value()->id;
    }
    Programme p;
    p.name = name;
    auto id = m_reg.createProgramme(p);
    if (!id) {
        return id.error();
    }
    m_summary.programmesCreated.append(name);
    return id.value();
}

Result<Id> RowWriter::referral(const Row& row, Id personId, Id programmeId, Id existingId) {
    Referral in = *row.referral;
    in.personId = personId;
    in.programmeId = programmeId;
    if (!existingId && in.receivedDate.isValid()) {
        auto found = m_reg.findReferral(personId, programmeId, in.receivedDate);
        if (!found) {
            return found.error();
        }
        existingId = found.value();
    }
    if (existingId) {
        auto current = m_reg.referral(existingId);
        if (!current) {
            return current.error();
        }
        Referral updated = current.value();
        updated.receivedDate = in.receivedDate;
        updated.referringActor = in.referringActor;
        updated.otherActors = in.otherActors;
        updated.decision = in.decision;
        updated.decisionDate = in.decisionDate;
        if (!(updated == current.value())) {
            if (auto s = m_reg.updateReferral(updated); !s) {
                return s.error();
            }
            ++m_summary.referralsUpdated;
        }
        return existingId;
    }
    auto id = m_reg.createReferral(in);
    if (!id) {
        return id.error();
    }
    ++m_summary.referralsCreated;
    return id.value();
}

Status RowWriter::enrollment(const Row& row, Id personId, Id programmeId) {
    const Enrollment& in = *row.enrollment;
    auto found = m_reg.findEnrollment(personId, programmeId, in.startDate);
    if (!found) {
        return found.error();
    }
    Id enrollmentId = found.value();
    bool changed = false;
    if (enrollmentId) {
        auto current = m_reg.enrollment(enrollmentId);
        if (!current) {
            return current.error();
        }
        if (row.referral && current->referralId) {
            const int before = m_summary.referralsUpdated;
            auto r = referral(row, personId, programmeId, current->referralId);
            if (!r) {
                return r.error();
            }
            changed = changed || m_summary.referralsUpdated != before;
        }
        Enrollment updated = current.value();
        updated.coach = in.coach;
        const auto byActor = updated.baseline.priorSupportByActor;
        updated.baseline = in.baseline;
        updated.baseline.priorSupportByActor = byActor;
        // What only the GUI records is kept: the consent's scope, and a withdrawal with the
        // consent date it needs.
        updated.baseline.consentWithdrawnDate = current->baseline.consentWithdrawnDate;
        if (updated.baseline.consentWithdrawnDate.isValid() &&
            !updated.baseline.consentDate.isValid()) {
            updated.baseline.consentDate = current->baseline.consentDate;
        }
        updated.baseline.consentActors = updated.baseline.consentDate.isValid()
                                             ? current->baseline.consentActors
                                             : QStringList();
        if (!(updated == current.value())) {
            if (auto s = m_reg.updateEnrollment(updated); !s) {
                return s;
            }
            changed = true;
        }
    } else {
        Enrollment e = in;
        e.personId = personId;
        e.programmeId = programmeId;
        if (row.referral) {
            auto r = referral(row, personId, programmeId, 0);
            if (!r) {
                return r.error();
            }
            e.referralId = r.value();
        }
        auto id = m_reg.enroll(e);
        if (!id) {
            return id.error();
        }
        enrollmentId = id.value();
        ++m_summary.enrollmentsCreated;
    }

    if (row.planDate.isValid()) {
        auto plans = m_reg.plansOf(enrollmentId);
        if (!plans) {
            return plans.error();
        }
        if (plans->isEmpty()) {
            ActionPlan plan;
            plan.enrollmentId = enrollmentId;
            plan.createdDate = row.planDate;
            if (auto id = m_reg.addActionPlanVersion(plan); !id) {
                return id.error();
            }
            changed = true;
        } else if (plans->first().createdDate != row.planDate) {
            if (auto s = m_reg.correctPlanDate(plans->first().id, row.planDate); !s) {
                return s;
            }
            changed = true;
        }
    }

    if (row.exit) {
        auto current = m_reg.exitOf(enrollmentId);
        if (!current) {
            return current.error();
        }
        Exit x = current.value() ? *current.value() : Exit{};
        x.enrollmentId = enrollmentId;
        x.exitDate = row.exit->exitDate;
        x.reason = row.exit->reason;
        x.incomeSources = row.exit->incomeSources;
        x.occupation = row.exit->occupation;
        if (!current.value() || !(x == *current.value())) {
            if (auto s = m_reg.recordExit(x); !s) {
                return s;
            }
            ++m_summary.exits;
            changed = true;
        }
    }

    if (!row.followUps.isEmpty()) {
        auto current = m_reg.followUpsOf(enrollmentId);
        if (!current) {
            return current.error();
        }
        for (const FollowUp& in : row.followUps) {
            FollowUp f = in;
            f.enrollmentId = enrollmentId;
            const auto it = std::find_if(current->cbegin(), current->cend(),
                                         [&](const FollowUp& c) { return c.months == f.months; });
            if (it != current->cend()) {
                f.id = it->id;
                f.mode = it->mode;
                if (f == *it) {
                    continue;
                }
            }
            if (auto id = m_reg.recordFollowUp(f); !id) {
                return id.error();
            }
            ++m_summary.followUps;
            changed = true;
        }
    }
    if (changed && found.value()) {
        ++m_summary.enrollmentsUpdated;
    }
    return {};
}

Status RowWriter::write(const Row& row) {
    auto personId = person(row);
    if (!personId) {
        return personId.error();
    }
    auto programmeId = programme(row.programme);
    if (!programmeId) {
        return programmeId.error();
    }
    if (row.enrollment) {
        return enrollment(row, personId.value(), programmeId.value());
    }
    auto r = referral(row, personId.value(), programmeId.value(), 0);
    if (!r) {
        return r.error();
    }
    return {};
}

} // namespace

bool ImportSummary::noChange() const {
    return personsCreated == 0 && personsUpdated == 0 && enrollmentsCreated == 0 &&
           enrollmentsUpdated == 0 && referralsCreated == 0 && referralsUpdated == 0 &&
           exits == 0 && followUps == 0 && programmesCreated.isEmpty();
}

bool ImportOutcome::hasErrors() const {
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ImportIssue& i) { return !i.warning; });
}

Result<ImportOutcome> Importer::importFile(const QString& path, const ImportOptions& options) {
    if (auto s = m_register.checkAccess(Operation::ImportPersons); !s) {
        return s.error(); // security/Access.h: samordnare only
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("file.unreadable"),
                     tr("The file %1 cannot be read: %2").arg(path, file.errorString())};
    }
    const QFileInfo info(path);
    const QString rejectPath =
        info.dir().filePath(info.completeBaseName() + QStringLiteral(".avvisade.csv"));
    m_source = info.absoluteFilePath();
    auto outcome = importData(file.readAll(), options, rejectPath);
    m_source.clear();
    return outcome;
}

Result<ImportOutcome> Importer::importData(const QByteArray& data, const ImportOptions& options,
                                           const QString& rejectPath) {
    // Matching rows to persons reads them; the run's one "import" entry stands for those reads
    // (the writes are logged one by one, old and new values).
    const Register::AuditQuiet quiet(m_register, Register::AuditQuiet::Reads);
    if (auto s = m_register.checkAccess(Operation::ImportPersons); !s) {
        return s.error(); // security/Access.h: samordnare only
    }
    ImportOutcome outcome;
    auto table = Csv::parse(data);
    if (!table) {
        outcome.issues.append(
            {0, QString(), QString(), table.error().code, table.error().message, false});
        return outcome;
    }
    const QStringList known = fmt::columns();
    QHash<QString, int> columns;
    for (int i = 0; i < table->header.size(); ++i) {
        const QString name = table->header.at(i).trimmed().toLower();
        if (name.isEmpty()) {
            continue;
        }
        if (!known.contains(name)) {
            outcome.issues.append(
                {1, table->header.at(i), QString(), QStringLiteral("column.unknown"),
                 tr("Unknown column \"%1\"; it is ignored.").arg(table->header.at(i)), true});
            continue;
        }
        if (columns.contains(name)) {
            outcome.issues.append({1, name, QString(), QStringLiteral("column.duplicate"),
                                   tr("The column \"%1\" appears twice.").arg(name), false});
            return outcome;
        }
        columns.insert(name, i);
    }
    const bool identity = columns.contains(fmt::Deltagare) || columns.contains(fmt::Personnummer);
    if (!identity || !columns.contains(fmt::Insats)) {
        outcome.issues.append(
            {1, identity ? fmt::Insats : fmt::Personnummer, QString(),
             QStringLiteral("column.missing"),
             identity ? tr("The file has no column \"insats\" (programme), which is required.")
                      : tr("The file needs a column \"personnummer\" or \"deltagare\"."),
             false});
        return outcome;
    }

    ImportSummary& summary = outcome.summary;
    summary.rowsRead = int(table->rows.size());
    QList<Row> rows;
    QSet<int> rejected;
    QHash<QString, QString> kommuner;
    const Rules rules = m_register.rules();
    for (int i = 0; i < table->rows.size(); ++i) {
        RowParser parser(m_register, columns, table->rows.at(i), table->lineNumbers.at(i),
                         outcome.issues, kommuner, rules);
        if (auto row = parser.parse()) {
            row->index = i;
            rows.append(*row);
        } else {
            rejected.insert(i);
        }
        // The parsed table is let go row by row as the rows are read (a national file's table
        // is a gigabyte of strings); a message or the reject file reads the file again (fields).
        table->rows[i] = QStringList();
    }
    std::optional<CsvTable> again;
    const auto fields = [&](int index) -> QStringList {
        if (!again) {
            auto reread = Csv::parse(data);
            again = reread ? std::move(reread).value() : CsvTable{};
        }
        return again->rows.value(index);
    };
    // The same enrollment (or referral) twice in one file is ambiguous.
    QHash<QString, int> keys;
    for (const Row& row : std::as_const(rows)) {
        const QString key =
            (row.person.pin.isEmpty() ? u'E' + row.person.externalId : u'P' + row.person.pin) +
            u'\x1f' + row.programme.toLower() + u'\x1f' + (row.enrollment ? u'S' : u'R') +
            toIso(row.sortDate);
        if (keys.contains(key)) {
            outcome.issues.append(
                {row.line, fmt::Startdatum, toIso(row.sortDate), QStringLiteral("row.duplicate"),
                 tr("The same participation is already on line %1.").arg(keys.value(key)), false});
            rejected.insert(row.index);
        } else {
            keys.insert(key, row.line);
        }
    }
    // Earlier participations first, so a person's enrollments are built in order.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.sortDate < b.sortDate; });

    Database& db = m_register.database();
    Transaction tx(db);
    if (auto s = tx.begun(); !s) {
        return s.error();
    }
    // The rows of persons new to the register are written set-wise (Register::ImportBatch); the
    // rows of persons it already holds through the register's single calls (RowWriter).
    std::unique_ptr<Register::ImportBatch> batch;
    if (!options.rowByRow) {
        QSet<QString> pins;
        QSet<QString> externalIds;
        for (const Row& row : std::as_const(rows)) {
            if (!row.person.pin.isEmpty()) {
                pins.insert(row.person.pin);
            }
            if (!row.person.externalId.isEmpty()) {
                externalIds.insert(row.person.externalId);
            }
        }
        auto begun = m_register.beginImport(pins, externalIds);
        if (!begun) {
            return begun.error();
        }
        batch = std::move(begun).value();
    }
    QSet<Id> seen;
    QSet<Id> created;
    int done = 0;
    for (const Row& row : std::as_const(rows)) {
        if (m_progress && (++done % 500 == 0)) {
            m_progress(done, int(rows.size()));
        }
        if (rejected.contains(row.index)) {
            continue;
        }
        Status written;
        if (batch && batch->takes(row)) {
            Register::ImportCounts counts;
            written = batch->write(row, counts);
            if (written) {
                summary.personsCreated += counts.personsCreated;
                summary.enrollmentsCreated += counts.enrollmentsCreated;
                summary.enrollmentsUpdated += counts.enrollmentsUpdated;
                summary.referralsCreated += counts.referralsCreated;
                summary.referralsUpdated += counts.referralsUpdated;
                summary.exits += counts.exits;
                summary.followUps += counts.followUps;
                summary.programmesCreated += counts.programmesCreated;
            }
        } else {
            if (batch) {
                if (auto s = batch->flush(); !s) {
                    return s.error();
                }
            }
            ImportSummary before = summary;
            Transaction rowTx(db);
            RowWriter writer(m_register, summary, seen, created);
            written = writer.write(row);
            if (written) {
                if (auto s = rowTx.commit(); !s) {
                    return s.error();
                }
            } else {
                rowTx.rollback();
                summary = before;
            }
            if (batch) {
                if (auto s = batch->callerWrote(row); !s) {
                    return s.error();
                }
            }
        }
        if (!written) {
            const QString column = written.error().field;
            const int col = columns.value(column, -1);
            const QString value = col >= 0 ? fields(row.index).value(col) : QString();
            outcome.issues.append(
                {row.line, column, value, written.error().code, written.error().message, false});
            rejected.insert(row.index);
            if (written.error().code.startsWith(QLatin1String("register."))) {
                tx.rollback(); // the register itself failed: stop, roll back everything
                return written.error();
            }
        }
    }
    if (batch) {
        if (auto s = batch->flush(); !s) {
            return s.error();
        }
        batch.reset();
    }
    summary.rowsRejected = int(rejected.size());
    std::stable_sort(outcome.issues.begin(), outcome.issues.end(),
                     [](const ImportIssue& a, const ImportIssue& b) {
                         return a.warning != b.warning ? !a.warning : a.line < b.line;
                     });

    const bool abort = (!rejected.isEmpty() && !options.skipInvalid) || options.dryRun;
    if (abort) {
        tx.rollback();
        return outcome;
    }
    QJsonObject written;
    written.insert(QStringLiteral("rows_read"), summary.rowsRead);
    written.insert(QStringLiteral("rows_rejected"), summary.rowsRejected);
    written.insert(QStringLiteral("persons_created"), summary.personsCreated);
    written.insert(QStringLiteral("persons_matched"), summary.personsMatched);
    written.insert(QStringLiteral("persons_updated"), summary.personsUpdated);
    written.insert(QStringLiteral("referrals_created"), summary.referralsCreated);
    written.insert(QStringLiteral("referrals_updated"), summary.referralsUpdated);
    written.insert(QStringLiteral("enrollments_created"), summary.enrollmentsCreated);
    written.insert(QStringLiteral("enrollments_updated"), summary.enrollmentsUpdated);
    written.insert(QStringLiteral("exits"), summary.exits);
    written.insert(QStringLiteral("follow_ups"), summary.followUps);
    written.insert(QStringLiteral("programmes_created"),
                   QJsonArray::fromStringList(summary.programmesCreated));
    if (auto s =
            m_register.logImport(m_source.isEmpty() ? QStringLiteral("data") : m_source, written);
        !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    summary.written = true;

    if (!rejected.isEmpty() && !rejectPath.isEmpty()) {
        QFile reject(rejectPath);
        if (reject.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QHash<int, QStringList> messages;
            for (const ImportIssue& issue : std::as_const(outcome.issues)) {
                if (!issue.warning) {
                    messages[issue.line].append(formatIssue(issue));
                }
            }
            QString text = QString(QChar(0xfeff)) +
                           Csv::formatRecord(table->header + QStringList{QStringLiteral("fel")},
                                             table->separator) +
                           QStringLiteral("\r\n");
            for (int i = 0; i < table->rows.size(); ++i) {
                if (rejected.contains(i)) {
                    text += Csv::formatRecord(
                                fields(i) + QStringList{messages.value(table->lineNumbers.at(i))
                                                            .join(QStringLiteral(" | "))},
                                table->separator) +
                            QStringLiteral("\r\n");
                }
            }
            reject.write(text.toUtf8());
            outcome.rejectFilePath = rejectPath;
        }
    }
    return outcome;
}

QString Importer::formatIssue(const ImportIssue& issue) {
    if (issue.line == 0) {
        return issue.message;
    }
    if (issue.column.isEmpty()) {
        return tr("Line %1: %2").arg(issue.line).arg(issue.message);
    }
    return tr("Line %1, column %2, value \"%3\": %4")
        .arg(issue.line)
        .arg(issue.column, issue.value, issue.message);
}

QString Importer::formatSummary(const ImportSummary& s, const ImportOptions& options) {
    QStringList lines;
    lines
        << tr("Rows read: %1").arg(s.rowsRead)
        << tr("Persons created: %1, matched: %2, updated: %3")
               .arg(s.personsCreated)
               .arg(s.personsMatched)
               .arg(s.personsUpdated)
        << tr("Enrollments created: %1, updated: %2")
               .arg(s.enrollmentsCreated)
               .arg(s.enrollmentsUpdated)
        << tr("Referrals created: %1, updated: %2").arg(s.referralsCreated).arg(s.referralsUpdated)
        << tr("Exits recorded: %1").arg(s.exits) << tr("Follow-ups recorded: %1").arg(s.followUps)
        << tr("Programmes created: %1")
               .arg(s.programmesCreated.isEmpty() ? tr("none")
                                                  : s.programmesCreated.join(QStringLiteral(", ")))
        << tr("Rows rejected: %1").arg(s.rowsRejected);
    if (options.dryRun) {
        lines << tr("Trial run (--dry-run): nothing was written.");
    } else if (!s.written) {
        lines << tr("Nothing was written because the file has errors. Correct them, or import "
                    "only the valid rows with --skip-invalid.");
    } else if (s.noChange()) {
        lines << tr("No change: the register already held everything in the file.");
    }
    return lines.join(u'\n');
}

} // namespace foljsam::core
