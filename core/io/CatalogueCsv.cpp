#include "io/CatalogueCsv.h"

#include "domain/Dates.h"
#include "io/Csv.h"

#include <QSet>

namespace foljsam::core {

namespace {

namespace F = CatalogueField;

// Lower case, å/ä → a, ö → o, spaces and hyphens as underscores: "Pågående" → "pagaende".
QString folded(const QString& text) {
    QString s = text.trimmed().toLower();
    s.replace(u'å', u'a').replace(u'ä', u'a').replace(u'ö', u'o').replace(u'é', u'e');
    s.replace(u' ', u'_').replace(u'-', u'_');
    return s;
}

QStringList listOf(const QString& cell) {
    QStringList items;
    for (const QString& item : cell.split(u',')) {
        if (!item.trimmed().isEmpty()) {
            items.append(item.trimmed());
        }
    }
    return items;
}

} // namespace

QStringList CatalogueCsv::columns() {
    return {F::Name,
            F::Municipalities,
            F::Principal,
            F::Unit,
            F::Form,
            F::Level,
            F::Method,
            F::MinAge,
            F::MaxAge,
            F::IncomeRequirement,
            F::ResidenceRequired,
            F::OpenToAe,
            F::AeJustification,
            F::Status,
            F::LastVerified,
            F::Note};
}

Result<CatalogueCsvResult> CatalogueCsv::parse(const QByteArray& data, const CatalogueRules& rules,
                                               const CodeCatalog& codes,
                                               const QHash<QString, QString>& municipalityNames) {
    auto table = Csv::parse(data);
    if (!table) {
        return table.error();
    }
    const QStringList known = columns();
    QHash<QString, int> at;
    for (int i = 0; i < table->header.size(); ++i) {
        const QString name = folded(table->header.at(i));
        if (name.isEmpty()) {
            continue;
        }
        if (!known.contains(name)) {
            return Error{QStringLiteral("catalogue_csv.unknown_column"),
                         tr("The column \"%1\" is not a column of the insats catalogue. The "
                            "columns are: %2.")
                             .arg(table->header.at(i), known.join(QStringLiteral(", "))),
                         table->header.at(i)};
        }
        if (at.contains(name)) {
            return Error{QStringLiteral("catalogue_csv.column_twice"),
                         tr("The column \"%1\" is given twice.").arg(name), name};
        }
        at.insert(name, i);
    }
    for (const QString& required : {F::Name, F::Municipalities}) {
        if (!at.contains(required)) {
            return Error{QStringLiteral("catalogue_csv.missing_column"),
                         tr("The column \"%1\" is missing from the header row.").arg(required),
                         required};
        }
    }
    // Kommun name -> code, case ignored.
    QHash<QString, QString> codeByName;
    for (auto it = municipalityNames.cbegin(); it != municipalityNames.cend(); ++it) {
        codeByName.insert(it.value().toLower(), it.key());
    }

    CatalogueCsvResult result;
    QHash<QString, int> lineOfName;
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const QStringList& cells = table->rows.at(r);
        const int line = table->lineNumbers.at(r);
        bool failed = false;
        const auto fail = [&](const QString& column, const QString& code, const QString& text) {
            result.errors.append(
                {line, column,
                 Error{code, tr("Row %1, column %2: %3").arg(line).arg(column, text), column}});
            failed = true;
        };
        const auto cell = [&](const QString& column) {
            const int i = at.value(column, -1);
            return i >= 0 && i < cells.size() ? cells.at(i).trimmed() : QString();
        };
        CatalogueEntry e;
        e.name = cell(F::Name);
        for (const QString& item : listOf(cell(F::Municipalities))) {
            if (municipalityNames.contains(item)) {
                e.municipalities.append(item);
            } else if (codeByName.contains(item.toLower())) {
                e.municipalities.append(codeByName.value(item.toLower()));
            } else {
                fail(F::Municipalities, QStringLiteral("catalogue.municipality_unknown"),
                     tr("\"%1\" is neither a kommun's name nor its SCB code.").arg(item));
            }
        }
        if (const QString text = cell(F::Principal); !text.isEmpty()) {
            e.principal = codes.resolve(CodeListId::Actor, text);
            if (e.principal.isEmpty()) {
                fail(F::Principal, QStringLiteral("code.unknown"),
                     tr("\"%1\" is not a code in the list %2.").arg(text, CodeListId::Actor));
            }
        }
        e.unit = cell(F::Unit);
        e.method = cell(F::Method);
        e.aeJustification = cell(F::AeJustification);
        e.note = cell(F::Note);
        const auto choice = [&](const QString& column, const QStringList& allowed,
                                const QHash<QString, QString>& synonyms,
                                const QString& fallback) -> QString {
            const QString text = cell(column);
            if (text.isEmpty()) {
                return fallback;
            }
            QString key = folded(text);
            key = synonyms.value(key, key);
            if (!allowed.contains(key)) {
                fail(column, QStringLiteral("catalogue_csv.value"),
                     tr("\"%1\" is not one of %2.").arg(text, allowed.join(QStringLiteral(", "))));
                return fallback;
            }
            return key;
        };
        QStringList formKeys;
        for (const CatalogueForm f : allCatalogueForms()) {
            formKeys.append(catalogueFormKey(f));
        }
        e.form =
            catalogueFormFromKey(
                choice(F::Form, formKeys,
                       {{QStringLiteral("ordinarie_verksamhet"), QStringLiteral("ordinarie")},
                        {QStringLiteral("implementerat_projekt"), QStringLiteral("implementerat")}},
                       QStringLiteral("ordinarie")))
                .value_or(CatalogueForm::Ordinary);
        QStringList levelKeys;
        for (const InsatsLevel l : allInsatsLevels()) {
            levelKeys.append(insatsLevelKey(l));
        }
        e.level =
            insatsLevelFromKey(
                choice(F::Level, levelKeys,
                       {{QStringLiteral("arbetslivsinriktad_rehabilitering"),
                         QStringLiteral("arbetslivsinriktad")},
                        {QStringLiteral("forberedande_insats"), QStringLiteral("forberedande")},
                        {QStringLiteral("arbetsforberedande"), QStringLiteral("forberedande")}},
                       QStringLiteral("sysselsattning")))
                .value_or(InsatsLevel::Occupation);
        e.openToAe = aeOpennessFromKey(choice(F::OpenToAe,
                                              {QStringLiteral("ja"), QStringLiteral("nej"),
                                               QStringLiteral("okant")},
                                              {{QStringLiteral("vet_ej"), QStringLiteral("okant")}},
                                              QStringLiteral("okant")))
                         .value_or(AeOpenness::Unknown);
        e.status = catalogueStatusFromKey(
                       choice(F::Status, {QStringLiteral("pagaende"), QStringLiteral("avslutad")},
                              {{QStringLiteral("avslutat"), QStringLiteral("avslutad")}},
                              QStringLiteral("pagaende")))
                       .value_or(CatalogueStatus::Ongoing);
        e.residenceRequired =
            choice(F::ResidenceRequired, {QStringLiteral("ja"), QStringLiteral("nej")}, {},
                   QStringLiteral("nej")) == QLatin1String("ja");
        for (const QString& column : {F::MinAge, F::MaxAge}) {
            const QString text = cell(column);
            if (text.isEmpty()) {
                continue;
            }
            bool ok = false;
            const int age = text.toInt(&ok);
            if (!ok) {
                fail(column, QStringLiteral("catalogue_csv.age"),
                     tr("\"%1\" is not a whole number of years.").arg(text));
            } else if (column == F::MinAge) {
                e.minAge = age;
            } else {
                e.maxAge = age;
            }
        }
        for (const QString& item : listOf(cell(F::IncomeRequirement))) {
            const QString code = codes.resolve(CodeListId::IncomeSource, item);
            if (code.isEmpty()) {
                fail(
                    F::IncomeRequirement, QStringLiteral("code.unknown"),
                    tr("\"%1\" is not a code in the list %2.").arg(item, CodeListId::IncomeSource));
            } else {
                e.requiredIncomeSources.append(code);
            }
        }
        if (const QString text = cell(F::LastVerified); !text.isEmpty()) {
            e.lastVerified = fromIso(text);
            if (!e.lastVerified.isValid()) {
                fail(F::LastVerified, QStringLiteral("catalogue_csv.date"),
                     tr("\"%1\" is not a date (YYYY-MM-DD).").arg(text));
            }
        }
        // The rules, on what could be read (a column already refused is not refused again).
        QSet<QString> refusedColumns;
        for (const CatalogueCsvError& err : std::as_const(result.errors)) {
            if (err.line == line) {
                refusedColumns.insert(err.column);
            }
        }
        for (const Error& error : rules.checkEntry(e)) {
            if (!refusedColumns.contains(error.field)) {
                fail(error.field, error.code, error.message);
            }
        }
        const QString key = e.name.simplified().toCaseFolded();
        if (!key.isEmpty() && lineOfName.contains(key)) {
            fail(F::Name, QStringLiteral("catalogue.duplicate_name"),
                 tr("\"%1\" is also on row %2; each insats once.")
                     .arg(e.name)
                     .arg(lineOfName.value(key)));
        } else if (!key.isEmpty()) {
            lineOfName.insert(key, line);
        }
        if (!failed) {
            result.entries.append(e);
            result.lines.append(line);
        }
    }
    return result;
}

QByteArray CatalogueCsv::write(const QList<CatalogueEntry>& entries) {
    QString text = Csv::formatRecord(columns()) + QStringLiteral("\r\n");
    const auto age = [](const std::optional<int>& a) {
        return a ? QString::number(*a) : QString();
    };
    for (const CatalogueEntry& e : entries) {
        text +=
            Csv::formatRecord({e.name, e.municipalities.join(u','), e.principal, e.unit,
                               catalogueFormKey(e.form), insatsLevelKey(e.level), e.method,
                               age(e.minAge), age(e.maxAge), e.requiredIncomeSources.join(u','),
                               e.residenceRequired ? QStringLiteral("ja") : QStringLiteral("nej"),
                               aeOpennessKey(e.openToAe), e.aeJustification,
                               catalogueStatusKey(e.status), toIso(e.lastVerified), e.note}) +
            QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace foljsam::core
