#include "batchheap.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <vector>
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

// The free top of the heap begins below the first huge page boundary: left as it is, the
// next allocations (the file's text first) would land there, on small pages, and the
// kernel's first write into each of them (the read of the file) costs about as much as a
// fault. One block that is never used takes that stretch, so that what comes after starts on
// the boundary; of the block only its header's page is touched. Served from elsewhere than
// the top (a free block of that size), it would skip nothing: it is given back.
void skipToBoundary(quintptr boundary)
{
    constexpr quintptr kHeader = 2 * sizeof(size_t); // glibc's chunk header
    const quintptr top = programBreak() - mallinfo2().keepcost;
    if (boundary < top + 4 * kHeader)
        return;
    // A chunk of (boundary - top) bytes holds a request of that less one size field.
    void *block = malloc(boundary - top - sizeof(size_t));
    if (reinterpret_cast<quintptr>(block) != top + kHeader)
        free(block);
}

} // namespace

quintptr firstUntouchedHugePage(quintptr from, quintptr to)
{
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pageSize <= 0 || kHugePage % quintptr(pageSize) != 0)
        return to;
    std::vector<unsigned char> resident(kHugePage / quintptr(pageSize));
    for (; from + kHugePage <= to; from += kHugePage) {
        if (mincore(reinterpret_cast<void *>(from), kHugePage, resident.data()) != 0)
            return to;
        if (std::none_of(resident.begin(), resident.end(), [](unsigned char p) { return p & 1; }))
            return from;
    }
    return to;
}

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
    // Growing the heap wrote the header of its new top somewhere in the grown stretch: the
    // huge page that holds it already has small pages, and any later write there faults in
    // 4 KB pages again (a 1 MB text read into it: about 250 faults, 2 to 3 ms here).
    const quintptr to = after & ~(kHugePage - 1);
    const quintptr from = firstUntouchedHugePage((before + kHugePage - 1) & ~(kHugePage - 1), to);
    if (to > from && madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE) == 0) {
        result.hugeFrom = from;
        result.hugeTo = to;
        skipToBoundary(from);
    }
    return result;
}

#else

HeapPreparation prepareHeapForDocument(qint64)
{
    return {};
}

quintptr firstUntouchedHugePage(quintptr, quintptr to)
{
    return to;
}

#endif

} // namespace leadopp::cli
