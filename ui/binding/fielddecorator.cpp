#include "ui/binding/fielddecorator.h"

#include "ui/binding/formbinder.h"
#include "ui/binding/issuestyle.h"
#include "ui/session/editsession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace leadopp::ui {

FieldDecorator::FieldDecorator(EditSession *session, FormBinder *binder, QObject *parent)
    : QObject(parent), m_session(session), m_binder(binder)
{
    connect(session, &EditSession::issuesChanged, this, &FieldDecorator::refresh);
    refresh();
}

QString FieldDecorator::stateName(const FieldIssue *worst)
{
    if (!worst)
        return QString();
    switch (worst->kind) {
    case IssueKind::Error:
    case IssueKind::Server:
        return QStringLiteral("error");
    case IssueKind::Warning:
        return QStringLiteral("warning");
    case IssueKind::AddressedServer:
        return QStringLiteral("addressed");
    }
    return QString();
}

void FieldDecorator::refresh()
{
    QHash<QWidget *, QList<FieldIssue>> byEditor;
    const QList<FieldIssue> issues = m_session->allIssues();
    for (const FieldIssue &issue : issues) {
        if (QWidget *editor = m_binder->editorFor(core::FieldPath::parse(issue.path)))
            byEditor[editor].append(issue);
    }
    const QList<QWidget *> editors = m_binder->editors();
    const core::ExportMode mode = m_session->exportMode();
    for (QWidget *editor : editors)
        decorate(editor, byEditor.value(editor), mode);
}

void FieldDecorator::decorate(QWidget *editor, const QList<FieldIssue> &issues,
                              core::ExportMode mode)
{
    const FieldIssue *worst = worstIssue(issues);
    const QString state = stateName(worst);
    const QString messages = issuestyle::describe(issues);
    const QString tip = withRequiredNote(editor, messages, mode);
    if (editor->property(kStateProperty).toString() == state && editor->toolTip() == tip)
        return;
    editor->setProperty(kStateProperty, state);
    editor->setStyleSheet(worst ? issuestyle::styleSheetFor(editor, worst->kind) : QString());
    editor->setToolTip(tip);
    editor->setAccessibleDescription(tip);
    decorateLabel(editor, worst);
    decorateLineEdit(editor, worst, messages);
}

// Qt has no "required" accessible state, so a screen reader hears it first in the
// description, then every message: "Required. Error: Close date must be a date."
QString FieldDecorator::withRequiredNote(const QWidget *editor, const QString &messages,
                                         core::ExportMode mode) const
{
    if (!m_binder->isRequired(editor, mode))
        return messages;
    const QString required = FormBinder::tr("Required") + QLatin1Char('.');
    return messages.isEmpty() ? required : required + QLatin1Char('\n') + messages;
}

// The icon is a widget of its own beside the text, so the label's text (and the field's
// name a screen reader derives from it) stays the words alone.
void FieldDecorator::decorateLabel(QWidget *editor, const FieldIssue *worst)
{
    QLabel *label = m_binder->labelFor(editor);
    if (!label)
        return;
    auto *icon
        = label->findChild<QLabel *>(QStringLiteral("issueIcon"), Qt::FindDirectChildrenOnly);
    if (!worst) {
        delete icon;
        delete label->layout();
        label->setContentsMargins(0, 0, 0, 0);
        return;
    }
    constexpr int kIconSize = 14;
    if (!icon) {
        icon = new QLabel(label);
        icon->setObjectName(QStringLiteral("issueIcon"));
        // A layout over the whole label keeps the icon left of the text, centred.
        label->setAttribute(Qt::WA_LayoutOnEntireRect);
        auto *layout = new QHBoxLayout(label);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(icon, 0, Qt::AlignLeft | Qt::AlignVCenter);
    }
    icon->setPixmap(issueIcon(worst->kind).pixmap(kIconSize, kIconSize));
    icon->setAccessibleName(issueKindName(worst->kind));
    label->setContentsMargins(kIconSize + 4, 0, 0, 0);
}

void FieldDecorator::decorateLineEdit(QWidget *editor, const FieldIssue *worst, const QString &tip)
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return;
    delete m_lineIcons.take(editor);
    if (!worst)
        return;
    QAction *action = line->addAction(issueIcon(worst->kind), QLineEdit::LeadingPosition);
    // The action's text names the icon button a screen reader finds in the field.
    action->setText(issueKindName(worst->kind));
    action->setToolTip(tip);
    m_lineIcons.insert(editor, action);
}

} // namespace leadopp::ui
