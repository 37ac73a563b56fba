#pragma once

#include "core/document/draft.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace leadopp::ui {

/// Details of the server's last refusal: status, trace id (copyable, what 3DS support
/// asks for), when it arrived, from which environment, and the body twice: as received,
/// byte for byte, and formatted (indented when it is JSON). Long lines wrap in both.
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
    QTabWidget *bodyTabs(const QByteArray &body);

    QLineEdit *m_traceId = nullptr;
    QPlainTextEdit *m_body = nullptr;
};

} // namespace leadopp::ui
