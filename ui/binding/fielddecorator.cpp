#include "ui/binding/fielddecorator.h"

#include "ui/binding/formbinder.h"
#include "ui/binding/issuestyle.h"
#include "ui/session/editsession.h"

#include <QAction>
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
    for (QWidget *editor : editors)
        decorate(editor, byEditor.value(editor));
}

void FieldDecorator::decorate(QWidget *editor, const QList<FieldIssue> &issues)
{
    const FieldIssue *worst = worstIssue(issues);
    const QString state = stateName(worst);
    const QString tip = issuestyle::describe(issues);
    if (editor->property(kStateProperty).toString() == state && editor->toolTip() == tip)
        return;
    editor->setProperty(kStateProperty, state);
    editor->setStyleSheet(worst ? issuestyle::styleSheetFor(editor, worst->kind) : QString());
    editor->setToolTip(tip);
    editor->setAccessibleDescription(tip);
    decorateLabel(editor, worst);
    decorateLineEdit(editor, worst, tip);
}

void FieldDecorator::decorateLabel(QWidget *editor, const FieldIssue *worst)
{
    QLabel *label = m_binder->labelFor(editor);
    if (!label)
        return;
    const QString base = label->property(FormBinder::kBaseTextProperty).toString();
    if (!worst) {
        label->setText(base);
        return;
    }
    label->setText(QStringLiteral("<img src=\"%1\" width=\"14\" height=\"14\" "
                                  "style=\"vertical-align: middle\">&nbsp;%2")
                       .arg(issueIconPath(worst->kind), base));
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
    action->setToolTip(tip);
    m_lineIcons.insert(editor, action);
}

} // namespace leadopp::ui
