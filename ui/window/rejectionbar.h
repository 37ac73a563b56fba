#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace leadopp::core {
class Document;
}

namespace leadopp::ui {

/// The banner over a rejected draft: "Rejected by the server (HTTP 400) · 7 field errors ·
/// trace 4e58…" with [Copy trace id] and [Details]; hidden when there is no rejection.
class RejectionBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectionBar)

public:
    explicit RejectionBar(core::Document *document, QWidget *parent = nullptr);

    QString text() const;

public Q_SLOTS:
    void copyTraceId();

Q_SIGNALS:
    void detailsRequested();

private:
    void refresh();

    core::Document *m_document;
    QLabel *m_label;
    QPushButton *m_copy;
};

} // namespace leadopp::ui
