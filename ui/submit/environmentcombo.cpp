#include "ui/submit/environmentcombo.h"

#include "net/environmentstore.h"
#include "ui/common/prompt.h"

#include <QInputDialog>
#include <QSignalBlocker>

namespace leadopp::ui {

namespace {

QString labelOf(const net::Environment &environment)
{
    if (environment.production)
        return EnvironmentCombo::tr("%1 (production)").arg(environment.displayName);
    if (environment.custom)
        return EnvironmentCombo::tr("%1 (custom)").arg(environment.displayName);
    return environment.displayName;
}

} // namespace

EnvironmentCombo::EnvironmentCombo(net::EnvironmentStore *store, QWidget *parent)
    : QComboBox(parent), m_store(store)
{
    setObjectName(QStringLiteral("environmentCombo"));
    setToolTip(tr("Where submissions go"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    rebuild();
    connect(m_store, &net::EnvironmentStore::environmentsChanged, this, &EnvironmentCombo::rebuild);
    connect(m_store, &net::EnvironmentStore::currentChanged, this,
            &EnvironmentCombo::selectCurrent);
    connect(this, &QComboBox::activated, this, &EnvironmentCombo::onActivated);
}

QString EnvironmentCombo::currentEnvironmentId() const
{
    return currentData().toString();
}

bool EnvironmentCombo::addCustomUrl(const QUrl &url)
{
    const net::Environment added = m_store->addCustom(url);
    if (!added.isValid())
        return false;
    m_store->setCurrentId(added.id);
    selectCurrent();
    return true;
}

void EnvironmentCombo::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    const QList<net::Environment> environments = m_store->environments();
    for (const net::Environment &environment : environments) {
        addItem(labelOf(environment), environment.id);
        setItemData(count() - 1, environment.baseUrl.toDisplayString(), Qt::ToolTipRole);
    }
    insertSeparator(count());
    addItem(tr("Add custom URL…"));
    selectCurrent();
}

void EnvironmentCombo::selectCurrent()
{
    const QSignalBlocker blocker(this);
    const int row = findData(m_store->currentId());
    setCurrentIndex(row >= 0 ? row : 0);
}

void EnvironmentCombo::onActivated(int row)
{
    if (row == addCustomRow()) {
        askForCustomUrl();
        return;
    }
    const QString id = itemData(row).toString();
    if (!id.isEmpty())
        m_store->setCurrentId(id);
}

void EnvironmentCombo::askForCustomUrl()
{
    selectCurrent();
    // Window-modal but not blocking: the combo stays usable by tests and by the event loop.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("customUrlDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add custom URL"));
    dialog->setLabelText(tr("Base URL of the partner API (https://host[:port]):"));
    connect(dialog, &QInputDialog::textValueSelected, this, &EnvironmentCombo::onCustomUrlEntered);
    dialog->open();
}

void EnvironmentCombo::onCustomUrlEntered(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || addCustomUrl(QUrl::fromUserInput(trimmed)))
        return;
    Prompt::warning(this, tr("Add custom URL"),
                    tr("“%1” is not a usable http or https base URL.").arg(trimmed));
    Q_EMIT customUrlRefused(trimmed);
}

} // namespace leadopp::ui
