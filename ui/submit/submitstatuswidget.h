#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace leadopp::ui {

/// Status-bar sized view of a submission: a busy bar while it runs, then the result in
/// plain words (objectName "submitProgress").
class SubmitStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitStatusWidget)

public:
    explicit SubmitStatusWidget(QWidget *parent = nullptr);

    /// Shows the busy bar with `text` ("Submitting to Sandbox…").
    void showBusy(const QString &text);
    /// Hides the bar and shows the outcome; `ok` picks the tone.
    void showResult(const QString &text, bool ok);

    bool isBusy() const;
    QString text() const;

private:
    QProgressBar *m_bar;
    QLabel *m_label;
};

} // namespace leadopp::ui
