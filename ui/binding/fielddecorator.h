#pragma once

#include "core/codec/exportmode.h"
#include "ui/session/fieldissue.h"

#include <QHash>
#include <QObject>

class QAction;
class QWidget;

namespace leadopp::ui {

class EditSession;
class FormBinder;

/// Shows the issues of each bound editor on the editor itself: a tinted background and
/// coloured frame (red for errors, amber for warnings, dashed grey for a server error the
/// user has addressed), the icon beside the field's label and inside line edits, and every
/// message as tooltip and accessible description (after "Required." for a required field).
/// Updates whenever the session's issues do.
class FieldDecorator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldDecorator)

public:
    /// Dynamic property set on each editor: "error", "warning", "addressed" or "".
    static constexpr const char *kStateProperty = "issueState";

    FieldDecorator(EditSession *session, FormBinder *binder, QObject *parent = nullptr);

    /// Applies the current issues to every bound editor.
    void refresh();

    static QString stateName(const FieldIssue *worst);

private:
    void decorate(QWidget *editor, const QList<FieldIssue> &issues, core::ExportMode mode);
    QString withRequiredNote(const QWidget *editor, const QString &messages,
                             core::ExportMode mode) const;
    void decorateLabel(QWidget *editor, const FieldIssue *worst);
    void decorateLineEdit(QWidget *editor, const FieldIssue *worst, const QString &tip);

    EditSession *m_session;
    FormBinder *m_binder;
    QHash<QWidget *, QAction *> m_lineIcons;
};

} // namespace leadopp::ui
