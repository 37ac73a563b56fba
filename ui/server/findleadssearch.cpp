// Find Leads: running the search, fetching the selected lead's details, opening a lead.
#include "ui/server/findleadsdialog.h"

#include "net/apiresult.h"
#include "net/leadfinder.h"
#include "net/searchcriteria.h"
#include "ui/server/leadlistmodel.h"
#include "ui/server/serveraccess.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

namespace leadopp::ui {

bool FindLeadsDialog::windowOfChoice(QDateTime *from, QDateTime *to)
{
    // The search body gives whole seconds: a change made earlier in this very second lies
    // after "now" cut to the second, so the window ends at the next one.
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
    switch (Window(m_windowCombo->currentIndex())) {
    case Window::Last24Hours:
        *from = now.addDays(-1);
        *to = now;
        return true;
    case Window::Last7Days:
        *from = now.addDays(-7);
        *to = now;
        return true;
    case Window::Custom:
        *from = m_from->dateTime().toUTC();
        *to = m_to->dateTime().toUTC();
        if (*from < *to)
            return true;
        setMessage(tr("The window must end after it starts."));
        m_from->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return false;
}

void FindLeadsDialog::search()
{
    if (isSearching())
        return;
    setMessage({});
    if (m_byPartner->isChecked() && m_partnerEdit->text().trimmed().isEmpty()) {
        setMessage(tr("Enter the partner opportunity id to search for."));
        m_partnerEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDateTime from;
    QDateTime to;
    if (m_byWindow->isChecked() && !windowOfChoice(&from, &to))
        return;
    m_environment = m_access->currentEnvironment();
    m_model->setIds({});
    setSearching(true);
    m_progress->setText(tr("Searching %1…").arg(m_environment.displayName));
    m_access->withKey(
        m_environment, this, [this](const QString &key) { startFinder(key); },
        [this](const QString &message) {
            setSearching(false);
            m_progress->clear();
            setMessage(message);
        });
}

void FindLeadsDialog::startFinder(const QString &key)
{
    m_finder = new net::LeadFinder(m_access->client(), m_environment, key, this);
    connect(m_finder, &net::LeadFinder::searchStarted, this, [this](int number, int total) {
        m_progress->setText(total > 1 ? tr("Search %1 of %2…").arg(number).arg(total)
                                      : tr("Searching %1…").arg(m_environment.displayName));
    });
    connect(m_finder, &net::LeadFinder::finished, this, &FindLeadsDialog::onFound);
    QDateTime from;
    QDateTime to;
    const bool started = m_byPartner->isChecked()
        ? m_finder->findPartnerIds({ m_partnerEdit->text().trimmed() })
        : windowOfChoice(&from, &to) && m_finder->findModified(from, to);
    if (!started) {
        m_finder->deleteLater();
        setSearching(false);
    }
}

void FindLeadsDialog::onFound(const QStringList &ids, const net::ApiResult &result)
{
    const int sent = m_finder ? m_finder->requestsSent() : 0;
    const int planned = m_finder ? m_finder->requestsPlanned() : 0;
    if (m_finder)
        m_finder->deleteLater();
    m_finder = nullptr;
    setSearching(false);
    m_model->setIds(ids);
    const QString found = tr("%n lead(s) found", "", int(ids.size()));
    if (result.kind == net::ErrorKind::Cancelled)
        m_progress->setText(
            tr("%1; cancelled after search %2 of %3.").arg(found).arg(sent).arg(planned));
    else if (!result.isAccepted())
        setMessage(tr("Search %1 of %2 failed: %3").arg(sent).arg(planned).arg(result.message));
    else
        m_progress->setText(tr("%1 in %n search(es).", "", planned).arg(found));
    if (!ids.isEmpty()) {
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->selectRow(0);
    }
}

void FindLeadsDialog::onCurrentRowChanged()
{
    const int row = m_table->selectionModel()->currentIndex().row();
    m_open->setEnabled(row >= 0 && !isSearching());
    if (row < 0 || m_model->hasDetails(row))
        return;
    m_detailFetch->start(m_environment, m_model->dsIdAt(row));
}

void FindLeadsDialog::onDetails(const core::Draft &draft)
{
    m_model->setDetails(draft.dsLeadOpportunityId(), draft.record);
}

void FindLeadsDialog::openSelected()
{
    const QString dsId = m_model->dsIdAt(m_table->currentIndex().row());
    if (dsId.isEmpty() || isSearching())
        return;
    setMessage(tr("Fetching %1…").arg(dsId));
    m_openFetch->start(m_environment, dsId);
}

void FindLeadsDialog::onOpened(const core::Draft &draft)
{
    m_model->setDetails(draft.dsLeadOpportunityId(), draft.record);
    setMessage(tr("%1 is open in a new tab.").arg(draft.dsLeadOpportunityId()));
    Q_EMIT draftFetched(draft);
}

void FindLeadsDialog::setSearching(bool searching)
{
    m_search->setEnabled(!searching);
    m_cancelSearch->setEnabled(searching);
    m_open->setEnabled(!searching && m_table->currentIndex().isValid());
    // The focus leaves the button it was on, so Esc and Return keep working.
    if (searching)
        m_cancelSearch->setFocus(Qt::OtherFocusReason);
}

void FindLeadsDialog::stopRunning()
{
    if (m_finder)
        m_finder->cancel(); // finished() follows, with what was found so far
    m_detailFetch->cancel();
    m_openFetch->cancel();
}

void FindLeadsDialog::reject()
{
    if (m_finder) {
        disconnect(m_finder, nullptr, this, nullptr);
        m_finder->cancel();
        m_finder->deleteLater();
    }
    stopRunning();
    QDialog::reject();
}

} // namespace leadopp::ui
