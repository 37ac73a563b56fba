#include "sandbox/logging.h"

#include <mutex>

namespace leadopp::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "leadopp.sandbox", QtWarningMsg)

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// The rules (QT_LOGGING_RULES, the default filter) decide first; then Qt HTTP Server's
// categories lose their debug level. Warnings stay: they carry no request.
void withoutRequestHeaders(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

void keepRequestHeadersOutOfLogs()
{
    static std::once_flag once;
    std::call_once(
        once, [] { g_previousFilter = QLoggingCategory::installFilter(withoutRequestHeaders); });
}

} // namespace leadopp::sandbox
