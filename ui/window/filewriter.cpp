#include "ui/window/filewriter.h"

#include "core/codec/atomicfile.h"

#include <QCoreApplication>
#include <QDir>

namespace leadopp::ui {

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const core::FileWriteResult result = core::writeFileAtomically(path, bytes);
    if (result.ok)
        return QString();
    return QCoreApplication::translate("MainWindow", "Could not write %1: %2")
        .arg(QDir::toNativeSeparators(path), result.reason);
}

} // namespace leadopp::ui
