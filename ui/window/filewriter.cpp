#include "ui/window/filewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace leadopp::ui {

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return QString();
    return QCoreApplication::translate("MainWindow", "Could not write %1: %2")
        .arg(QDir::toNativeSeparators(path), file.errorString());
}

} // namespace leadopp::ui
