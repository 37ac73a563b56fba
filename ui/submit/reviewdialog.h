#pragma once

#include "core/document/changelist.h"
#include "core/document/draft.h"
#include "net/apirequest.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace leadopp::ui {

/// What a submission sends, before it is sent: the exact request (method, URL, headers with
/// the key hidden, the body byte for byte) and, field by field by label, what changes
/// against the draft's base (old → new). A draft without a base says so and lists nothing:
/// there is nothing to compare with, so the whole record goes.
/// As a step of the submit flow it has Send (the default button: Return sends) and Cancel;
/// on its own (Submit ▸ Review Changes) only Close.
class ReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)

public:
    enum class Purpose { Review, Send };

    /// `request` as buildSubmitRequest() makes it, its environment set; `draft` the draft
    /// it sends.
    ReviewDialog(const net::ApiRequest &request, const core::Draft &draft, Purpose purpose,
                 QWidget *parent = nullptr);

    /// The request as text: "METHOD URL", one "Name: value" line per header (the key
    /// hidden), a blank line and the body exactly as sent.
    static QString requestText(const net::ApiRequest &request);

private:
    QLabel *summary(const net::ApiRequest &request, const core::Draft &draft, int changes,
                    int unsent);
    QTreeWidget *changeList(const core::Draft &draft, const QList<core::FieldChange> &unsent);
    static void markUnsent(QTreeWidgetItem *item, const core::FieldChange &change);
    void addButtons(Purpose purpose);
};

} // namespace leadopp::ui
