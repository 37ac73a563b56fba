#pragma once

#include <QtGlobal>

namespace leadopp::cli {

/// What prepareHeapForDocument() did.
struct HeapPreparation {
    bool prepared = false; ///< the allocator was set up (Linux with glibc, first call)
    quintptr hugeFrom = 0; ///< the stretch of heap asked for in huge pages [from, to),
    quintptr hugeTo = 0;   ///< empty when the system refused or has no huge pages
    qint64 grownBy = 0;    ///< bytes the heap grew by at once
};

/// Sets the allocator up for a command that reads a document of `fileBytes`, parses it
/// whole and exits. Call it once, before the command starts its threads (a thread started
/// before keeps a heap of its own); later calls do nothing.
///
/// A command's run is short and its memory all fresh: on Linux, every 4 KB page the parser's
/// thousands of small containers land on costs a fault of its own (about 2,000 for a 1 MB
/// draft, most of an export's time on a machine where faults are dear). So the heap becomes
/// one arena for all threads, grows once by enough for the document, keeps big buffers
/// (the text, the body) rather than mapping each apart, and asks for that stretch in 2 MB
/// pages: a few hundred faults instead. The allocations that follow start in those pages:
/// the file's text is read straight into them.
HeapPreparation prepareHeapForDocument(qint64 fileBytes);

/// The first 2 MB boundary in [from, to), from one, whose 2 MB holds no page in memory yet
/// (`to` when there is none): a stretch touched before it is asked for in huge pages keeps
/// its small pages.
quintptr firstUntouchedHugePage(quintptr from, quintptr to);

} // namespace leadopp::cli
