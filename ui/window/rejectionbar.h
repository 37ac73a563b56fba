#pragma once

#include "ui/common/mnemonics.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace leadopp::core {
class Document;
}

namespace leadopp::ui {

/// The banner over a draft: the outcome of its last submission in plain words ("Accepted by
/// Sandbox at 10:42 · 3DS id XJSR-DZMFFT", a failure naming the environment), and while it
/// carries a rejection, "Rejected by the server (HTTP 400) · 7 field errors · trace 4e58…"
/// with [Copy trace id] and [Details]. Hidden when there is neither. Assistive technologies
/// see an alert named "Submission outcome" whose description is the banner's text.
class RejectionBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectionBar)

public:
    explicit RejectionBar(const core::Document *document, QWidget *parent = nullptr);

    QString text() const;
    /// Shows the outcome of a submission of this draft (until the next one).
    void showOutcome(const QString &message, bool accepted);
    /// Gives both buttons an Alt+letter not in `taken` (and adds theirs).
    void assignMnemonics(mnemonics::Taken *taken);

public Q_SLOTS:
    void copyTraceId();

Q_SIGNALS:
    void detailsRequested();

private:
    void refresh();

    const core::Document *m_document;
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_copy;
    QPushButton *m_details;
    QString m_outcome;
    bool m_accepted = false;
};

} // namespace leadopp::ui
