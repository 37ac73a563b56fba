#pragma once

// Sixteen bytes of a text tested at once, so that a walk over a text finds the bytes it cares
// about in a few instructions (the reader's scan and the cut of a big text share them).
#include <QtAlgorithms>
#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace leadopp::core::bytewords {

#if defined(__SSE2__)
/// Sixteen bytes at once where the processor has SSE2 (every x86-64 does).
inline __m128i loadSixteen(const uchar *data)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(data));
}

/// The bytes of `bytes` equal to `value`, as 0xFF each.
inline __m128i bytesEqual(__m128i bytes, char value)
{
    return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(value));
}

/// Bit n set for byte n of `marks` that is 0xFF (or has its high bit set).
inline uint markBits(__m128i marks)
{
    return uint(_mm_movemask_epi8(marks));
}
#endif

/// Hands `take` each byte of `data[0, size)` that the walk cares about, in order, testing
/// sixteen bytes at once: `marks(block)` gives the marked bytes of the sixteen at `block`
/// as bit n for byte n, and `isMarked(byte)` decides the bytes of a last, shorter block.
/// `take(at)` may step `at` over bytes that belong to the marked one (the byte an escape
/// escapes, the rest of a UTF-8 sequence), and returns false to end the walk. Each block is
/// tested once however many of its bytes are marked.
template<typename BlockMarks, typename IsMarked, typename Take>
void forEachMarked(const uchar *data, qsizetype size, BlockMarks marks, IsMarked isMarked,
                   Take take)
{
    qsizetype at = 0;
    while (at + 16 <= size) {
        const qsizetype block = at;
        at += 16;
        for (uint bits = marks(data + block); bits != 0;) {
            qsizetype i = block + qCountTrailingZeroBits(bits);
            if (!take(i))
                return;
            // `take` may have stepped over bytes after the marked one, even past the block.
            const qsizetype behind = i + 1 - block;
            if (behind >= 16) {
                at = i + 1;
                break;
            }
            bits &= ~0u << behind;
        }
    }
    for (; at < size; ++at) {
        if (isMarked(data[at]) && !take(at))
            return;
    }
}

} // namespace leadopp::core::bytewords
