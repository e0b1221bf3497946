#include "AssociationsDialog.h"

#include "storage/Register.h"
#include "widgets/FormErrors.h"
#include "widgets/MunicipalityPicker.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace foljsam::ui {

namespace {

constexpr int IdRole = Qt::UserRole;

QStringList sortedSwedish(QStringList list) {
    const QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    std::stable_sort(list.begin(), list.end(), [&](const QString& a, const QString& b) {
        return collator.compare(a, b) < 0;
    });
    return list;
}

} // namespace

AssociationsDialog::AssociationsDialog(core::Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg) {
    setObjectName(QStringLiteral("associationsDialog"));
    setWindowTitle(tr("Förbund and member kommuner"));
    confirm = [this](const QString& question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };

    // The list: filter, table, New and Remove.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("associationSearch"));
    m_search->setPlaceholderText(tr("Filter by förbund, kommun or programme"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Förbund"), tr("Member kommuner"), tr("Programmes")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // every column
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_search->installEventFilter(this); // Enter and Down: to the table

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("associationsTable"));
    m_table->setAccessibleName(tr("Förbund"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Municipalities, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Programmes, QHeaderView::ResizeToContents);
    m_table->sortByColumn(Name, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssociationsDialog::currentRowChanged);
    m_table->installEventFilter(this); // Enter on a förbund: to its form

    const auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        return b;
    };
    m_new = button(tr("&New förbund"), "associationNew");
    m_remove = button(tr("&Remove förbund…"), "associationRemove");
    m_remove->setToolTip(tr("Only a förbund no programme belongs to can be removed."));
    connect(m_new, &QPushButton::clicked, this, &AssociationsDialog::newAssociation);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto* listSide = new QVBoxLayout;
    listSide->addLayout(searchRow);
    listSide->addWidget(m_table, 1);
    listSide->addLayout(listButtons);

    // The form: name and member kommuner, Save.
    m_formTitle = new QLabel(this);
    m_formTitle->setObjectName(QStringLiteral("associationFormTitle"));
    QFont titleFont = m_formTitle->font();
    titleFont.setBold(true);
    m_formTitle->setFont(titleFont);
    m_errors = new FormErrors(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("associationName"));
    m_name->setPlaceholderText(tr("e.g. Samordningsförbundet Sydväst"));
    QList<core::Municipality> municipalities;
    if (auto list = m_reg.municipalities(); list) {
        municipalities = list.value();
    } else {
        m_errors->show(list.error());
    }
    m_picker = new MunicipalityPicker(municipalities, QStringLiteral("association"), this);
    m_save = button(tr("&Save"), "associationSave");
    m_save->setToolTip(tr("Save the förbund (Enter or Ctrl+S)"));
    m_save->setDefault(true); // Enter in the form saves
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });

    m_errors->bind(core::Field::Association, m_name);
    m_errors->bind(core::Field::MemberMunicipalities, m_picker->filterEdit());

    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("Förbund &name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto* kommunLabel = new QLabel(tr("Member &kommuner:"), this);
    kommunLabel->setBuddy(m_picker->filterEdit());
    auto* formSide = new QVBoxLayout;
    formSide->addWidget(m_formTitle);
    formSide->addWidget(m_errors);
    formSide->addLayout(form);
    formSide->addWidget(kommunLabel);
    formSide->addWidget(m_picker, 1); // the kommun list takes the height
    formSide->addWidget(m_save, 0, Qt::AlignRight);

    auto* body = new QHBoxLayout;
    body->addLayout(listSide, 3);
    body->addLayout(formSide, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_remove);
    setTabOrder(m_remove, m_name);
    setTabOrder(m_name, m_picker->filterEdit());
    setTabOrder(m_picker->filterEdit(), m_picker->list());
    setTabOrder(m_picker->list(), m_save);
    resize(980, 560);

    reload();
    if (m_proxy->rowCount() == 0) {
        newAssociation();
    } else {
        m_table->setFocus(Qt::OtherFocusReason);
    }
}

