#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"
#include "core/codec/exportmode.h"
#include "ui/common/mnemonics.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QLabel;
class QWidget;

namespace leadopp::ui {

class EditSession;

/// Binds every editor widget under a root to the session's document by canonical path.
/// An editor declares its field with the dynamic property "fieldPath"
/// ("leadOpportunity.closeDate"), set in the .ui file; the binder looks the path up in the
/// field catalogue and wires the editor for its kind. Labels whose buddy is a bound editor
/// get the catalogue label as plain text, a mnemonic and a required marker for the
/// session's current mode. A fieldPath that names no catalogue field, or a widget no editor
/// adapter knows, is reported on the "leadopp.ui" logging category and left unbound.
class FormBinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormBinder)

public:
    static constexpr const char *kPathProperty = "fieldPath";

    FormBinder(EditSession *session, QWidget *root, QObject *parent = nullptr);

    /// The bound editors in form (catalogue) order.
    QList<QWidget *> editors() const { return m_editors; }
    /// The editor of a canonical path, or of its nearest bound ancestor
    /// ("leadOpportunity.reasonLost[2]" -> the reasons list); null when none.
    QWidget *editorFor(const core::FieldPath &path) const;
    core::FieldPath pathOf(const QWidget *editor) const;
    /// The first editor under `section` (a form section's path) that is required in the
    /// session's mode and empty; else its first editor; null when none is bound there.
    QWidget *firstEmptyRequired(const core::FieldPath &section) const;
    /// The first editable bound editor in the form's tab order (what a rep sees first).
    QWidget *firstInTabOrder() const;
    QLabel *labelFor(const QWidget *editor) const { return m_labels.value(editor); }
    /// Whether the field of `editor` must be filled in `mode` (the session's, which a loop
    /// over the editors reads once: a draft without an id works it out from its members).
    bool isRequired(const QWidget *editor, core::ExportMode mode) const;
    /// Gives every label an Alt+letter, in form order, none of them in `taken`.
    void assignMnemonics(mnemonics::Taken taken);
    /// The editable catalogue fields of `section` that no editor under the root is bound
    /// to: a form must have one for each (a field added to the catalogue needs its editor
    /// in the .ui file; a test says so).
    QStringList missingEditors(core::Section section) const;

    /// Re-reads every editor from the document (after a reset).
    void reload();
    /// Recomputes the required markers (after a mode change).
    void updateLabels();

private:
    void bind(QWidget *editor, const QString &path);
    void findLabels(QWidget *root);
    void onValueChanged(const core::FieldPath &path);
    /// WhenDifferent while typing goes on; Always once the rep leaves the field, so it
    /// shows the canonical text of what was stored.
    enum class Refresh { WhenDifferent, Always };
    void showValue(QWidget *editor, Refresh refresh = Refresh::WhenDifferent);
    void store(QWidget *editor);

    EditSession *m_session;
    QWidget *m_root;
    QList<QWidget *> m_editors;
    QHash<QString, QWidget *> m_byPath;
    QHash<const QWidget *, QLabel *> m_labels;
    QHash<const QLabel *, QString> m_mnemonicTexts; ///< label text with its '&'
    bool m_loading = false;
};

} // namespace leadopp::ui
