#pragma once

#include <QObject>

class QSocketNotifier;

namespace leadopp::ui {

/// Turns SIGTERM, SIGHUP and SIGINT into a Qt signal delivered by the event loop. The
/// handler itself only writes one byte to a socket pair (the one thing a signal handler
/// may safely do); everything else (journaling, the normal close) runs in received().
/// One per process.
class TerminationNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationNotifier)

public:
    explicit TerminationNotifier(QObject *parent = nullptr);
    ~TerminationNotifier() override;

    /// False when the socket pair or a handler could not be set up.
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void drain();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace leadopp::ui
