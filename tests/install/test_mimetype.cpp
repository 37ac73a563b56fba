// The draft MIME type as a desktop reads it: shared-mime-info XML found through
// XDG_DATA_DIRS, the glob that tells a draft from other JSON, and the menu entry that
// claims the type so a double-click on a draft opens the editor.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QString kDraftType = QStringLiteral("application/x-leadopp-draft+json");

QString resource(const QString &name)
{
    return QStringLiteral(LEADOPP_RESOURCES_DIR "/") + name;
}

// Qt reads packages/*.xml of a data folder that has no compiled mime.cache, which is
// what update-mime-database would turn into the cache on an installed system.
class MimeTypeTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dataDir = new QTemporaryDir;
        const QString packages = s_dataDir->filePath(QStringLiteral("mime/packages"));
        ASSERT_TRUE(QDir().mkpath(packages));
        ASSERT_TRUE(QFile::copy(resource(QStringLiteral("leadopp-editor-mime.xml")),
                                packages + QStringLiteral("/leadopp-editor.xml")));
        const QByteArray system = qgetenv("XDG_DATA_DIRS");
        qputenv("XDG_DATA_DIRS",
                s_dataDir->path().toUtf8() + ':'
                    + (system.isEmpty() ? "/usr/local/share:/usr/share" : system));
    }
    static void TearDownTestSuite()
    {
        delete s_dataDir;
        s_dataDir = nullptr;
    }
    static QTemporaryDir *s_dataDir;
};

QTemporaryDir *MimeTypeTest::s_dataDir = nullptr;

QString desktopEntryValue(const QString &key)
{
    QFile entry(resource(QStringLiteral("leadopp-editor.desktop")));
    if (!entry.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString prefix = key + QLatin1Char('=');
    for (const QString &line : QString::fromUtf8(entry.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

} // namespace

TEST_F(MimeTypeTest, draftSuffix_isTheDraftType)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(
        QStringLiteral("/nowhere/lead-opportunity.leadopp.json"), QMimeDatabase::MatchExtension);
    EXPECT_EQ(type.name(), kDraftType);
    EXPECT_TRUE(type.inherits(QStringLiteral("application/json")));
    EXPECT_EQ(type.iconName(), desktopEntryValue(QStringLiteral("Icon")));
    EXPECT_FALSE(type.comment().isEmpty());
}

TEST_F(MimeTypeTest, otherJson_keepsItsUsualType)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(QStringLiteral("/nowhere/response.json"),
                                                           QMimeDatabase::MatchExtension);
    EXPECT_EQ(type.name(), QStringLiteral("application/json"));
}

TEST_F(MimeTypeTest, menuEntry_opensDraftsAndJson)
{
    const QStringList types
        = desktopEntryValue(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    EXPECT_TRUE(types.contains(kDraftType)) << types.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(types.contains(QStringLiteral("application/json")));
    EXPECT_TRUE(desktopEntryValue(QStringLiteral("Exec")).contains(QStringLiteral("%F")));
}
