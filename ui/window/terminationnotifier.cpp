#include "ui/window/terminationnotifier.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace leadopp::ui {

namespace {

int g_pair[2] = { -1, -1 }; // [0] written by the handler, [1] read by the event loop
constexpr int kSignals[] = { SIGTERM, SIGHUP, SIGINT };

extern "C" void onTerminationSignal(int number)
{
    const unsigned char byte = static_cast<unsigned char>(number);
    [[maybe_unused]] const auto written = ::write(g_pair[0], &byte, 1);
}

bool installHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : kSignals) {
        if (::sigaction(number, &action, nullptr) != 0)
            return false;
    }
    return true;
}

} // namespace

TerminationNotifier::TerminationNotifier(QObject *parent) : QObject(parent)
{
    if (g_pair[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pair) != 0)
        return;
    if (!installHandlers())
        return;
    m_notifier = new QSocketNotifier(g_pair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationNotifier::drain);
}

TerminationNotifier::~TerminationNotifier()
{
    if (!m_notifier)
        return;
    for (const int number : kSignals)
        std::signal(number, SIG_DFL);
}

void TerminationNotifier::drain()
{
    unsigned char byte = 0;
    if (::read(g_pair[1], &byte, 1) == 1)
        Q_EMIT received(byte);
}

} // namespace leadopp::ui
