#pragma once

class QCoreApplication;

namespace leadopp::core {

/// Installs Qt's own catalogue (the option parser's "Usage:", dialog buttons) and ours
/// (embedded under :/i18n) for the system language, owned by `app`. The editor and the
/// command line both call it, so they speak the same language.
void installTranslators(QCoreApplication &app);

} // namespace leadopp::core
