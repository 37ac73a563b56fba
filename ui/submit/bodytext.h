#pragma once

#include <QByteArray>
#include <QString>

namespace leadopp::ui {

/// A request or response body as the dialogs show it: indented JSON when the bytes are
/// JSON, the bytes as UTF-8 text otherwise (nothing is dropped or interpreted).
QString bodyText(const QByteArray &body);

} // namespace leadopp::ui
