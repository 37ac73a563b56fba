#include "ui/window/rejectionbar.h"

#include "core/document/document.h"
#include "core/errors/previousanswer.h"
#include "ui/binding/issuestyle.h"
#include "ui/common/accessibility.h"
#include "ui/common/icons.h"

#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <algorithm>

namespace leadopp::ui {

RejectionBar::RejectionBar(const core::Document *document, QWidget *parent)
    : QFrame(parent), m_document(document), m_label(new QLabel(this)),
      m_copy(new QPushButton(tr("Copy trace id"), this))
{
    setObjectName(QStringLiteral("rejectionBar"));
    // An alert: a screen reader says it when it appears or takes the focus.
    setProperty(accessibility::kRoleProperty, int(QAccessible::AlertMessage));
    setAccessibleName(tr("Submission outcome"));
    m_label->setObjectName(QStringLiteral("rejectionText"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(QStringLiteral("copyTraceButton"));
    m_details = new QPushButton(tr("Details…"), this);
    m_details->setObjectName(QStringLiteral("rejectionDetailsButton"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("rejectionIcon"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_details);
    connect(m_copy, &QPushButton::clicked, this, &RejectionBar::copyTraceId);
    connect(m_details, &QPushButton::clicked, this, &RejectionBar::detailsRequested);
    connect(document, &core::Document::rejectionChanged, this, &RejectionBar::refresh);
    connect(document, &core::Document::addressedChanged, this, &RejectionBar::refresh);
    refresh();
}

QString RejectionBar::text() const
{
    return m_label->text();
}

void RejectionBar::copyTraceId()
{
    QGuiApplication::clipboard()->setText(m_document->rejection().traceId);
}

void RejectionBar::assignMnemonics(mnemonics::Taken *taken)
{
    const QStringList texts = mnemonics::assign({ tr("Copy trace id"), tr("Details…") }, taken);
    m_copy->setText(texts.at(0));
    m_details->setText(texts.at(1));
}

// A rejection takes the focus, so a screen-reader user hears it and can go on from here
// (F8 to the first problem); any other outcome is announced where the rep is.
void RejectionBar::showOutcome(const QString &message, bool accepted)
{
    m_outcome = message;
    m_accepted = accepted;
    refresh();
    if (!accepted && !m_document->rejection().isNull())
        setFocus(Qt::OtherFocusReason);
    accessibility::announce(this);
}

void RejectionBar::refresh()
{
    const core::Rejection &rejection = m_document->rejection();
    setVisible(!rejection.isNull() || !m_outcome.isEmpty());
    const bool good = rejection.isNull() && m_accepted;
    m_icon->setPixmap((good ? icons::addressed() : icons::error()).pixmap(20, 20));
    setStyleSheet(
        issuestyle::bannerStyleSheet(objectName(), good ? IssueTone::Accepted : IssueTone::Error));
    const QString outcome = m_outcome.toHtmlEscaped();
    m_details->setVisible(!rejection.isNull());
    if (rejection.isNull()) {
        m_label->setText(outcome);
        setAccessibleDescription(m_outcome);
        m_copy->setVisible(false);
        return;
    }
    const QList<core::FieldError> &errors = m_document->serverErrors();
    const int total = int(errors.size());
    const int open = int(m_document->unaddressedErrors().size());
    // A 406 answers before the field rules run: the errors of the answer before it that
    // still stand are counted apart from what this answer reported.
    const int earlier
        = int(std::count_if(errors.cbegin(), errors.cend(), core::isFromPreviousAnswer));
    QString text = tr("<b>Rejected by the server</b> (HTTP %1)").arg(rejection.status);
    text += QStringLiteral(" · ") + tr("%n error(s) reported", nullptr, total - earlier);
    if (earlier > 0)
        text += QStringLiteral(" · ") + tr("%n from the previous answer", nullptr, earlier);
    if (total > open)
        text += QStringLiteral(" · ") + tr("%n addressed", nullptr, total - open);
    if (!rejection.traceId.isEmpty()) {
        const QString shortId = rejection.traceId.size() > 12
            ? rejection.traceId.left(8) + QStringLiteral("…")
            : rejection.traceId;
        text += QStringLiteral(" · ") + tr("trace %1").arg(shortId.toHtmlEscaped());
    }
    m_label->setText(outcome.isEmpty() ? text : outcome + QStringLiteral("<br>") + text);
    setAccessibleDescription(QTextDocumentFragment::fromHtml(m_label->text()).toPlainText());
    m_label->setToolTip(rejection.traceId);
    m_copy->setVisible(!rejection.traceId.isEmpty());
}

} // namespace leadopp::ui