QString AssociationsDialog::errorText() const {
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void AssociationsDialog::reload() {
    const core::Id keep = m_editedId;
    auto associations = m_reg.associations();
    if (!associations) {
        m_errors->show(associations.error());
        return;
    }
    m_associations = associations.value();
    QHash<QString, QString> kommunNames;
    if (auto list = m_reg.municipalities(); list) {
        for (const core::Municipality& m : list.value()) {
            kommunNames.insert(m.code, m.name);
        }
    }
    QHash<core::Id, QStringList> programmes;
    if (auto list = m_reg.programmes(); list) {
        for (const core::Programme& p : list.value()) {
            if (p.associationId != 0) {
                programmes[p.associationId].append(p.name);
            }
        }
    }
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->removeRows(0, m_model->rowCount());
        for (const core::Association& a : std::as_const(m_associations)) {
            QStringList names;
            for (const QString& code : a.municipalities) {
                names.append(kommunNames.value(code, code));
            }
            QList<QStandardItem*> row{
                new QStandardItem(a.name),
                new QStandardItem(sortedSwedish(names).join(QStringLiteral(", "))),
                new QStandardItem(
                    sortedSwedish(programmes.value(a.id)).join(QStringLiteral(", ")))};
            row.first()->setData(a.id, IdRole);
            m_model->appendRow(row);
        }
    }
    m_table->resizeColumnToContents(Name);
    updateNotes();
    if (keep != 0 && selectAssociation(keep)) {
        return;
    }
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, Name)); // shows it in the form
    } else {
        newAssociation();
    }
}

bool AssociationsDialog::selectAssociation(core::Id id) {
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, Name);
        if (index.data(IdRole).toLongLong() == id) {
            m_table->setCurrentIndex(index);
            currentRowChanged(); // also when it was current already
            return true;
        }
    }
    return false;
}

void AssociationsDialog::currentRowChanged() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const core::Id id = current.siblingAtColumn(Name).data(IdRole).toLongLong();
    const auto found = std::find_if(m_associations.cbegin(), m_associations.cend(),
                                    [id](const core::Association& a) { return a.id == id; });
    if (found != m_associations.cend()) {
        showAssociation(*found);
    }
}

void AssociationsDialog::showAssociation(const core::Association& association) {
    m_errors->clear();
    m_editedId = association.id;
    m_formTitle->setText(association.id == 0 ? tr("New förbund")
                                             : tr("Change %1").arg(association.name));
    m_name->setText(association.name);
    m_picker->setChosen(association.municipalities);
    m_remove->setEnabled(association.id != 0);
    updateNotes();
}

void AssociationsDialog::updateNotes() {
    // A kommun that is another förbund's says which: core refuses to make it a member here.
    QHash<QString, QString> notes;
    for (const core::Association& a : std::as_const(m_associations)) {
        if (a.id == m_editedId) {
            continue;
        }
        for (const QString& code : a.municipalities) {
            notes.insert(code, tr("member of %1").arg(a.name));
        }
    }
    m_picker->setNotes(notes);
}

void AssociationsDialog::newAssociation() {
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    }
    showAssociation(core::Association{});
    m_name->setFocus(Qt::OtherFocusReason);
}

bool AssociationsDialog::save() {
    m_errors->clear();
    core::Association association{m_editedId, m_name->text(), m_picker->chosen()};
    if (m_editedId == 0) {
        auto id = m_reg.createAssociation(association);
        if (!id) {
            m_errors->show(id.error());
            return false;
        }
        m_editedId = id.value();
    } else if (auto s = m_reg.updateAssociation(association); !s) {
        m_errors->show(s.error());
        return false;
    }
    m_search->clear(); // the saved förbund is listed whatever the filter was
    reload();
    return true;
}

bool AssociationsDialog::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) {
        return QDialog::eventFilter(watched, event);
    }
    const int key = static_cast<QKeyEvent*>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_search && (enter || key == Qt::Key_Down)) {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_table->setCurrentIndex(m_proxy->index(0, Name));
        }
        return true;
    }
    if (watched == m_table && enter) {
        m_name->setFocus(Qt::TabFocusReason);
        m_name->selectAll();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

bool AssociationsDialog::removeSelected() {
    if (m_editedId == 0) {
        return false;
    }
    const auto found =
        std::find_if(m_associations.cbegin(), m_associations.cend(),
                     [this](const core::Association& a) { return a.id == m_editedId; });
    const QString name = found != m_associations.cend() ? found->name : QString();
    if (!confirm(tr("Remove the förbund %1 and its list of member kommuner?").arg(name))) {
        return false;
    }
    if (auto s = m_reg.deleteAssociation(m_editedId); !s) {
        m_errors->show(s.error());
        return false;
    }
    m_editedId = 0;
    reload();
    return true;
}

} // namespace foljsam::ui
