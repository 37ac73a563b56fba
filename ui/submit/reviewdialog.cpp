#include "ui/submit/reviewdialog.h"

#include "core/document/changelist.h"
#include "net/submissionworkflow.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace leadopp::ui {

ReviewDialog::ReviewDialog(const net::ApiRequest &request, const core::Draft &draft,
                           Purpose purpose, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review changes"));

    const QList<core::FieldChange> unsent = net::unsentChanges(request);
    QTreeWidget *changes = changeList(draft, unsent);
    auto *body = new QPlainTextEdit(requestText(request));
    body->setObjectName(QStringLiteral("reviewRequestView"));
    body->setReadOnly(true);
    body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    body->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *changesLabel = new QLabel(tr("Ch&anges:"));
    changesLabel->setBuddy(changes);
    auto *requestLabel = new QLabel(tr("&Request:"));
    requestLabel->setBuddy(body);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary(request, draft, changes->topLevelItemCount(), int(unsent.size())));
    layout->addWidget(changesLabel);
    layout->addWidget(changes, 1);
    layout->addWidget(requestLabel);
    layout->addWidget(body, 2);
    addButtons(purpose);
    resize(720, 600);
}

QString ReviewDialog::requestText(const net::ApiRequest &request)
{
    QStringList lines { QString::fromLatin1(request.method()) + u' '
                        + request.url().toString(QUrl::FullyEncoded) };
    const auto headers = request.headers(tr("(hidden)").toUtf8());
    for (const auto &[name, value] : headers)
        lines.append(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    lines.append(QString());
    return lines.join(u'\n') + u'\n' + QString::fromUtf8(request.body);
}

// Whether there is anything to compare with, and when the server held it.
QLabel *ReviewDialog::summary(const net::ApiRequest &request, const core::Draft &draft, int changes,
                              int unsent)
{
    QString text;
    if (draft.base.isNull())
        text = tr("This draft has no server copy to compare with, so no list of changes can be "
                  "shown: the request carries everything the draft holds.");
    else if (draft.base.fetchedAt.isValid())
        text = tr("%n field(s) differ from the server copy of %1.", "", changes)
                   .arg(QLocale().toString(draft.base.fetchedAt.toLocalTime(),
                                           QLocale::ShortFormat));
    else
        text = tr("%n field(s) differ from the server copy.", "", changes);
    if (unsent > 0)
        text += u' '
            + tr("%n of them cannot be sent (an update cannot clear a field): the server keeps "
                 "what it holds there.",
                 "", unsent);
    if (request.operation == net::ApiRequest::Create)
        text += u' ' + tr("This creates a new lead opportunity.");
    auto *label = new QLabel(text);
    label->setObjectName(QStringLiteral("reviewSummaryLabel"));
    label->setWordWrap(true);
    return label;
}

QTreeWidget *ReviewDialog::changeList(const core::Draft &draft,
                                      const QList<core::FieldChange> &unsent)
{
    auto *list = new QTreeWidget;
    list->setObjectName(QStringLiteral("reviewChangesList"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({ tr("Field"), tr("Server copy"), tr("Sent") });
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (draft.base.isNull())
        return list;
    const QList<core::FieldChange> changes = core::fieldChanges(draft.base.record, draft.record);
    const QStringList unsentList = core::changePaths(unsent);
    const QSet<QString> unsentPaths(unsentList.cbegin(), unsentList.cend());
    for (const core::FieldChange &change : changes) {
        auto *item = new QTreeWidgetItem(list,
                                         { change.label, core::changeValueText(change.before),
                                           core::changeValueText(change.after) });
        item->setData(0, Qt::UserRole, change.path);
        // A screen reader reads the whole line as the review's text shows it.
        item->setData(0, Qt::AccessibleTextRole, core::changeLine(change));
        if (unsentPaths.contains(change.path))
            markUnsent(item, change);
    }
    return list;
}

// The row stays in the list (the draft does differ there) and says the server keeps its
// value: the Sent column would otherwise claim a value that never goes.
void ReviewDialog::markUnsent(QTreeWidgetItem *item, const core::FieldChange &change)
{
    const QString reason = core::unsentReason();
    item->setText(2, reason);
    item->setToolTip(2, reason);
    QFont font = item->font(2);
    font.setItalic(true);
    item->setFont(2, font);
    item->setForeground(2, item->treeWidget()->palette().brush(QPalette::PlaceholderText));
    item->setData(0, Qt::AccessibleTextRole, core::unsentChangeLine(change));
}

void ReviewDialog::addButtons(Purpose purpose)
{
    auto *buttons = new QDialogButtonBox;
    buttons->setObjectName(QStringLiteral("reviewButtons"));
    if (purpose == Purpose::Send) {
        QPushButton *send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
        send->setObjectName(QStringLiteral("reviewSendButton"));
        send->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout()->addWidget(buttons);
}

} // namespace leadopp::ui
