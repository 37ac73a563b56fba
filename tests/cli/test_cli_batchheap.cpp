// A command's heap, set up for the document it reads: one arena for every thread, grown at
// once by enough for the document, that stretch asked for in huge pages, and the first
// allocations after it (the file's text) placed in them.
#include "cli/batchheap.h"

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <thread>

#if defined(__linux__) && defined(__GLIBC__)
#include <sys/mman.h>
#include <unistd.h>
#endif

using leadopp::cli::firstUntouchedHugePage;
using leadopp::cli::HeapPreparation;
using leadopp::cli::prepareHeapForDocument;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// The lines of a file of /proc (whose size says 0: read to its end, not to its size).
QStringList procLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromLatin1(file.readAll()).split(QLatin1Char('\n'));
}

// One line of the kernel's words about the mapping that holds `address`
// (/proc/self/smaps), without its `field` name: empty when there is none.
QString smapsField(quintptr address, const QString &field)
{
    static const QRegularExpression range(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) "));
    bool inside = false;
    for (const QString &line : procLines(QStringLiteral("/proc/self/smaps"))) {
        const QRegularExpressionMatch match = range.match(line);
        if (match.hasMatch()) {
            inside = match.captured(1).toULongLong(nullptr, 16) <= address
                && address < match.captured(2).toULongLong(nullptr, 16);
        } else if (inside && line.startsWith(field)) {
            return line.mid(field.size()).trimmed();
        }
    }
    return {};
}

QString vmFlagsAt(quintptr address)
{
    return smapsField(address, QStringLiteral("VmFlags:"));
}

// The kilobytes of the mapping that holds `address` backed by huge pages.
qint64 hugeKbAt(quintptr address)
{
    const QString kb = smapsField(address, QStringLiteral("AnonHugePages:"));
    return kb.isEmpty() ? -1 : kb.chopped(2).trimmed().toLongLong();
}

// The lowest address of the main heap ([heap] in /proc/self/maps).
quintptr mainHeapStart()
{
    for (const QString &line : procLines(QStringLiteral("/proc/self/maps"))) {
        if (line.trimmed().endsWith(QLatin1String("[heap]")))
            return line.section(QLatin1Char('-'), 0, 0).toULongLong(nullptr, 16);
    }
    return 0;
}

bool kernelHasHugePages()
{
    return QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
}

} // namespace

#if defined(__linux__) && defined(__GLIBC__)

// One test, so that the one call a process may make is this one whatever the order tests
// run in.
TEST(BatchHeap, growsOnceForTheDocumentInHugePagesAndThreadsShareIt)
{
    const HeapPreparation heap = prepareHeapForDocument(4 * kMiB);
    ASSERT_TRUE(heap.prepared) << "no other test of this binary may set the heap up";
    EXPECT_GE(heap.grownBy, 64 * kMiB) << "sixteen times the file";
    EXPECT_FALSE(prepareHeapForDocument(kMiB).prepared) << "once per process";

    quintptr allocated = 0;
    std::thread([&allocated] {
        void *volatile block = std::malloc(256);
        allocated = reinterpret_cast<quintptr>(block);
        std::free(block);
    }).join();
    const quintptr start = mainHeapStart();
    ASSERT_NE(start, 0u);
    EXPECT_GE(allocated, start) << "a thread started after allocates from the main heap";
    EXPECT_LT(allocated, reinterpret_cast<quintptr>(sbrk(0)));

    if (!kernelHasHugePages())
        GTEST_SKIP() << "this kernel has no transparent huge pages";
    ASSERT_LT(heap.hugeFrom, heap.hugeTo);
    EXPECT_EQ(heap.hugeFrom % (2 * kMiB), 0u);
    EXPECT_GE(heap.hugeTo - heap.hugeFrom, quintptr(60 * kMiB));
    EXPECT_TRUE(vmFlagsAt(heap.hugeFrom).split(QLatin1Char(' ')).contains(QLatin1String("hg")))
        << vmFlagsAt(heap.hugeFrom).toStdString();
    EXPECT_TRUE(vmFlagsAt(heap.hugeTo - 1).split(QLatin1Char(' ')).contains(QLatin1String("hg")));

    // The file's text is read into the first big block: in the huge pages, not before them,
    // and not in a 2 MB the heap's growth had already touched (it would keep small pages).
    char *volatile text = static_cast<char *>(std::malloc(size_t(kMiB)));
    const auto textAt = reinterpret_cast<quintptr>(text);
    EXPECT_GE(textAt, heap.hugeFrom) << "the stretch before the first boundary is skipped";
    EXPECT_LT(textAt, heap.hugeTo);
    std::fill(text, text + kMiB, 'x');
    EXPECT_GE(hugeKbAt(textAt), 2048) << "the text lies in huge pages";
    std::free(text);
}

// A 2 MB stretch with one page in memory is passed over; an untouched one is taken.
TEST(BatchHeap, firstUntouchedHugePage_passesOverStretchesAlreadyTouched)
{
    constexpr quintptr kHuge = 2 * kMiB;
    void *mapped
        = mmap(nullptr, 8 * kMiB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ASSERT_NE(mapped, MAP_FAILED);
    const quintptr first = (reinterpret_cast<quintptr>(mapped) + kHuge - 1) & ~(kHuge - 1);
    const quintptr end = first + 4 * kMiB;
    EXPECT_EQ(firstUntouchedHugePage(first, end), first);
    reinterpret_cast<char *>(first)[5000] = 1; // the second 4 KB page of the first stretch
    EXPECT_EQ(firstUntouchedHugePage(first, end), first + kHuge);
    reinterpret_cast<char *>(first + kHuge + kHuge - 1)[0] = 1; // the last byte of the second
    EXPECT_EQ(firstUntouchedHugePage(first, end), end) << "none left";
    EXPECT_EQ(firstUntouchedHugePage(first, first + kHuge - 4096), first + kHuge - 4096)
        << "shorter than 2 MB";
    munmap(mapped, 8 * kMiB);
}

#endif
