#include "ui/submit/rejectiondialog.h"

#include "ui/submit/bodytext.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace leadopp::ui {

namespace {

QLabel *readOnlyLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Long lines wrap, anywhere if need be (a JSON string has no spaces to break at).
QPlainTextEdit *bodyView(const QString &text, const QString &objectName)
{
    auto *view = new QPlainTextEdit(text);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

// Status, trace id (in `traceRow`, with its copy button), time and environment.
QFormLayout *detailsForm(const core::Rejection &rejection, QLayout *traceRow)
{
    const QString unknown = RejectionDialog::tr("unknown");
    const QString status = rejection.status > 0 ? QString::number(rejection.status) : unknown;
    const QString received = rejection.receivedAt.isValid()
        ? QLocale().toString(rejection.receivedAt.toLocalTime(), QLocale::LongFormat)
        : unknown;
    const QString environment = rejection.environment.isEmpty() ? unknown : rejection.environment;

    auto *form = new QFormLayout;
    form->addRow(RejectionDialog::tr("HTTP status:"),
                 readOnlyLabel(status, QStringLiteral("statusLabel")));
    form->addRow(RejectionDialog::tr("Trace id:"), traceRow);
    form->addRow(RejectionDialog::tr("Received:"),
                 readOnlyLabel(received, QStringLiteral("receivedLabel")));
    form->addRow(RejectionDialog::tr("Environment:"),
                 readOnlyLabel(environment, QStringLiteral("environmentLabel")));
    return form;
}

} // namespace

RejectionDialog::RejectionDialog(const core::Rejection &rejection, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rejectionDialog"));
    setWindowTitle(tr("Last rejection"));

    m_traceId = new QLineEdit(rejection.traceId);
    m_traceId->setObjectName(QStringLiteral("traceIdEdit"));
    m_traceId->setReadOnly(true);
    auto *copy = new QPushButton(tr("Copy"));
    copy->setObjectName(QStringLiteral("copyTraceIdButton"));
    copy->setEnabled(!rejection.traceId.isEmpty());
    connect(copy, &QPushButton::clicked, this, &RejectionDialog::copyTraceId);
    auto *traceRow = new QHBoxLayout;
    traceRow->addWidget(m_traceId, 1);
    traceRow->addWidget(copy);

    QFormLayout *form = detailsForm(rejection, traceRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("rejectionButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Response body:")));
    layout->addWidget(bodyTabs(rejection.body), 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

// The body as received comes first: it is what 3DS support asks for.
QTabWidget *RejectionDialog::bodyTabs(const QByteArray &body)
{
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("rejectionBodyTabs"));
    m_body = bodyView(QString::fromUtf8(body), QStringLiteral("rejectionRawBodyView"));
    tabs->addTab(m_body, tr("As &received"));
    tabs->addTab(bodyView(bodyText(body), QStringLiteral("rejectionBodyView")), tr("&Formatted"));
    return tabs;
}

void RejectionDialog::copyTraceId()
{
    QGuiApplication::clipboard()->setText(m_traceId->text());
}

} // namespace leadopp::ui
