#include "batchheap.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace leadopp::cli {

#if defined(__linux__) && defined(__GLIBC__)

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr quintptr kHugePage = 2 * kMiB;
// glibc refuses a larger threshold on 64-bit systems (half its largest heap).
constexpr int kLargestMmapThreshold = 32 * kMiB;

// Exporting a 1 MB draft peaks about 9 MB above a bare start (the parsed containers, their
// element lists, the strings, the body): sixteen times the file leaves room for all of it.
qint64 padFor(qint64 fileBytes)
{
    return qBound(8 * kMiB, 16 * fileBytes, 256 * kMiB);
}

quintptr programBreak()
{
    return reinterpret_cast<quintptr>(sbrk(0));
}

// One allocation larger than the free space at the heap's top makes the allocator grow it
// by that much plus the pad; freed at once, the space stays as the heap's free top.
void growHeapNow()
{
    const size_t topFree = mallinfo2().keepcost;
    void *volatile probe = malloc(topFree + kMiB); // volatile: the pair may not be dropped
    free(probe);
}

// The heap's next allocations (the file's text first) land before the first huge page
// boundary, on small pages: those are made present with one call, not a fault each.
// Kernels before 5.14 do not know the request, and the pages fault as they are reached.
void populateHead(quintptr from, quintptr to)
{
#ifdef MADV_POPULATE_WRITE
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_POPULATE_WRITE);
#else
    Q_UNUSED(from);
    Q_UNUSED(to);
#endif
}

} // namespace

HeapPreparation prepareHeapForDocument(qint64 fileBytes)
{
    static bool once = false;
    if (once)
        return {};
    once = true;
    const qint64 pad = padFor(fileBytes);
    mallopt(M_ARENA_MAX, 1); // threads started from now on share the main heap
    mallopt(M_MMAP_THRESHOLD, kLargestMmapThreshold);
    mallopt(M_TRIM_THRESHOLD, int(2 * pad)); // freed memory stays until exit
    mallopt(M_TOP_PAD, int(pad));
    const quintptr before = programBreak();
    growHeapNow();
    const quintptr after = programBreak();
    HeapPreparation result;
    result.prepared = true;
    result.grownBy = qint64(after - before);
    const quintptr from = (before + kHugePage - 1) & ~(kHugePage - 1);
    const quintptr to = after & ~(kHugePage - 1);
    if (to > from && madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE) == 0) {
        result.hugeFrom = from;
        result.hugeTo = to;
        populateHead(before, from);
    }
    return result;
}

#else

HeapPreparation prepareHeapForDocument(qint64)
{
    return {};
}

#endif

} // namespace leadopp::cli
