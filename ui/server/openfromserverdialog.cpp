#include "ui/server/openfromserverdialog.h"

#include "core/validation/validator.h"
#include "net/leadfinder.h"
#include "ui/common/titlewidth.h"
#include "ui/server/serveraccess.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace leadopp::ui {

namespace {

// The same shape rule the validator applies to a draft's 3DS id, and its words.
QString dsIdProblem(const QString &id)
{
    const QString member = QStringLiteral("dsLeadOpportunityId");
    const QList<core::Finding> findings
        = core::validatePaths(QJsonObject { { member, id } }, core::ExportMode::Update,
                              { core::FieldPath::parse(member) });
    for (const core::Finding &finding : findings) {
        if (finding.path == member && finding.severity == core::Severity::Error)
            return finding.message;
    }
    return {};
}

} // namespace

OpenFromServerDialog::OpenFromServerDialog(ServerAccess *access, QWidget *parent)
    : QDialog(parent), m_access(access), m_environment(access->currentEnvironment()),
      m_fetch(new LeadFetch(access, this))
{
    setObjectName(QStringLiteral("openFromServerDialog"));
    setWindowTitle(tr("Open from Server"));
    buildLayout();
    fitWindowTitle(this);
    connect(m_fetch, &LeadFetch::fetched, this, &OpenFromServerDialog::onFetched);
    connect(m_fetch, &LeadFetch::failed, this, &OpenFromServerDialog::showFailure);
    m_idEdit->setFocus(Qt::OtherFocusReason);
}

OpenFromServerDialog::~OpenFromServerDialog()
{
    stopRunning();
}

void OpenFromServerDialog::buildLayout()
{
    auto *intro = new QLabel(tr("Fetches a lead from %1 and opens it as a new draft based on "
                                "the server copy.")
                                 .arg(m_environment.displayName));
    intro->setObjectName(QStringLiteral("openFromServerIntro"));
    intro->setWordWrap(true);
    m_byDsId = new QRadioButton(tr("By &3DS id"));
    m_byDsId->setObjectName(QStringLiteral("byDsIdRadio"));
    m_byDsId->setChecked(true);
    m_byPartnerId = new QRadioButton(tr("By &partner opportunity id (searched)"));
    m_byPartnerId->setObjectName(QStringLiteral("byPartnerIdRadio"));
    m_idEdit = new QLineEdit;
    m_idEdit->setObjectName(QStringLiteral("serverIdEdit"));
    m_idEdit->setAccessibleName(tr("Id of the lead"));
    m_idEdit->setPlaceholderText(QStringLiteral("XJSR-DZMFFT"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_idEdit);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("openFromServerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("openFromServerButtons"));
    m_buttons->button(QDialogButtonBox::Open)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenFromServerDialog::lookUp);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenFromServerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    for (QWidget *widget : { static_cast<QWidget *>(intro), static_cast<QWidget *>(m_byDsId),
                             static_cast<QWidget *>(m_byPartnerId) })
        layout->addWidget(widget);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setTabOrder(m_idEdit, m_byDsId);
    setTabOrder(m_byDsId, m_byPartnerId);
}

QString OpenFromServerDialog::message() const
{
    return m_message->text();
}

void OpenFromServerDialog::lookUp()
{
    const QString id = m_idEdit->text().trimmed();
    if (id.isEmpty())
        return showFailure(m_byDsId->isChecked() ? tr("Enter the 3DS id of the lead.")
                                                 : tr("Enter the partner opportunity id."));
    if (m_byPartnerId->isChecked())
        return searchPartnerId(id);
    if (const QString problem = dsIdProblem(id); !problem.isEmpty())
        return showFailure(problem);
    setBusy(true, tr("Fetching %1 from %2…").arg(id, m_environment.displayName));
    m_fetch->start(m_environment, id);
}

void OpenFromServerDialog::searchPartnerId(const QString &partnerId)
{
    setBusy(true,
            tr("Searching %1 for partner opportunity id %2…")
                .arg(m_environment.displayName, partnerId));
    m_access->withKey(
        m_environment, this,
        [this, partnerId](const QString &key) {
            m_finder = new net::LeadFinder(m_access->client(), m_environment, key, this);
            connect(m_finder, &net::LeadFinder::finished, this,
                    [this, partnerId](const QStringList &ids, const net::ApiResult &result) {
                        m_finder->deleteLater();
                        onPartnerIdsFound(partnerId, ids, result);
                    });
            m_finder->findPartnerIds({ partnerId });
        },
        [this](const QString &message) { showFailure(message); });
}

void OpenFromServerDialog::onPartnerIdsFound(const QString &partnerId, const QStringList &ids,
                                             const net::ApiResult &result)
{
    if (!result.isAccepted())
        return showFailure(tr("The search failed: %1").arg(result.message));
    if (ids.isEmpty())
        return showFailure(tr("No lead in %1 has partner opportunity id %2.")
                               .arg(m_environment.displayName, partnerId));
    if (ids.size() > 1)
        return showFailure(tr("%1 leads have partner opportunity id %2: %3. Enter the 3DS id "
                              "of the one to open.")
                               .arg(ids.size())
                               .arg(partnerId, ids.join(QStringLiteral(", "))));
    setBusy(true, tr("Fetching %1 from %2…").arg(ids.constFirst(), m_environment.displayName));
    m_fetch->start(m_environment, ids.constFirst());
}

void OpenFromServerDialog::onFetched(const core::Draft &draft)
{
    setBusy(false);
    Q_EMIT draftFetched(draft);
    accept();
}

void OpenFromServerDialog::showFailure(const QString &message)
{
    setBusy(false, message);
    m_idEdit->setFocus(Qt::OtherFocusReason);
    m_idEdit->selectAll();
}

void OpenFromServerDialog::setBusy(bool busy, const QString &message)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    for (QWidget *input : { static_cast<QWidget *>(m_idEdit), static_cast<QWidget *>(m_byDsId),
                            static_cast<QWidget *>(m_byPartnerId),
                            static_cast<QWidget *>(m_buttons->button(QDialogButtonBox::Open)) })
        input->setEnabled(!busy);
}

void OpenFromServerDialog::stopRunning()
{
    m_fetch->cancel();
    if (m_finder) {
        disconnect(m_finder, nullptr, this, nullptr);
        m_finder->cancel();
        m_finder->deleteLater();
    }
}

void OpenFromServerDialog::reject()
{
    stopRunning();
    QDialog::reject();
}

} // namespace leadopp::ui
