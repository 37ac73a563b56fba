#pragma once

#include "core/document/refreshmerge.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QGridLayout;
class QPushButton;

namespace leadopp::ui {

/// Refresh from Server, when the server copy changed since the draft's base: every field
/// that changed on the server, in the draft or on both, by label in three columns (base,
/// server, mine), each with a choice "Take the server's" / "Keep mine". A change on one
/// side only starts with that side's value (the server's taken, mine kept); a conflict
/// (both sides) starts with no choice, and Apply stays disabled until every conflict has
/// one, so none is resolved in silence.
class RefreshDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshDialog)

public:
    RefreshDialog(const QList<core::RefreshField> &fields, const QString &intro,
                  QWidget *parent = nullptr);

    /// One answer per field, in the order of the fields; call once accepted.
    QList<core::RefreshChoice> choices() const;
    /// The chooser of a field's row (by canonical path); null when the field is not listed.
    QComboBox *chooserFor(const QString &path) const;
    QPushButton *applyButton() const { return m_apply; }

    static QString takeServerText();
    static QString keepMineText();

private:
    void addHeader(QGridLayout *grid);
    void addRow(QGridLayout *grid, int row, const core::RefreshField &field);
    void updateApply();

    QList<core::RefreshField> m_fields;
    QList<QComboBox *> m_choosers;
    QPushButton *m_apply = nullptr;
};

} // namespace leadopp::ui
