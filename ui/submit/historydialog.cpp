#include "ui/submit/historydialog.h"

#include "ui/models/historymodel.h"
#include "ui/submit/bodytext.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace leadopp::ui {

namespace {

QPlainTextEdit *bodyView(const QString &objectName)
{
    auto *view = new QPlainTextEdit;
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setTabChangesFocus(true); // a body is read, never typed into: Tab goes on
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

// One attempt a row, chosen with the arrows; Tab goes on to the bodies and Close, as in any
// dialog, instead of from cell to cell.
QTableView *attemptTable(QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setObjectName(QStringLiteral("historyTable"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(false); // "6/23/25 9:14 AM" on one line, the column made wide enough
    table->resizeColumnsToContents();
    return table;
}

} // namespace

HistoryDialog::HistoryDialog(const core::Document *document,
                             const QHash<QString, QString> &environmentNames, QWidget *parent)
    : QDialog(parent), m_model(new HistoryModel(document, this))
{
    m_model->setEnvironmentNames(environmentNames);
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Submission history"));

    m_table = attemptTable(m_model);

    m_request = bodyView(QStringLiteral("requestBodyView"));
    m_response = bodyView(QStringLiteral("responseBodyView"));
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("historyBodyTabs"));
    tabs->addTab(m_request, tr("Request"));
    tabs->addTab(m_response, tr("Response"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(tabs);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("historyButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryDialog::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::showSelected);
    selectRow(m_model->rowCount() - 1);
    resize(760, 560);
}

void HistoryDialog::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
    showSelected();
}

void HistoryDialog::showSelected()
{
    const int row = m_table->currentIndex().row();
    const bool valid = row >= 0 && row < m_model->rowCount();
    m_request->setPlainText(valid ? bodyText(m_model->requestBodyAt(row)) : QString());
    m_response->setPlainText(valid ? bodyText(m_model->responseBodyAt(row)) : QString());
}

} // namespace leadopp::ui
