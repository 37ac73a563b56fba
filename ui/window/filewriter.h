#pragma once

#include <QByteArray>
#include <QString>

namespace leadopp::ui {

/// Writes bytes atomically (QSaveFile): either the whole file is replaced or nothing is.
/// Returns an empty string on success, else one translated sentence.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace leadopp::ui
