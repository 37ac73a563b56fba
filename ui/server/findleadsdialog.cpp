// The Find Leads dialog's widgets and keyboard behaviour; searching and opening are in
// findleadssearch.cpp.
#include "ui/server/findleadsdialog.h"

#include "ui/server/leadlistmodel.h"
#include "ui/server/serveraccess.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace leadopp::ui {

namespace {

QDateTimeEdit *dateTimeEdit(const QString &name, const QDateTime &value)
{
    auto *edit = new QDateTimeEdit(value);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

FindLeadsDialog::FindLeadsDialog(ServerAccess *access, QWidget *parent)
    : QDialog(parent), m_access(access), m_environment(access->currentEnvironment()),
      m_model(new LeadListModel(this)), m_detailFetch(new LeadFetch(access, this)),
      m_openFetch(new LeadFetch(access, this))
{
    setObjectName(QStringLiteral("findLeadsDialog"));
    setWindowTitle(tr("Find Leads"));
    auto *grid = new QGridLayout;
    buildCriteria(grid);
    buildTable();
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("findLeadsMessage"));
    m_message->setWordWrap(true);
    auto *note = new QLabel(tr("A search answers 3DS ids only: the partner opportunity id, "
                               "status and modification time are fetched for the selected "
                               "lead alone."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openLeadButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &FindLeadsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(buildSearchRow());
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connectInputs();
    onWindowChosen();
    setSearching(false);
    m_search->setDefault(true);
    resize(720, 480);
    m_windowCombo->setFocus(Qt::OtherFocusReason);
}

FindLeadsDialog::~FindLeadsDialog()
{
    stopRunning();
}

void FindLeadsDialog::buildCriteria(QGridLayout *grid)
{
    m_byWindow = new QRadioButton(tr("&Modified in:"));
    m_byWindow->setObjectName(QStringLiteral("byWindowRadio"));
    m_byWindow->setChecked(true);
    m_windowCombo = new QComboBox;
    m_windowCombo->setObjectName(QStringLiteral("windowCombo"));
    m_windowCombo->setAccessibleName(tr("Modified in"));
    m_windowCombo->addItems(
        { tr("The last 24 hours"), tr("The last 7 days"), tr("A custom window") });
    const QDateTime now = QDateTime::currentDateTime();
    m_from = dateTimeEdit(QStringLiteral("windowFromEdit"), now.addDays(-30));
    m_to = dateTimeEdit(QStringLiteral("windowToEdit"), now);
    auto *fromLabel = new QLabel(tr("F&rom:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"));
    toLabel->setBuddy(m_to);
    m_byPartner = new QRadioButton(tr("&Partner opportunity id:"));
    m_byPartner->setObjectName(QStringLiteral("byPartnerRadio"));
    m_partnerEdit = new QLineEdit;
    m_partnerEdit->setObjectName(QStringLiteral("partnerIdEdit"));
    m_partnerEdit->setAccessibleName(tr("Partner opportunity id"));
    grid->addWidget(m_byWindow, 0, 0);
    grid->addWidget(m_windowCombo, 0, 1, 1, 4);
    grid->addWidget(fromLabel, 1, 1);
    grid->addWidget(m_from, 1, 2);
    grid->addWidget(toLabel, 1, 3);
    grid->addWidget(m_to, 1, 4);
    grid->addWidget(m_byPartner, 2, 0);
    grid->addWidget(m_partnerEdit, 2, 1, 1, 4);
}

QWidget *FindLeadsDialog::buildSearchRow()
{
    auto *row = new QWidget;
    m_search = new QPushButton(tr("&Search"));
    m_search->setObjectName(QStringLiteral("searchButton"));
    m_cancelSearch = new QPushButton(tr("Cancel Searc&h"));
    m_cancelSearch->setObjectName(QStringLiteral("cancelSearchButton"));
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("searchProgress"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_cancelSearch);
    layout->addWidget(m_progress, 1);
    return row;
}

void FindLeadsDialog::buildTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("leadListView"));
    m_table->setAccessibleName(tr("Leads found"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    // Each column starts as wide as its heading ("Partner opportunity id" was cut to
    // "tner opportunity"); the rep can still widen or narrow it.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, header->sectionSizeHint(column));
    header->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
}

void FindLeadsDialog::connectInputs()
{
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this, &FindLeadsDialog::onWindowChosen);
    connect(m_byWindow, &QRadioButton::toggled, this, &FindLeadsDialog::onWindowChosen);
    // Choosing a window or typing an id picks its way of searching.
    connect(m_windowCombo, &QComboBox::activated, m_byWindow, [this] { m_byWindow->click(); });
    connect(m_partnerEdit, &QLineEdit::textEdited, m_byPartner, [this] {
        if (!m_byPartner->isChecked())
            m_byPartner->setChecked(true);
    });
    connect(m_search, &QPushButton::clicked, this, &FindLeadsDialog::search);
    connect(m_cancelSearch, &QPushButton::clicked, this, &FindLeadsDialog::stopRunning);
    connect(m_open, &QPushButton::clicked, this, &FindLeadsDialog::openSelected);
    connect(m_table, &QTableView::doubleClicked, this, &FindLeadsDialog::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindLeadsDialog::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindLeadsDialog::onCurrentRowChanged);
    connect(m_detailFetch, &LeadFetch::fetched, this, &FindLeadsDialog::onDetails);
    connect(m_openFetch, &LeadFetch::fetched, this, &FindLeadsDialog::onOpened);
    connect(m_openFetch, &LeadFetch::failed, this, &FindLeadsDialog::setMessage);
    connect(m_detailFetch, &LeadFetch::failed, this, [this](const QString &message) {
        setMessage(tr("The details could not be fetched: %1").arg(message));
    });
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { updateDefaultButton(now); });
}

// Return opens the selected lead from the list and searches from anywhere else.
void FindLeadsDialog::updateDefaultButton(QWidget *focus)
{
    if (!focus || focus->window() != this)
        return;
    const bool inList = focus == m_table;
    m_open->setDefault(inList);
    m_search->setDefault(!inList);
}

void FindLeadsDialog::onWindowChosen()
{
    const bool custom
        = m_byWindow->isChecked() && m_windowCombo->currentIndex() == int(Window::Custom);
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

QString FindLeadsDialog::progressText() const
{
    return m_progress->text();
}

QString FindLeadsDialog::message() const
{
    return m_message->text();
}

void FindLeadsDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
}

} // namespace leadopp::ui
