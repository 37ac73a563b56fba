#pragma once

// Two ways to make a write fail part-way, for the "full disk" tests: a file size limit
// (the system accepts the first bytes, then refuses with EFBIG: a real short write,
// without privileges) and a small tmpfs (a real ENOSPC; needs the right to mount, so a
// test skips with the reason when it is missing).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/mount.h>
#include <sys/resource.h>

namespace leadopp::test {

/// Limits the size of files this process writes while it lives (RLIMIT_FSIZE).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a killed process
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
};

/// A tmpfs of `bytes` mounted on a temporary folder for the lifetime of the object.
class SmallTmpfs
{
public:
    explicit SmallTmpfs(qint64 bytes)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes);
        const QByteArray target = QFile::encodeName(m_dir.path());
        if (::mount("tmpfs", target.constData(), "tmpfs", 0, options.constData()) == 0)
            m_mounted = true;
        else
            m_skipReason = QStringLiteral("cannot mount a tmpfs here (%1); run as root with "
                                          "CAP_SYS_ADMIN to include this test")
                               .arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    ~SmallTmpfs()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;

    bool mounted() const { return m_mounted; }
    std::string skipReason() const { return m_skipReason.toStdString(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// Writes a filler file until the file system refuses a byte more.
    void fill() const
    {
        QFile filler(filePath(QStringLiteral("filler.bin")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return;
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) { }
        for (int i = 0; i < 4096 && filler.write("f", 1) == 1; ++i) { }
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_skipReason;
};

} // namespace leadopp::test
