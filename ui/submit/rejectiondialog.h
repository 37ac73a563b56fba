#pragma once

#include "core/document/draft.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace leadopp::ui {

/// Details of the server's last refusal: status, trace id (copyable, what 3DS support
/// asks for), when it arrived, from which environment, and the raw body (pretty-printed
/// when it is JSON, verbatim otherwise).
class RejectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectionDialog)

public:
    explicit RejectionDialog(const core::Rejection &rejection, QWidget *parent = nullptr);

public Q_SLOTS:
    /// Puts the trace id on the clipboard.
    void copyTraceId();

private:
    QLineEdit *m_traceId = nullptr;
    QPlainTextEdit *m_body = nullptr;
};

} // namespace leadopp::ui
